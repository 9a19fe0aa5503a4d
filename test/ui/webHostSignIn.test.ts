// The github.dev path, end to end in the browser's web worker extension host: the workspace uses GitHub, the only
// credential is an account of VS Code's authentication (a test extension's github-enterprise provider standing in
// for github.dev's GitHub account), and the extension gets its session the way a user gives it: Sign in to GitHub
// in the Issues by Role view, then "Allow" in VS Code's consent dialog. The tree then shows the emulator's milestone.
import * as assert from 'node:assert/strict';
import { EXPECTED_TOTAL, MILESTONE, OWNER, REPO, rrFixtureSeed } from '../integration/rrFixtureSeed';
import type { RecordedRequest } from '../emulator/types';
import { fromRoot } from '../repoRoot';
import { IssuesTreePage } from './issuesTreePage';
import { openReleaseContainer, openWorkbench, type Workbench } from './workbench';

const TOKEN = 'rr-ui-session-token';

async function emulator(url: string, method: string, route: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${url}/_emulator${route}`, { method, headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  assert.ok(response.ok, `emulator ${method} ${route}: ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

describe('web extension host: sign in with the browser’s account (ui)', () => {
  let workbench: Workbench;

  before(async function () {
    workbench = await openWorkbench({
      settings: (emulatorUrl) => ({
        'remote.extensionKind': { 'release-readiness.release-readiness': ['web'] },
        'rrTestAuth.token': TOKEN,
        // The account's server is the emulator, so its sessions are the ones for the configured API URL.
        ...(emulatorUrl ? { 'github-enterprise.uri': emulatorUrl } : {}),
      }),
      workspaceSettings: { 'releaseReadiness.tracker': 'github' },
      installed: [fromRoot('test', 'fixtures', 'authProviderExtension')],
    });
    if (!workbench.emulatorUrl) this.skip();
    await emulator(workbench.emulatorUrl, 'POST', '/seed', rrFixtureSeed());
  });

  after(async () => {
    await workbench?.close();
  });

  it('asks for consent once, then loads the milestone with the session token', async () => {
    const { page } = workbench;
    await openReleaseContainer(page);
    const signIn = page.locator('.welcome-view-content a, .welcome-view-content .monaco-button', { hasText: 'Sign in to GitHub' }).first();
    await signIn.waitFor({ timeout: 60000 });
    await workbench.screenshot('web-sign-in');
    await signIn.click();
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor({ timeout: 30000 });
    assert.match(await dialog.innerText(), /Release Readiness/);
    await workbench.screenshot('web-sign-in-consent');
    await dialog.locator('.monaco-button', { hasText: /^Allow$/ }).click();

    const tree = new IssuesTreePage(page);
    await tree.releaseRow().waitFor({ timeout: 60000 });
    assert.match(await tree.releaseRow().innerText(), new RegExp(MILESTONE.split(' ')[0]));
    assert.match(await tree.description(tree.releaseRow()), new RegExp(`${EXPECTED_TOTAL.resolved}/${EXPECTED_TOTAL.total} resolved`));
    await tree.restMouse();
    await workbench.screenshot('web-signed-in');
    const requests = (await emulator(workbench.emulatorUrl!, 'GET', '/requests')) as RecordedRequest[];
    const toRepo = requests.filter((r) => r.path.startsWith(`/repos/${OWNER}/${REPO}`));
    assert.ok(toRepo.length > 0);
    assert.deepEqual([...new Set(toRepo.map((r) => r.headers.authorization))], [`token ${TOKEN}`]);
  });
});
