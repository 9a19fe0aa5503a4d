// Pull requests of the milestone, the release notes and Ship Release on GitHub (the emulator, octo/rr-ship): the
// PR rows in the tree (never counted), the open-PR criterion deciding the verdict, Ship refused on NO-GO with no
// write at all, and on GO exactly one tag, one release and a closed milestone — also after a 502 and a retry.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { ShipResult } from '../../../src/report/shipReleaseCommand';
import { RELEASE_LABELS } from '../../emulator/seedBuilders';
import type { EmulatorSeed, IssueSeed } from '../../emulator/types';
import { EmulatorControl, extensionApi, waitFor } from '../emulatorControl';
import { useTracker, waitForRelease } from '../issuesTreeReader';
import { commitEverything } from '../../gitRepository';

const OWNER = 'octo';
const REPO = 'rr-fixture';
const MILESTONE = 'v3.1 — Ship';

function shipSeed(openPull: boolean): EmulatorSeed {
  const issues: IssueSeed[] = [
    { number: 1, title: 'Gift wrapping', state: 'closed', labels: ['role:code'], milestone: MILESTONE },
    { number: 2, title: 'Banner copy', state: 'closed', labels: ['role:pm'], milestone: MILESTONE },
    { number: 3, title: `Release checklist: ${MILESTONE}`, body: '- [x] QA sign-off', labels: ['release-checklist'], milestone: MILESTONE },
    { number: 4, title: 'Customer approval', labels: ['customer-approval', 'approved'], milestone: MILESTONE, comments: [{ body: 'Approved by Dana' }] },
    { number: 5, title: 'Wrap gifts', body: 'Fixes #1', state: 'closed', labels: ['role:code'], milestone: MILESTONE, pull_request: { merged_at: '2026-11-20T10:00:00Z' } },
    openPull
      ? { number: 6, title: 'Holiday <b>theme</b>', labels: ['role:code'], milestone: MILESTONE, pull_request: { draft: true, head: 'theme', reviews: [{ user: 'ana', state: 'APPROVED' }] } }
      : { number: 6, title: 'Holiday <b>theme</b>', state: 'closed', labels: ['role:code'], milestone: MILESTONE, pull_request: { merged_at: '2026-11-21T10:00:00Z', head: 'theme' } },
  ];
  return {
    repos: [{
      owner: OWNER, name: REPO, defaultBranch: 'main', labels: RELEASE_LABELS,
      milestones: [{ number: 1, title: MILESTONE, due_on: '2026-12-15T08:00:00Z', state: 'open' }],
      issues,
      statuses: [{ context: 'ci/build', state: 'success', target_url: null }],
      checkRuns: [{ ref: 'theme', name: 'test', status: 'in_progress', conclusion: null }],
    }],
  };
}

describe('Pull requests, release notes and Ship Release — GitHub', function () {
  this.timeout(90_000);
  let api: ReleaseReadinessApi;
  let emulator: EmulatorControl;
  let folder: string;
  let configFile: string;
  let originalConfig: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' }).trim();
  const tags = () => git('tag', '--list').split('\n').filter(Boolean);
  const writes = async () => (await emulator.requests()).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
  const repoState = async () => (await emulator.state()).repos.find((r) => r.name === REPO)!;
  const ship = (arg: unknown) => vscode.commands.executeCommand<ShipResult>('releaseReadiness.shipRelease', arg);

  async function load(openPull: boolean): Promise<void> {
    await emulator.seed(shipSeed(openPull));
    await api.services.store.refresh();
    await waitForRelease(api, 'github', MILESTONE);
  }

  before(async () => {
    api = await extensionApi();
    emulator = EmulatorControl.fromEnvironment();
    folder = api.services.folder()!.uri.fsPath;
    // This suite's release has no TODO work: the fixture's TODOs belong to the other suites.
    configFile = path.join(folder, '.release', 'config.json');
    originalConfig = fs.readFileSync(configFile, 'utf8');
    fs.writeFileSync(configFile, '{ "criteria": { "noTodoOnClosedOrMissing": false, "noUntrackedTodo": false } }\n');
    await waitFor(() => !api.services.config().criteria.noTodoOnClosedOrMissing, 'the team config to reload');
    commitEverything(folder, 'fixture');
    await emulator.seed(shipSeed(true));
    await emulator.clearFaults();
    await useTracker(api, 'github');
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
    await waitForRelease(api, 'github', MILESTONE);
  });

  after(async () => {
    await emulator?.clearFaults();
    if (folder) fs.rmSync(path.join(folder, '.git'), { recursive: true, force: true });
    if (configFile) fs.writeFileSync(configFile, originalConfig);
    if (api) {
      await waitFor(() => api.services.config().criteria.noTodoOnClosedOrMissing, 'the team config to be restored');
      await useTracker(api, 'local');
    }
  });

  it('lists pull requests under their role with draft, review and checks state, never in the totals', async () => {
    await load(true);
    const { provider } = api.issuesTree;
    const roots = await provider.getChildren();
    const programmer = roots.find((n) => n.kind === 'role' && n.role.name === 'Programmer')!;
    assert.equal((await provider.getTreeItem(programmer)).description, '1/1 · 2 pull requests', 'the role counts its one issue');
    const children = await provider.getChildren(programmer);
    const rows = await Promise.all(children.map(async (n) => [n.kind, (await provider.getTreeItem(n)).label, (await provider.getTreeItem(n)).description]));
    assert.deepEqual(rows, [
      ['issue', '#1 Gift wrapping', ''],
      ['pullRequest', '#5 Wrap gifts', 'pull request · merged'],
      ['pullRequest', '#6 Holiday <b>theme</b>', 'pull request · draft · approved · checks running'],
    ]);
    const pr = children.find((n) => n.kind === 'pullRequest')!;
    assert.equal(((await provider.getTreeItem(pr)).iconPath as vscode.ThemeIcon).id, 'git-merge');
    const release = roots.find((n) => n.kind === 'release')!;
    assert.match(String((await provider.getTreeItem(release)).description), / 2\/2 resolved \(100%\)$/);
    // The issue closed by the merged pull request names it in its hover.
    const issue = children.find((n) => n.kind === 'issue')!;
    const hover = (provider.resolveTreeItem(await provider.getTreeItem(issue), issue)) as vscode.TreeItem;
    assert.match((hover.tooltip as vscode.MarkdownString).value, /Closed by pull request \\#5 Wrap gifts/);
  });

  it('says NO-GO for the open pull request alone, and Ship Release refuses without any write', async () => {
    await load(true);
    const result = await vscode.commands.executeCommand<{ verdict: string; criteria: { id: string; passed: boolean; skipped: boolean }[] }>('releaseReadiness.checkCriteria');
    assert.equal(result.verdict, 'NO-GO');
    assert.deepEqual(result.criteria.filter((c) => !c.passed && !c.skipped).map((c) => c.id), ['noOpenPullRequests']);
    await emulator.clearRequests();
    const refused = await ship({ tag: 'v3.1.0' });
    assert.equal(refused.status, 'refused');
    assert.match(refused.status === 'refused' ? refused.reasons.join('\n') : '', /No open pull requests in the milestone: 1 pull request still open/);
    assert.deepEqual(await writes(), []);
    assert.deepEqual(tags(), []);
    assert.equal((await repoState()).releases.length, 0);
  });

  it('previews the release notes in an untitled Markdown editor, the hostile title as text', async () => {
    await load(false);
    const notes = await vscode.commands.executeCommand<string>('releaseReadiness.previewReleaseNotes');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.isUntitled, true);
    assert.equal(editor?.document.languageId, 'markdown');
    assert.equal(editor?.document.getText(), notes);
    assert.match(notes, /^# Release notes: v3\.1 — Ship\n/);
    assert.match(notes, /> Approved by Dana/);
    assert.match(notes, /- Holiday &lt;b&gt;theme&lt;\/b&gt; \(\[#6\]\(http:\/\/127\.0\.0\.1:\d+\/octo\/rr-fixture\/pull\/6\)\) \(pull request\)/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('on GO: a 502 on the release POST stops after the tag; Ship again makes exactly one release and closes the milestone', async () => {
    await load(false);
    assert.equal(api.services.report()?.verdict, 'GO');
    await emulator.injectFault({ kind: 'serverError', status: 502, match: `POST /repos/${OWNER}/${REPO}/releases` });
    await emulator.clearRequests();
    await assert.rejects(Promise.resolve(ship({ tag: 'v3.1.0' })), /502|server|GitHub/i);
    assert.deepEqual(await writes(), [`POST /repos/${OWNER}/${REPO}/releases`], 'one POST, not retried blindly');
    assert.deepEqual(tags(), ['v3.1.0']);
    assert.equal(git('cat-file', '-t', 'v3.1.0'), 'tag', 'annotated');

    const shipped = await ship({ tag: 'v3.1.0' });
    assert.equal(shipped.status, 'shipped');
    if (shipped.status === 'shipped') {
      assert.deepEqual([shipped.alreadyDone, shipped.done], [['createTag'], ['createTag', 'createRelease', 'closeMilestone']]);
    }
    const state = await repoState();
    assert.deepEqual(state.releases.map((r) => [r.tag_name, r.draft]), [['v3.1.0', true]]);
    assert.match(state.releases[0].body ?? '', /^# Release notes: v3\.1 — Ship/);
    assert.equal(state.milestones[0].state, 'closed');
    assert.deepEqual(tags(), ['v3.1.0']);

    await emulator.clearRequests();
    const again = await ship({ tag: 'v3.1.0' });
    assert.equal(again.status, 'shipped');
    assert.deepEqual(await writes(), [], 'a finished ship writes nothing');
    assert.equal((await repoState()).releases.length, 1);
  });
});
