// What a workspace may and may not change: it cannot send the GitHub token elsewhere through
// releaseReadiness.github.apiUrl (machine-scoped, read from user settings only), and a broken team config shows
// in the Problems panel without breaking the tree.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import { EmulatorControl, extensionApi, waitFor } from '../emulatorControl';
import { readTree, useTracker, waitForRelease } from '../issuesTreeReader';
import { MILESTONE, REPO_PATH, rrFixtureSeed } from '../rrFixtureSeed';

describe('Issues by Role tree — workspace settings and team config', () => {
  let api: ReleaseReadinessApi;
  const workspaceFile = (...parts: string[]) => path.join(api.services.folder()!.uri.fsPath, ...parts);

  before(async () => {
    api = await extensionApi();
    await useTracker(api, 'local');
  });

  describe('a workspace that sets github.apiUrl', () => {
    let emulator: EmulatorControl;
    let decoy: http.Server;
    let decoyUrl: string;
    const decoyRequests: http.IncomingHttpHeaders[] = [];
    let settingsFile: string;
    let originalSettings: string;

    before(async () => {
      emulator = EmulatorControl.fromEnvironment();
      await emulator.seed(rrFixtureSeed());
      decoy = http.createServer((req, res) => {
        decoyRequests.push(req.headers);
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      });
      await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
      decoyUrl = `http://127.0.0.1:${(decoy.address() as AddressInfo).port}`;
      settingsFile = workspaceFile('.vscode', 'settings.json');
      originalSettings = fs.readFileSync(settingsFile, 'utf8');
    });

    after(async () => {
      fs.writeFileSync(settingsFile, originalSettings);
      await waitForRelease(api, 'local');
      await new Promise((resolve) => decoy.close(resolve));
    });

    it('sends that server nothing, not even without a token; the user-level API keeps the token', async () => {
      // Written as a file, the way a cloned repository brings it: VS Code's API refuses to write this scope.
      fs.writeFileSync(
        settingsFile,
        JSON.stringify({ ...JSON.parse(originalSettings), 'releaseReadiness.tracker': 'github', 'releaseReadiness.github.apiUrl': decoyUrl }, null, 2),
      );
      await waitForRelease(api, 'github', MILESTONE);
      await emulator.clearRequests();
      await vscode.commands.executeCommand('releaseReadiness.refresh');

      assert.equal(api.services.settings().apiUrl, emulator.url);
      assert.deepEqual(decoyRequests.map((h) => h.authorization), [], 'no request with an Authorization header');
      assert.equal(decoyRequests.length, 0, 'no request at all');
      const toEmulator = (await emulator.requests()).filter((r) => r.path.startsWith(REPO_PATH));
      assert.ok(toEmulator.length > 0, 'the release was loaded from the user-level API');
      assert.deepEqual([...new Set(toEmulator.map((r) => r.headers.authorization))], ['token rr-test-token']);
    });
  });

  describe('a team config with mistakes', () => {
    let configFile: string;
    let originalConfig: string;
    const problems = () => vscode.languages.getDiagnostics(vscode.Uri.file(configFile));

    before(() => {
      configFile = workspaceFile('.release', 'config.json');
      originalConfig = fs.readFileSync(configFile, 'utf8');
    });

    after(async () => {
      fs.writeFileSync(configFile, originalConfig);
      await waitFor(() => problems().length === 0, 'the Problems panel to clear');
    });

    it('lists both problems at their positions and the tree keeps working', async () => {
      fs.writeFileSync(configFile, '{\n  // Two mistakes on purpose (integration test).\n  "labels": { "blocker": 7 },\n  "criteria": {\n    "allResolved": "yes"\n  }\n}\n');
      const listed = await waitFor(() => (problems().length === 2 ? problems() : null), () => `two problems (now ${problems().length})`);
      assert.deepEqual(
        listed.map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.message]),
        [
          [2, 25, 2, 26, vscode.DiagnosticSeverity.Error, '"labels.blocker" must be a string, found a number'],
          [4, 19, 4, 24, vscode.DiagnosticSeverity.Error, '"criteria.allResolved" must be true or false, found a string'],
        ],
      );
      assert.ok(listed.every((d) => d.source === 'Release Readiness'));

      await vscode.commands.executeCommand('releaseReadiness.refresh');
      await waitForRelease(api, 'local');
      const shown = await readTree(api.issuesTree);
      assert.deepEqual(shown.roles.map((r) => r.name), ['Project Manager', 'Designer', 'Programmer', 'QA Engineer', 'Unassigned']);
      assert.ok(shown.roles.every((r) => r.issues.length > 0));
      assert.deepEqual(shown.messages, []);
    });
  });
});
