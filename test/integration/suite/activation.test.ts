import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CHAT_PARTICIPANT_ID, ToolNames } from '../../../src/chat/chatIds';


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

  it('registers exactly the language-model tools package.json contributes, each with an implementation', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: string[] = extension.packageJSON.contributes.languageModelTools.map((t: { name: string }) => t.name).sort();
    const listed = vscode.lm.tools.filter((t) => t.name.startsWith('release_')).map((t) => t.name).sort();
    assert.deepEqual(listed, contributed);
    // A contributed tool without a registered implementation is listed too, but invoking it fails with "does not
    // have an implementation registered": the read-only ones must answer (the write is tested in chat.test.ts).
    for (const name of contributed.filter((n) => n !== 'release_mark_resolved')) {
      const result = await vscode.lm.invokeTool(name, { input: {}, toolInvocationToken: undefined });
      assert.ok(result.content[0] instanceof vscode.LanguageModelTextPart, name);
    }
  });

  it('contributes the @release participant and the tools under the names the code registers', () => {
    // VS Code has no API that lists registered chat participants: the code's ids are checked against the
    // manifest here, and test/ui/chat.test.ts sees the running chat input offer @release's commands.
    const { contributes } = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    assert.deepEqual(contributes.chatParticipants.map((p: { id: string }) => p.id), [CHAT_PARTICIPANT_ID]);
    assert.deepEqual(contributes.chatParticipants[0].commands.map((c: { name: string }) => c.name), ['status', 'blockers', 'todos', 'notes', 'approve']);
    assert.deepEqual(contributes.languageModelTools.map((t: { name: string }) => t.name).sort(), Object.values(ToolNames).sort());
    for (const tool of contributes.languageModelTools) {
      for (const key of ['toolReferenceName', 'displayName', 'userDescription', 'modelDescription', 'icon', 'inputSchema']) assert.ok(tool[key], `${tool.name}.${key}`);
      assert.equal(tool.canBeReferencedInPrompt, true, tool.name);
    }
  });

  it('contributes no command without a title in the Release category', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    for (const command of extension.packageJSON.contributes.commands as { command: string; title: string; category: string }[]) {
      assert.equal(command.category, 'Release', command.command);
      assert.ok(command.title.length > 0, command.command);
    }
  });
});
