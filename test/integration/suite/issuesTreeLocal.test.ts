// The Issues by Role tree on the local tracker (the fixture's .release/issues.json, milestone v1.4): the same
// flows as on GitHub, checked on the file on disk. The file is restored afterwards for the other suites.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import { extensionApi, waitFor } from '../emulatorControl';
import { issueNode, membership, readTree, roleNode, shownIssue, useTracker } from '../issuesTreeReader';
import { LOCAL_MILESTONE, ROLE_LABELS, type FileIssue } from '../localFixture';

const MILESTONE = LOCAL_MILESTONE;
const { Checked, Unchecked } = vscode.TreeItemCheckboxState;

type DiskIssue = FileIssue;

describe('Issues by Role tree — local tracker', () => {
  let api: ReleaseReadinessApi;
  let file: string;
  let original: string;
  const tree = () => api.issuesTree;
  const disk = (): { issues: DiskIssue[] } => JSON.parse(fs.readFileSync(file, 'utf8'));
  const onDisk = (n: number): DiskIssue => disk().issues.find((i) => i.number === n)!;
  const editOnDisk = (n: number, change: (issue: DiskIssue) => void) => {
    const doc = disk();
    change(doc.issues.find((i) => i.number === n)!);
    fs.writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  };
  const run = (command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand(command, ...args));

  before(async () => {
    api = await extensionApi();
    file = path.join(api.services.folder()!.uri.fsPath, '.release', 'issues.json');
    original = fs.readFileSync(file, 'utf8');
    await useTracker(api, 'local');
    await run('releaseReadiness.selectMilestone', MILESTONE);
  });

  after(async () => {
    fs.writeFileSync(file, original);
    await run('releaseReadiness.selectMilestone', MILESTONE);
    await run('releaseReadiness.refresh');
  });

  it('shows each role with exactly its issues from the file and counts an issue with two roles once', async () => {
    const inMilestone = disk().issues.filter((i) => i.milestone === MILESTONE);
    const work = inMilestone.filter((i) => !i.pullRequest && !i.labels.some((l) => l === 'release-checklist' || l === 'customer-approval'));
    const pulls = inMilestone.filter((i) => i.pullRequest);
    assert.ok(pulls.length > 0, 'the fixture has a pull request');
    const roleLabels = Object.values(ROLE_LABELS);
    const expected: Record<string, number[]> = {};
    const expectedCounts: Record<string, string> = {};
    for (const [name, label] of [...Object.entries(ROLE_LABELS), ['Unassigned', '']]) {
      const mine = work.filter((i) => (label ? i.labels.includes(label) : !i.labels.some((l) => roleLabels.includes(l))));
      expected[name] = mine.map((i) => i.number).sort((a, b) => a - b);
      // Pull requests are listed under the role but not counted in it.
      const myPulls = pulls.filter((i) => (label ? i.labels.includes(label) : !i.labels.some((l) => roleLabels.includes(l)))).length;
      const counts = `${mine.filter((i) => i.state === 'closed').length}/${mine.length}`;
      expectedCounts[name] = myPulls === 0 ? counts : `${counts} · ${myPulls} pull request${myPulls === 1 ? '' : 's'}`;
    }
    const shown = await readTree(tree());
    const sorted = Object.fromEntries(Object.entries(membership(shown)).map(([name, numbers]) => [name, [...numbers].sort((a, b) => a - b)]));
    assert.deepEqual(sorted, expected);
    assert.deepEqual(Object.fromEntries(shown.roles.map((r) => [r.name, r.description])), expectedCounts);
    const twoRoles = work.filter((i) => i.labels.filter((l) => roleLabels.includes(l)).length > 1);
    assert.ok(twoRoles.length >= 5, 'the fixture has issues under two roles');
    const resolved = work.filter((i) => i.state === 'closed').length;
    assert.match(shown.release?.description ?? '', new RegExp(` ${resolved}/${work.length} resolved \\(\\d+%\\)$`));
  });

  it('resolves and reopens with the checkbox, in the file', async () => {
    await tree().changeCheckboxes([[await issueNode(tree(), 'Programmer', 44), Checked]]);
    assert.deepEqual([onDisk(44).state, onDisk(44).stateReason], ['closed', 'completed']);
    assert.equal((await shownIssue(tree(), 'Programmer', 44))?.checked, true);

    await tree().changeCheckboxes([[await issueNode(tree(), 'Programmer', 44), Unchecked]]);
    assert.deepEqual([onDisk(44).state, onDisk(44).stateReason], ['open', 'reopened']);
    assert.equal((await shownIssue(tree(), 'Programmer', 44))?.checked, false);
  });

  it('Mark Resolved with a comment, Mark Verified, Reopen and Assign Role write the file', async () => {
    await run('releaseReadiness.markResolved', 49, { comment: 'Shown on the confirmation page' });
    assert.equal(onDisk(49).state, 'closed');
    assert.deepEqual(onDisk(49).comments.map((c) => c.body.join('\n')), ['Shown on the confirmation page']);

    await run('releaseReadiness.markVerified', 19);
    assert.deepEqual(onDisk(19).labels, ['role:code', 'needs-verification', 'verified']);
    assert.equal((await shownIssue(tree(), 'Programmer', 19))?.contextValue, 'issue;resolved;verified');

    await run('releaseReadiness.reopen', 33);
    assert.deepEqual([onDisk(33).state, onDisk(33).labels], ['open', ['role:code', 'needs-verification']]);
    assert.equal((await shownIssue(tree(), 'Programmer', 33))?.checked, false);

    await run('releaseReadiness.assignRole', 30, 'QA Engineer');
    assert.deepEqual(onDisk(30).labels, ['role:qa']);
    const roles = membership(await readTree(tree()));
    assert.ok(roles['QA Engineer'].includes(30) && !roles['Project Manager'].includes(30));
  });

  it('dragging an issue onto a role relabels it in the file', async () => {
    const transfer = new vscode.DataTransfer();
    await tree().dragAndDrop.handleDrag([await issueNode(tree(), 'Designer', 27)], transfer);
    await tree().dragAndDrop.handleDrop(await roleNode(tree(), 'Programmer'), transfer);
    assert.deepEqual(onDisk(27).labels, ['role:code']);
    const roles = membership(await readTree(tree()));
    assert.ok(roles.Programmer.includes(27) && !roles.Designer.includes(27));
  });

  it('rolls back when the file cannot be written', async () => {
    const good = fs.readFileSync(file, 'utf8');
    // A merge conflict left in the file: the write re-reads it first and refuses.
    fs.writeFileSync(file, good.replace('"version": 1,', '<<<<<<< HEAD\n"version": 1,'));
    try {
      await assert.rejects(run('releaseReadiness.markResolved', 38), /issues\.json/);
      assert.equal(api.services.store.issue(38)?.state, 'open');
      assert.equal(api.services.store.current.pending.size, 0);
      assert.equal((await shownIssue(tree(), 'QA Engineer', 38))?.checked, false);
    } finally {
      fs.writeFileSync(file, good);
    }
    await waitFor(() => api.services.store.current.error === null, 'the store to reload the repaired file');
    assert.equal(onDisk(38).state, 'open');
  });

  it('writes once when Mark Resolved is triggered twice', async () => {
    const before = onDisk(36).comments.length;
    await Promise.all([run('releaseReadiness.markResolved', 36, { comment: 'Published' }), run('releaseReadiness.markResolved', 36, { comment: 'Published' })]);
    assert.equal(onDisk(36).state, 'closed');
    assert.equal(onDisk(36).comments.length, before + 1);
  });

  it('loads another milestone, with the issue bodies as written (issue 3: "Done when")', async () => {
    editOnDisk(3, (issue) => (issue.body = ['Apple Pay in Safari on macOS and iOS.', '', '**Done when**', '- [x] payment sheet opens', '- [x] refunds work']));
    await run('releaseReadiness.selectMilestone', 'v1.3');
    try {
      assert.equal(api.services.store.current.data?.milestone.title, 'v1.3');
      assert.equal(api.services.store.issue(3)?.body, 'Apple Pay in Safari on macOS and iOS.\n\n**Done when**\n- [x] payment sheet opens\n- [x] refunds work');
      assert.deepEqual(membership(await readTree(tree())).Programmer, [1, 3, 5, 7, 10]);
    } finally {
      await run('releaseReadiness.selectMilestone', MILESTONE);
    }
  });

  it('reloads when the file changes on disk', async () => {
    editOnDisk(47, (issue) => (issue.title = 'Security update: patch express (edited on disk)'));
    await waitFor(() => api.services.store.issue(47)?.title.endsWith('(edited on disk)'), 'the tree to pick up the edit');
    const item = await tree().provider.getTreeItem(await issueNode(tree(), 'Unassigned', 47));
    assert.equal(item.label, '#47 Security update: patch express (edited on disk)');
  });
});
