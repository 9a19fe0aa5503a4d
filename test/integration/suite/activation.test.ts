import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';


const EXTENSION_ID = 'release-readiness.release-readiness';

describe('activation', () => {


  before(async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the test instance`);
    await extension.activate();
  });

  it('activates in a workspace with a .release folder', () => {
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
  });

  it('registers exactly the commands package.json contributes', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = JSON.parse(fs.readFileSync(path.join(extension.extensionPath, 'package.json'), 'utf8'));
    const contributed: string[] = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    const all = await vscode.commands.getCommands(true);
    // View commands (releaseReadiness.issues.focus, …) have two dots; contributed commands have one.
    const registeredAtRunTime = all.filter((id) => /^releaseReadiness\.[A-Za-z]+$/.test(id)).sort();
    assert.deepEqual(registeredAtRunTime, contributed);

  });

  it('contributes no command without a title in the Release category', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    for (const command of extension.packageJSON.contributes.commands as { command: string; title: string; category: string }[]) {
      assert.equal(command.category, 'Release', command.command);
      assert.ok(command.title.length > 0, command.command);
    }
  });
});
