// The GitHub tracker in the web worker extension host, against the emulator (it sends CORS headers, so the
// worker's fetch reaches it): Octokit over the browser's fetch, ETags, a write. The web host reads no environment,
// so the token is one saved the way "Release: Set Access Token…" saves it (SecretStorage, per API URL).
// The github.dev path (a session from an authentication provider, allowed in VS Code's consent dialog) is the ui
// test test/ui/webHostGitHub.test.ts: the dialog needs a click.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import { EmulatorControl, extensionApi } from '../../integration/emulatorControl';
import { membership, readTree, useTracker, waitForRelease } from '../../integration/issuesTreeReader';
import { EXPECTED_ROLES, MILESTONE, OWNER, REPO, rrFixtureSeed } from '../../integration/rrFixtureSeed';
import { emulatorUrl } from '../webTestOptions';

const TOKEN = 'rr-web-saved-token';

describe('GitHub tracker — web host, against the emulator', function () {
  this.timeout(60_000);
  let api: ReleaseReadinessApi;
  let emulator: EmulatorControl;

  before(async function () {
    if (!emulatorUrl()) this.skip();
    api = await extensionApi();
    emulator = new EmulatorControl(emulatorUrl());
    await emulator.seed(rrFixtureSeed());
    assert.equal(await api.services.credentials.get(emulatorUrl()), undefined, 'no credential before one is saved: the web host reads no GH_TOKEN');
    await api.services.credentials.setToken(emulatorUrl(), TOKEN);
    await emulator.clearRequests();
    await useTracker(api, 'github');
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
    await waitForRelease(api, 'github', MILESTONE);
  });

  after(async () => {
    if (!api) return;
    await useTracker(api, 'local');
    await api.services.credentials.clearToken(emulatorUrl());
  });

  it('loads the milestone from the emulator with the saved token, through the browser’s fetch', async () => {
    assert.deepEqual(membership(await readTree(api.issuesTree)), EXPECTED_ROLES);
    const sent = (await emulator.requests()).filter((r) => r.path.startsWith(`/repos/${OWNER}/${REPO}`));
    assert.ok(sent.length > 0, 'requests reached the emulator');
    for (const request of sent) assert.equal(request.headers.authorization, `token ${TOKEN}`, `${request.method} ${request.path}`);
  });

  it('answers an unchanged refresh from its ETags (304s)', async () => {
    await emulator.clearRequests();
    await vscode.commands.executeCommand('releaseReadiness.refresh');
    const lists = (await emulator.requests()).filter((r) => r.method === 'GET' && r.path === `/repos/${OWNER}/${REPO}/issues`);
    assert.ok(lists.length > 0, 'the refresh read the issue list');
    assert.deepEqual([...new Set(lists.map((r) => r.status))], [304]);
  });

  it('resolves an issue on GitHub from the web host: one PATCH', async () => {
    await emulator.clearRequests();
    await vscode.commands.executeCommand('releaseReadiness.markResolved', 16);
    const patches = (await emulator.requests()).filter((r) => r.method === 'PATCH');
    assert.deepEqual(patches.map((r) => r.path), [`/repos/${OWNER}/${REPO}/issues/16`]);
    assert.equal((await emulator.issue(OWNER, REPO, 16)).state, 'closed');
  });
});
