// Ship Release with the local tracker on the fixture workspace (made a git repository for the suite): the tag on
// HEAD, the milestone closed in .release/issues.json, and the notes added to CHANGELOG.md as one undoable edit.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { ShipResult } from '../../../src/report/shipReleaseCommand';
import { extensionApi, waitFor } from '../emulatorControl';
import { useTracker, waitForRelease } from '../issuesTreeReader';
import { commitEverything } from '../../gitRepository';

const MILESTONE = 'v1.4 — Holiday Checkout';

describe('Ship Release — local tracker', function () {
  this.timeout(90_000);
  let api: ReleaseReadinessApi;
  let folder: string;
  const saved = new Map<string, string>();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, encoding: 'utf8' }).trim();
  const file = (...parts: string[]) => path.join(folder, ...parts);
  const milestoneState = () => (JSON.parse(fs.readFileSync(file('.release', 'issues.json'), 'utf8')) as { milestones: { title: string; state: string }[] }).milestones.find((m) => m.title === MILESTONE)?.state;

  before(async () => {
    api = await extensionApi();
    folder = api.services.folder()!.uri.fsPath;
    for (const name of ['config.json', 'issues.json']) saved.set(name, fs.readFileSync(file('.release', name), 'utf8'));
    await useTracker(api, 'local', MILESTONE);
    // Selected by title, so the release stays the current one once it is closed.
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
    commitEverything(folder, 'fixture');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (folder) {
      fs.rmSync(file('.git'), { recursive: true, force: true });
      fs.rmSync(file('CHANGELOG.md'), { force: true });
      for (const [name, text] of saved) fs.writeFileSync(file('.release', name), text);
    }
    if (api) {
      await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
      await waitForRelease(api, 'local', MILESTONE);
      // The suites after this one expect the fixture as it was: its config and its open milestone, loaded.
      await waitFor(() => api.services.config().criteria.allResolved, 'the team config to be restored');
      await waitFor(async () => {
        await api.services.store.refresh();
        return api.services.store.current.data?.milestone.state === 'open' && api.services.report()?.verdict === 'NO-GO';
      }, 'the restored release to load');
    }
  });

  it('refuses on the NO-GO fixture, writing nothing and tagging nothing', async () => {
    const before = fs.readFileSync(file('.release', 'issues.json'), 'utf8');
    const result = await vscode.commands.executeCommand<ShipResult>('releaseReadiness.shipRelease', { tag: 'v1.4.0' });
    assert.equal(result.status, 'refused');
    assert.ok(result.status === 'refused' && result.reasons.some((r) => r.startsWith('✗ All issues resolved')));
    assert.equal(fs.readFileSync(file('.release', 'issues.json'), 'utf8'), before);
    assert.equal(git('tag', '--list'), '');
  });

  it('on GO: tags HEAD, closes the milestone in the file, adds the notes to CHANGELOG.md; Undo takes the edit back', async () => {
    // Only the pull-request criterion decides here (the fixture's merged pull request passes it).
    fs.writeFileSync(file('.release', 'config.json'), JSON.stringify({ criteria: { allResolved: false, noOpenBlockers: false, verified: false, noTodoOnClosedOrMissing: false, noUntrackedTodo: false, checklistComplete: false, customerApproval: false, checksGreen: false, noOpenPullRequests: true } }));
    await waitFor(() => !api.services.config().criteria.allResolved, 'the team config to reload');
    await waitFor(() => api.services.report()?.verdict === 'GO', 'the verdict to turn GO');
    await waitForRelease(api, 'local', MILESTONE);

    const result = await vscode.commands.executeCommand<ShipResult>('releaseReadiness.shipRelease', { tag: 'v1.4.0', changelog: true });
    assert.equal(result.status, 'shipped');
    assert.ok(result.status === 'shipped');
    assert.deepEqual([result.done, result.release], [['createTag', 'closeMilestone'], null]);
    assert.equal(git('tag', '--list'), 'v1.4.0');
    assert.equal(git('cat-file', '-t', 'v1.4.0'), 'tag');
    assert.equal(milestoneState(), 'closed');

    const changelog = vscode.window.activeTextEditor?.document;
    assert.equal(changelog?.uri.fsPath, file('CHANGELOG.md'));
    assert.match(changelog?.getText() ?? '', /^# Changelog\n\n## v1\.4\.0\n\n_\d{4}-\d{2}-\d{2}_\n[^]*### Programmer\n\n[^]*— #52\n/);
    assert.equal(changelog?.isDirty, true, 'left unsaved for review');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !changelog?.getText().includes('v1.4.0'), 'Undo to take the entry back');

    const again = await vscode.commands.executeCommand<ShipResult>('releaseReadiness.shipRelease', { tag: 'v1.4.0', changelog: false });
    assert.ok(again.status === 'shipped');
    assert.deepEqual(again.alreadyDone, ['createTag', 'closeMilestone']);
    assert.equal(git('tag', '--list'), 'v1.4.0');
  });
});
