// The Issues by Role tree in the web worker extension host on the local tracker: .release/issues.json is read and
// written through workspace.fs (the extension's web platform), and each write is checked on the file itself.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import { extensionApi, waitFor } from '../../integration/emulatorControl';
import { issueNode, membership, readTree, shownIssue, useTracker } from '../../integration/issuesTreeReader';
import { LOCAL_MILESTONE, ROLE_LABELS, type FileIssue } from '../../integration/localFixture';
import { readText, workspaceUri, writeText } from '../workspaceFiles';

const MILESTONE = LOCAL_MILESTONE;
const { Checked, Unchecked } = vscode.TreeItemCheckboxState;


describe('Issues by Role tree — web host, local tracker', () => {
  let api: ReleaseReadinessApi;
  let file: vscode.Uri;
  let original: string;
  const tree = () => api.issuesTree;
  const onDisk = async (): Promise<{ issues: FileIssue[] }> => JSON.parse(await readText(file));
  const issueOnDisk = async (n: number): Promise<FileIssue> => (await onDisk()).issues.find((i) => i.number === n)!;
  const run = (command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand(command, ...args));

  before(async () => {
    api = await extensionApi();
    file = workspaceUri(api, '.release/issues.json');
    original = await readText(file);
    await useTracker(api, 'local');
    await run('releaseReadiness.selectMilestone', MILESTONE);
  });

  after(async () => {
    await writeText(file, original);
    await run('releaseReadiness.refresh');
  });

  it('shows each role with exactly its issues from the file', async () => {
    const work = (await onDisk()).issues.filter(
      (i) => i.milestone === MILESTONE && !i.pullRequest && !i.labels.some((l) => l === 'release-checklist' || l === 'customer-approval'),
    );
    const roleLabels = Object.values(ROLE_LABELS);
    const expected: Record<string, number[]> = {};
    for (const [name, label] of [...Object.entries(ROLE_LABELS), ['Unassigned', '']]) {
      expected[name] = work.filter((i) => (label ? i.labels.includes(label) : !i.labels.some((l) => roleLabels.includes(l)))).map((i) => i.number).sort((a, b) => a - b);
    }
    const shown = await readTree(tree());
    const sorted = Object.fromEntries(Object.entries(membership(shown)).map(([name, numbers]) => [name, [...numbers].sort((a, b) => a - b)]));
    assert.deepEqual(sorted, expected);
    assert.equal(shown.release?.label, MILESTONE);
    const resolved = work.filter((i) => i.state === 'closed').length;
    assert.match(shown.release?.description ?? '', new RegExp(` ${resolved}/${work.length} resolved \\(\\d+%\\)$`));
  });

  it('resolves and reopens with the checkbox, in the file', async () => {
    await tree().changeCheckboxes([[await issueNode(tree(), 'Programmer', 44), Checked]]);
    const closed = await issueOnDisk(44);
    assert.deepEqual([closed.state, closed.stateReason], ['closed', 'completed']);
    assert.equal((await shownIssue(tree(), 'Programmer', 44))?.checked, true);

    await tree().changeCheckboxes([[await issueNode(tree(), 'Programmer', 44), Unchecked]]);
    const reopened = await issueOnDisk(44);
    assert.deepEqual([reopened.state, reopened.stateReason], ['open', 'reopened']);
    assert.equal((await shownIssue(tree(), 'Programmer', 44))?.checked, false);
  });

  it('Mark Resolved with a comment, Reopen and Assign Role write the file', async () => {
    await run('releaseReadiness.markResolved', 49, { comment: 'Shown on the confirmation page' });
    const resolved = await issueOnDisk(49);
    assert.equal(resolved.state, 'closed');
    assert.deepEqual(resolved.comments.map((c) => c.body.join('\n')), ['Shown on the confirmation page']);

    await run('releaseReadiness.reopen', 49);
    assert.equal((await issueOnDisk(49)).state, 'open');

    await run('releaseReadiness.assignRole', 30, 'QA Engineer');
    assert.deepEqual((await issueOnDisk(30)).labels, ['role:qa']);
    const roles = membership(await readTree(tree()));
    assert.ok(roles['QA Engineer'].includes(30) && !roles['Project Manager'].includes(30));
  });

  it('reloads when the file changes under it', async () => {
    const doc = await onDisk();
    doc.issues.find((i) => i.number === 47)!.title = 'Security update: patch express (edited in the web)';
    await writeText(file, JSON.stringify(doc, null, 2) + '\n');
    await waitFor(() => api.services.store.issue(47)?.title.endsWith('(edited in the web)'), 'the tree to pick up the edit');
    const item = await tree().provider.getTreeItem(await issueNode(tree(), 'Unassigned', 47));
    assert.equal(item.label, '#47 Security update: patch express (edited in the web)');
  });
});
