// NOT RUN YET (not under test/web/suite/, so the bundle leaves it out). In the web worker host it times out in
// before(): the store stays at tracker "none", phase noTracker, so the extension never took the github-enterprise
// session (or never saw the emulator as its API URL). Still to find out: whether the Machine-scope apiUrl setting
// reaches the web worker host, whether the built-in github-authentication extension also claims the
// github-enterprise id once github-enterprise.uri is set, and whether the controller re-reads credentials when
// github-enterprise.uri changes. Move it to test/web/suite/ once it passes.
// The GitHub tracker in the web worker extension host, against the emulator (it sends CORS headers, so the
// worker's fetch reaches it). Credentials come only from an authentication session here: the suite registers a
// `github-enterprise` provider whose session the extension asks for, because `github-enterprise.uri` names the
// emulator's host (the API URL is the emulator, a user setting the launcher writes).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import { EmulatorControl, extensionApi } from '../../integration/emulatorControl';
import { membership, readTree, useTracker, waitForRelease } from '../../integration/issuesTreeReader';
import { EXPECTED_ROLES, MILESTONE, OWNER, REPO, rrFixtureSeed } from '../../integration/rrFixtureSeed';
import { emulatorUrl } from '../webTestOptions';

const TOKEN = 'rr-web-session-token';

class FakeEnterpriseAuth implements vscode.AuthenticationProvider {
  private readonly changed = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.changed.event;
  readonly session: vscode.AuthenticationSession = { id: 'rr-web', accessToken: TOKEN, account: { id: 'octo', label: 'octo' }, scopes: [] };
  async getSessions(): Promise<vscode.AuthenticationSession[]> {
    return [this.session];
  }
  async createSession(): Promise<vscode.AuthenticationSession> {
    return this.session;
  }
  async removeSession(): Promise<void> {}
  dispose(): void {
    this.changed.dispose();
  }
}

describe('GitHub tracker — web host, session from github-enterprise', function () {
  this.timeout(60_000);
  let api: ReleaseReadinessApi;
  let emulator: EmulatorControl;
  const disposables: vscode.Disposable[] = [];

  before(async function () {
    if (!emulatorUrl()) this.skip();
    api = await extensionApi();
    emulator = new EmulatorControl(emulatorUrl());
    await emulator.seed(rrFixtureSeed());
    const auth = new FakeEnterpriseAuth();
    disposables.push(auth, vscode.authentication.registerAuthenticationProvider('github-enterprise', 'GitHub Enterprise (test)', auth));
    await vscode.workspace.getConfiguration('github-enterprise').update('uri', new URL(emulatorUrl()).origin, vscode.ConfigurationTarget.Global);
    await useTracker(api, 'github');
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
    await waitForRelease(api, 'github', MILESTONE);
  });

  after(async () => {
    if (api) await useTracker(api, 'local');
    await vscode.workspace.getConfiguration('github-enterprise').update('uri', undefined, vscode.ConfigurationTarget.Global);
    for (const d of disposables.splice(0)) d.dispose();
  });

  it('loads the milestone from the emulator with the session token', async () => {
    assert.deepEqual(membership(await readTree(api.issuesTree)), EXPECTED_ROLES);
    const sent = (await emulator.requests()).filter((r) => r.path.startsWith(`/repos/${OWNER}/${REPO}`));
    assert.ok(sent.length > 0);
    for (const request of sent) assert.match(String(request.headers.authorization), new RegExp(` ${TOKEN}$`), `${request.method} ${request.path}`);
  });

  it('resolves an issue on GitHub from the web host', async () => {
    await vscode.commands.executeCommand('releaseReadiness.markResolved', 5, { comment: 'Fixed from the web' });
    const issue = await emulator.issue(OWNER, REPO, 5);
    assert.equal(issue.state, 'closed');
  });
});
