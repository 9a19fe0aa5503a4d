// The Issues by Role tree on GitHub (the emulator, seeded with octo/rr-fixture): what it shows, and what each
// way of changing an issue sends. Requests are compared as `METHOD /path` lists; background reads (the focus
// and interval refreshes may run at any time) are left out.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { RecordedRequest } from '../../emulator/types';
import { EmulatorControl, extensionApi, routesOf, waitFor } from '../emulatorControl';
import { issueNode, membership, readTree, roleNode, shownIssue, useTracker, waitForRelease } from '../issuesTreeReader';
import { DONE_WHEN, EXPECTED_ROLES, EXPECTED_TOTAL, MILESTONE, OWNER, REPO, REPO_PATH, rrFixtureSeed } from '../rrFixtureSeed';

// What a refresh reads by itself: the user, the milestone's lists, the branch checks, and the look-up of the fixture
// TODO on #999, which no milestone holds (a 404 has no ETag, so every refresh that sees the TODO asks again).
const BACKGROUND_READ = new RegExp(`^GET (/user|${REPO_PATH}(/milestones|/issues|/issues/999|/commits/.+)?)$`);
const { Checked, Unchecked } = vscode.TreeItemCheckboxState;

describe('Issues by Role tree — GitHub', function () {
  this.timeout(60_000);
  let api: ReleaseReadinessApi;
  let emulator: EmulatorControl;
  const tree = () => api.issuesTree;
  const issue = (n: number) => emulator.issue(OWNER, REPO, n);
  const stored = (n: number) => api.services.store.issue(n);
  // A function, so TypeScript does not carry a narrowing of one read over to the next.
  const storeState = () => api.services.store.current;

  /** The requests `action` caused, background reads left out. */
  async function requestsOf(action: () => Thenable<unknown>): Promise<RecordedRequest[]> {
    await emulator.clearRequests();
    await action();
    return (await emulator.requests()).filter((r) => !BACKGROUND_READ.test(`${r.method} ${r.path}`));
  }
  const routesDuring = async (action: () => Thenable<unknown>) => routesOf(await requestsOf(action));

  before(async () => {
    api = await extensionApi();
    emulator = EmulatorControl.fromEnvironment();
    await emulator.seed(rrFixtureSeed());
    await emulator.clearFaults();
    await useTracker(api, 'github');
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
    await waitForRelease(api, 'github', MILESTONE);
  });

  beforeEach(() => emulator.clearFaults());

  after(async () => {
    await emulator?.clearFaults();
    if (api) await useTracker(api, 'local');
  });

  it('shows each role with exactly its issues and counts an issue with two roles once', async () => {
    const shown = await readTree(tree());
    assert.deepEqual(membership(shown), EXPECTED_ROLES);
    assert.deepEqual(
      Object.fromEntries(shown.roles.map((r) => [r.name, r.description])),
      { 'Project Manager': '1/3', Designer: '1/4', Programmer: '3/10', 'QA Engineer': '1/4', Unassigned: '0/1' },
    );
    assert.equal(shown.release?.label, MILESTONE);
    const { resolved, total } = EXPECTED_TOTAL;
    assert.match(shown.release?.description ?? '', new RegExp(` ${resolved}/${total} resolved \\(30%\\)$`));
    const programmer = shown.roles.find((r) => r.name === 'Programmer')!;
    assert.deepEqual(
      programmer.issues.filter((i) => [5, 6, 17].includes(i.number)).map((i) => [i.number, i.checked, i.contextValue]),
      [
        [5, false, 'issue;open;blocker'],
        [6, true, 'issue;resolved;unverified'],
        [17, true, 'issue;resolved;verified'],
      ],
    );
    // The checklist issue (#21) is loaded but is release machinery, not a work item; #22 is another milestone.
    assert.deepEqual(api.services.store.current.data?.issues.map((i) => i.number), [...Array(21).keys()].map((i) => i + 1));
  });

  it('loads issue bodies and other milestones from GitHub', async () => {
    assert.equal(stored(3)?.body, `Queue writes made offline.\n\n${DONE_WHEN}`);
    const node = await issueNode(tree(), 'Programmer', 3);
    const item = tree().provider.resolveTreeItem(await tree().provider.getTreeItem(node), node);
    const hover = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip);
    // The body is text in the hover: its Markdown is escaped, not rendered.
    assert.ok(hover.replace(/&nbsp;/g, ' ').includes('\\*\\*Done when\\*\\*'), hover);

    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', 'v1.9');
    assert.equal(api.services.store.current.data?.milestone.title, 'v1.9');
    assert.deepEqual(membership(await readTree(tree())), { 'Project Manager': [], Designer: [], Programmer: [22], 'QA Engineer': [] });
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
    assert.deepEqual(membership(await readTree(tree())), EXPECTED_ROLES);
  });

  it('resolves and reopens with the checkbox: one PATCH each', async () => {
    const ticked = await requestsOf(async () => tree().changeCheckboxes([[await issueNode(tree(), 'Programmer', 12), Checked]]));
    assert.deepEqual(routesOf(ticked), [`PATCH ${REPO_PATH}/issues/12`]);
    assert.deepEqual(ticked[0].body, { state: 'closed', state_reason: 'completed' });
    assert.equal((await issue(12)).state, 'closed');
    assert.equal((await shownIssue(tree(), 'Programmer', 12))?.checked, true);

    const unticked = await routesDuring(async () => tree().changeCheckboxes([[await issueNode(tree(), 'Programmer', 12), Unchecked]]));
    assert.deepEqual(unticked, [`PATCH ${REPO_PATH}/issues/12`]);
    assert.equal((await issue(12)).state, 'open');
    assert.equal((await shownIssue(tree(), 'Programmer', 12))?.checked, false);
  });

  it('Mark Resolved with a comment: the comment, then the close', async () => {
    const routes = await routesDuring(() => vscode.commands.executeCommand('releaseReadiness.markResolved', 9, { comment: 'Covered by the nightly run' }));
    assert.deepEqual(routes, [`POST ${REPO_PATH}/issues/9/comments`, `PATCH ${REPO_PATH}/issues/9`]);
    const onGitHub = await issue(9);
    assert.equal(onGitHub.state, 'closed');
    assert.deepEqual(onGitHub.comments.map((c) => c.body), ['Covered by the nightly run']);
    assert.equal((await shownIssue(tree(), 'QA Engineer', 9))?.checked, true);
    assert.equal((await readTree(tree())).roles.find((r) => r.name === 'QA Engineer')?.description, '2/4');
  });

  it('Mark Verified adds the label and reads the issue back', async () => {
    const routes = await routesDuring(() => vscode.commands.executeCommand('releaseReadiness.markVerified', 6));
    assert.deepEqual(routes, [`POST ${REPO_PATH}/issues/6/labels`, `GET ${REPO_PATH}/issues/6`]);
    assert.deepEqual((await issue(6)).labels, ['role:code', 'needs-verification', 'verified']);
    assert.equal((await shownIssue(tree(), 'Programmer', 6))?.contextValue, 'issue;resolved;verified');
  });

  it('Reopen reopens and drops the verified label', async () => {
    const routes = await routesDuring(() => vscode.commands.executeCommand('releaseReadiness.reopen', { number: 17 }));
    assert.deepEqual(routes, [`PATCH ${REPO_PATH}/issues/17`, `DELETE ${REPO_PATH}/issues/17/labels/verified`, `GET ${REPO_PATH}/issues/17`]);
    const onGitHub = await issue(17);
    assert.equal(onGitHub.state, 'open');
    assert.deepEqual(onGitHub.labels, ['role:code', 'needs-verification']);
    assert.deepEqual(await shownIssue(tree(), 'Programmer', 17).then((i) => [i?.checked, i?.contextValue]), [false, 'issue;open']);
  });

  it('Assign Role by name moves the issue to that role only', async () => {
    const routes = await routesDuring(() => vscode.commands.executeCommand('releaseReadiness.assignRole', 19, 'QA Engineer'));
    assert.deepEqual(routes, [`POST ${REPO_PATH}/issues/19/labels`, `DELETE ${REPO_PATH}/issues/19/labels/role%3Acode`, `GET ${REPO_PATH}/issues/19`]);
    assert.deepEqual((await issue(19)).labels, ['role:qa']);
    const roles = membership(await readTree(tree()));
    assert.ok(roles['QA Engineer'].includes(19));
    assert.ok(!roles.Programmer.includes(19));
  });

  it('dragging an issue onto a role relabels it', async () => {
    const { dragAndDrop } = tree();
    const transfer = new vscode.DataTransfer();
    await dragAndDrop.handleDrag([await issueNode(tree(), 'Programmer', 15)], transfer);
    const target = await roleNode(tree(), 'Designer');
    const routes = await routesDuring(() => dragAndDrop.handleDrop(target, transfer));
    assert.deepEqual(routes, [`POST ${REPO_PATH}/issues/15/labels`, `DELETE ${REPO_PATH}/issues/15/labels/role%3Acode`, `GET ${REPO_PATH}/issues/15`]);
    assert.deepEqual((await issue(15)).labels, ['role:design']);
    const roles = membership(await readTree(tree()));
    assert.ok(roles.Designer.includes(15));
    assert.ok(!roles.Programmer.includes(15));
  });

  it('rolls back a write that keeps failing, without a modal dialog', async function () {
    this.timeout(90_000);
    // One more 500 than the client's retries.
    await emulator.injectFault({ kind: 'serverError', status: 500, count: 4, match: `PATCH ${REPO_PATH}/issues/14` });
    await emulator.clearRequests();
    const run = vscode.commands.executeCommand('releaseReadiness.markResolved', 14);
    await waitFor(() => api.services.store.current.pending.has(14), 'the optimistic update of #14');
    assert.equal(stored(14)?.state, 'closed');
    assert.match((await shownIssue(tree(), 'QA Engineer', 14))?.description ?? '', /saving/);

    await assert.rejects(Promise.resolve(run), /server error/);
    assert.equal(stored(14)?.state, 'open');
    assert.equal(api.services.store.current.pending.size, 0);
    const after = await shownIssue(tree(), 'QA Engineer', 14);
    assert.equal(after?.checked, false);
    assert.doesNotMatch(after?.description ?? '', /saving/);
    const patches = (await emulator.requests()).filter((r) => r.method === 'PATCH');
    assert.deepEqual(patches.map((r) => [r.path, r.status]), Array(4).fill([`${REPO_PATH}/issues/14`, 500]));
    assert.equal((await issue(14)).state, 'open');
  });

  it('writes once when Mark Resolved is triggered twice', async () => {
    const routes = await routesDuring(() =>
      Promise.all([
        vscode.commands.executeCommand('releaseReadiness.markResolved', 16, { comment: 'Published' }),
        vscode.commands.executeCommand('releaseReadiness.markResolved', 16, { comment: 'Published' }),
      ]),
    );
    assert.deepEqual(routes, [`POST ${REPO_PATH}/issues/16/comments`, `PATCH ${REPO_PATH}/issues/16`]);
    assert.equal((await issue(16)).comments.length, 1);
  });

  it('offline: keeps showing the data, says so, and applies a write once it is back', async function () {
    this.timeout(150_000);
    await vscode.commands.executeCommand('releaseReadiness.refresh');
    assert.equal(storeState().stale, null);
    // Confirmed after the last good load: the offline view must not fall back to the older snapshot.
    await vscode.commands.executeCommand('releaseReadiness.markResolved', 18);
    const before = await readTree(tree());

    await emulator.injectFault({ kind: 'drop', count: 1e9 });
    await vscode.commands.executeCommand('releaseReadiness.refresh');
    const { stale, error, phase } = storeState();
    assert.ok(stale, `the store should be marked stale (phase ${phase}, error ${error?.message})`);
    assert.match(stale.reason, /Cannot reach 127\.0\.0\.1/);
    assert.equal(tree().view.description, 'offline');
    assert.match(tree().view.message ?? '', /^Offline: showing data saved /);
    const shown = await readTree(tree());
    assert.deepEqual(shown.roles, before.roles);
    assert.equal((await shownIssue(tree(), 'Designer', 18))?.checked, true);

    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('releaseReadiness.markResolved', 2, { comment: 'Shipped in the offline build' })),
      /Cannot reach 127\.0\.0\.1.*Check your connection/,
    );
    assert.equal(stored(2)?.state, 'open');

    await emulator.clearFaults();
    const routes = await routesDuring(() => vscode.commands.executeCommand('releaseReadiness.markResolved', 2, { comment: 'Shipped in the offline build' }));
    assert.deepEqual(routes, [`POST ${REPO_PATH}/issues/2/comments`, `PATCH ${REPO_PATH}/issues/2`]);
    const onGitHub = await issue(2);
    assert.equal(onGitHub.state, 'closed');
    assert.deepEqual(onGitHub.comments.map((c) => c.body), ['Shipped in the offline build']);

    await vscode.commands.executeCommand('releaseReadiness.refresh');
    assert.equal(storeState().stale, null);
    assert.equal(tree().view.description, storeState().tracker?.label);
    assert.equal(tree().view.message, undefined);
  });
});
