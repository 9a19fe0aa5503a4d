// The Release Checklist view and its commands, against the local tracker (the fixture's .release/issues.json) and
// against GitHub (the emulator): what the view shows, that a tick changes one character and nothing else, that an
// edit made elsewhere meanwhile survives, and what Complete Code Checklist ticks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { CompletionRun, ToggleOutcome } from '../../../src/state/checklistWriter';
import type { Checklist } from '../../../src/core/model';
import { renderChecklist } from '../../../src/core/checklist/checklistTemplate';
import { DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_ROLES } from '../../../src/core/config/defaults';
import type { RecordedRequest } from '../../emulator/types';
import { EmulatorControl, extensionApi, waitFor } from '../emulatorControl';
import {
  BARE_MILESTONE,
  CHECKLIST_BODY,
  CHECKLIST_ISSUE,
  CHECKLIST_MILESTONE,
  OWNER,
  REPO,
  checklistSeed,
  differingIndexes,
  itemNode,
  readChecklist,
} from '../checklistFixture';
import { LOCAL_CHECKLIST_GROUPS, LOCAL_MILESTONE } from '../localFixture';

const ISSUE_PATH = `/repos/${OWNER}/${REPO}/issues/${CHECKLIST_ISSUE}`;
const { Checked } = vscode.TreeItemCheckboxState;

const run = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(command, ...args) as Promise<T>;

async function useTracker(api: ReleaseReadinessApi, kind: 'github' | 'local', milestone: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('releaseReadiness');
  if (config.inspect<string>('tracker')?.workspaceValue !== kind) await config.update('tracker', kind, vscode.ConfigurationTarget.Workspace);
  const { store } = api.services;
  await waitFor(
    () => store.current.tracker?.kind === kind && store.current.phase === 'ready' && store.current.data?.milestone.title === milestone,
    () => `the ${kind} release "${milestone}" (now ${store.current.tracker?.kind ?? 'none'} ${store.current.phase} ${store.current.data?.milestone.title ?? ''})`,
    30_000,
  );
}

describe('Release Checklist', function () {
  this.timeout(60_000);
  let api: ReleaseReadinessApi;
  const shownBody = () => api.services.store.current.data?.checklist?.body;

  before(async () => {
    api = await extensionApi();
  });

  describe('local tracker', () => {
    let file: string;
    let original: string;
    const fileText = () => fs.readFileSync(file, 'utf8');

    before(async () => {
      await useTracker(api, 'local', LOCAL_MILESTONE);
      file = path.join(api.services.folder()!.uri.fsPath, '.release', 'issues.json');
      original = fileText();
    });

    afterEach(async () => {
      if (fileText() !== original) {
        fs.writeFileSync(file, original);
        await api.services.store.refresh();
      }
    });

    it('shows the items by role with done / total, verifiable ones marked', async () => {
      const groups = await readChecklist(api.checklistView);
      assert.deepEqual(
        groups.map((g) => [g.label, g.description, g.items.length]),
        LOCAL_CHECKLIST_GROUPS,
      );
      assert.equal(api.checklistView.view.description, '4/15 done');
      const programmer = groups[2].items;
      assert.deepEqual(programmer[0], {
        text: 'All milestone issues resolved',
        checked: false,
        contextValue: 'checklistItem;auto;unchecked',
        description: 'auto',
        children: [],
      });
      assert.deepEqual([programmer[4].text, programmer[4].checked], ['Version bumped in package.json', true]);
      assert.deepEqual([programmer[7].text, programmer[7].contextValue, programmer[7].description], ['Docs updated', 'checklistItem;manual;unchecked', '']);
    });

    it('ticks one box in .release/issues.json, changing one character, and unticks it again', async () => {
      const outcome = await run<ToggleOutcome>('releaseReadiness.toggleChecklistItem', { text: 'Docs updated' });
      assert.deepEqual([outcome.checked, outcome.written], [true, true]);
      const changed = differingIndexes(original, fileText());
      assert.equal(changed.length, 1, `changed at ${changed.join(', ')}`);
      assert.equal(fileText()[changed[0]], 'x');
      assert.match(shownBody() ?? '', /- \[x\] Docs updated/);
      assert.equal((await readChecklist(api.checklistView))[2].items[7].checked, true);

      await run('releaseReadiness.toggleChecklistItem', { text: 'Docs updated', checked: false });
      assert.equal(fileText(), original);
    });

    it('writes once when triggered twice, and takes the item text as a plain string', async () => {
      const [a, b] = await Promise.all([
        run<ToggleOutcome>('releaseReadiness.toggleChecklistItem', 'Code review done'),
        run<ToggleOutcome>('releaseReadiness.toggleChecklistItem', 'Code review done'),
      ]);
      assert.deepEqual([a.checked, b.checked], [true, true]);
      assert.equal(differingIndexes(original, fileText()).length, 1);
    });

    it('refuses to tick an item reworded on disk meanwhile, and reloads', async () => {
      fs.writeFileSync(file, original.replace('"- [ ] QA sign-off"', '"- [ ] QA sign-off by Dana"'));
      await assert.rejects(run('releaseReadiness.toggleChecklistItem', { text: 'QA sign-off' }), /changed or removed meanwhile/);
      assert.equal(fileText(), original.replace('"- [ ] QA sign-off"', '"- [ ] QA sign-off by Dana"'));
      await waitFor(() => shownBody()?.includes('QA sign-off by Dana'), 'the reloaded checklist');
    });

    it('rejects an item that does not exist without writing', async () => {
      await assert.rejects(run('releaseReadiness.toggleChecklistItem', { text: 'Not on the list' }), /No checklist item reads/);
      assert.equal(fileText(), original);
    });

    it('creates a checklist from the template for a milestone that has none, and only once', async () => {
      const created = await run<Checklist>('releaseReadiness.createChecklist', { milestone: 'v1.5' });
      const expected = renderChecklist(DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_ROLES);
      assert.deepEqual(created, { issueNumber: null, body: expected, url: null });
      const doc = JSON.parse(fileText()) as { milestones: { title: string; checklist: string[] | string | null }[] };
      const stored = doc.milestones.find((m) => m.title === 'v1.5')?.checklist;
      assert.equal(Array.isArray(stored) ? stored.join('\n') : stored, expected);
      const afterCreate = fileText();
      const again = await run<Checklist>('releaseReadiness.createChecklist', { milestone: 'v1.5' });
      assert.equal(again.body, expected);
      assert.equal(fileText(), afterCreate);
      // The shown release stays what it was.
      assert.equal(api.services.store.current.data?.milestone.title, LOCAL_MILESTONE);
    });

    it('Complete Code Checklist leaves what it cannot verify locally, and touches only the boxes that pass', async () => {
      const result = await run<CompletionRun>('releaseReadiness.completeChecklist');
      const byCheck = Object.fromEntries(result.results.map((r) => [r.check, r]));
      assert.equal(byCheck.checksGreen.verifiable, false);
      assert.deepEqual([byCheck.allIssuesResolved.passed, byCheck.allIssuesResolved.verifiable], [false, true]);
      assert.match(byCheck.allIssuesResolved.reason, /^\d+ open issues$/);
      assert.equal(byCheck.versionBumped.verifiable, false, 'the fixture has no package.json');
      // Only boxes of passing items may change, each from space to x.
      const ticked = result.outcome.ticked.map((i) => i.text).sort();
      assert.deepEqual(ticked, result.results.filter((r) => r.passed && !r.item.checked).map((r) => r.item.text).sort());
      assert.equal(differingIndexes(original, fileText()).length, ticked.length);
    });
  });

  describe('GitHub', () => {
    let emulator: EmulatorControl;
    const emulatorBody = async () => (await emulator.issue(OWNER, REPO, CHECKLIST_ISSUE)).body ?? '';
    const patches = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.method === 'PATCH' && r.path === ISSUE_PATH);

    /** An edit made on github.com: a PATCH straight to the API, which the extension does not know about. */
    async function editOnGitHub(change: (body: string) => string): Promise<void> {
      const response = await fetch(`${emulator.url}${ISSUE_PATH}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: 'token rr-test-token' },
        body: JSON.stringify({ body: change(await emulatorBody()) }),
      });
      assert.equal(response.status, 200);
    }

    before(async () => {
      emulator = EmulatorControl.fromEnvironment();
      await emulator.seed(checklistSeed());
      await emulator.clearFaults();
      await useTracker(api, 'github', CHECKLIST_MILESTONE);
    });

    beforeEach(async () => {
      await emulator.clearFaults();
      await emulator.clearRequests();
    });

    after(async () => {
      await emulator?.clearFaults();
      if (api) await useTracker(api, 'local', LOCAL_MILESTONE);
    });

    it('shows the checklist issue by role, without the box in the code fence, nested items under their parent', async () => {
      assert.equal(shownBody(), CHECKLIST_BODY);
      const groups = await readChecklist(api.checklistView);
      assert.deepEqual(
        groups.map((g) => [g.label, g.description]),
        [
          ['General', '0/1'],
          ['Project Manager', '1/2'],
          ['Programmer', '0/6'],
          ['QA Engineer', '0/4'],
        ],
      );
      assert.deepEqual(groups[0].items.map((i) => i.text), ['Release notes drafted']);
      const qa = groups[3].items;
      assert.deepEqual(qa.map((i) => [i.text, i.children.map((c) => c.text)]), [
        ['Regression tests passed', ['Checkout', 'Payments']],
        ['QA sign-off', []],
      ]);
      assert.equal(api.checklistView.view.description, '1/13 done');
    });

    it('a tick sends the body with exactly one character changed: CRLF, trailing spaces and the code fence kept', async () => {
      await api.checklistView.changeCheckboxes([[await itemNode(api.checklistView, 'Scope agreed with the customer'), Checked]]);
      const [patch, ...more] = patches(await emulator.requests());
      assert.equal(more.length, 0);
      const sent = (patch.body as { body: string }).body;
      assert.deepEqual(Object.keys(patch.body as object), ['body']);
      const changed = differingIndexes(CHECKLIST_BODY, sent);
      assert.deepEqual(changed, [CHECKLIST_BODY.indexOf('[ ] Scope agreed') + 1]);
      assert.equal(sent[changed[0]], 'x');
      assert.equal(await emulatorBody(), sent);
      assert.equal(shownBody(), sent);
      const pm = (await readChecklist(api.checklistView))[1];
      assert.deepEqual([pm.description, pm.items[0].checked], ['2/2', true]);
    });

    it('writes once when the command is triggered twice', async () => {
      const before = await emulatorBody();
      await Promise.all([
        run('releaseReadiness.toggleChecklistItem', { text: 'Code review done' }),
        run('releaseReadiness.toggleChecklistItem', { text: 'Code review done' }),
      ]);
      assert.equal(patches(await emulator.requests()).length, 1);
      assert.deepEqual(differingIndexes(before, await emulatorBody()), [before.indexOf('[ ] Code review done') + 1]);
    });

    it('keeps an edit made on GitHub between the load and the tick', async () => {
      const edited = (body: string) => body.replace('- [ ] Regression tests passed', '- [x] Regression tests passed') + '- [ ] Added on github.com\r\n';
      const expected = edited(await emulatorBody()).replace('- [ ] QA sign-off', '- [x] QA sign-off');
      await editOnGitHub(edited);
      assert.ok(!shownBody()?.includes('Added on github.com'), 'the extension has not reloaded yet');
      await run('releaseReadiness.toggleChecklistItem', { text: 'QA sign-off' });
      assert.equal(await emulatorBody(), expected);
      assert.equal(shownBody(), expected);
    });

    it('says so when someone else already made the same change, and writes nothing', async () => {
      await editOnGitHub((body) => body.replace('  - [ ] Payments', '  - [x] Payments'));
      await emulator.clearRequests();
      const outcome = await run<ToggleOutcome>('releaseReadiness.toggleChecklistItem', { text: 'Payments' });
      assert.deepEqual([outcome.checked, outcome.written, outcome.alreadyDoneElsewhere], [true, false, true]);
      assert.equal(patches(await emulator.requests()).length, 0);
    });

    it('refuses an item reworded on GitHub meanwhile, and reloads the checklist', async () => {
      await editOnGitHub((body) => body.replace('Release notes drafted', 'Release notes drafted and reviewed'));
      await emulator.clearRequests();
      await assert.rejects(run('releaseReadiness.toggleChecklistItem', { text: 'Release notes drafted' }), /was changed or removed meanwhile; the checklist was reloaded/);
      assert.equal(patches(await emulator.requests()).length, 0);
      await waitFor(() => shownBody()?.includes('Release notes drafted and reviewed'), 'the reloaded checklist');
    });

    it('rolls the tick back when GitHub fails', async () => {
      const before = await emulatorBody();
      await emulator.injectFault({ kind: 'serverError', status: 500, count: 20, match: `PATCH ${ISSUE_PATH}` });
      const pending = run('releaseReadiness.toggleChecklistItem', { text: 'Checkout', checked: true });
      await waitFor(() => shownBody()?.includes('  - [x] Checkout'), 'the optimistic tick');
      await assert.rejects(pending);
      assert.ok(shownBody()?.includes('  - [ ] Checkout'), 'rolled back');
      assert.equal(await emulatorBody(), before);
    });

    it('Complete Code Checklist ticks the verifiable items that pass, and only those', async () => {
      const root = api.services.folder()!.uri.fsPath;
      const created = ['package.json', 'CHANGELOG.md', '.git'].map((name) => path.join(root, name));
      fs.writeFileSync(created[0], JSON.stringify({ name: 'fixture', version: '3.0.0' }));
      fs.writeFileSync(created[1], '# Changelog\n\n## [3.0.0] - 2026-12-15\n\n- Holiday checkout\n\n## [2.9.0]\n');
      fs.mkdirSync(path.join(created[2], 'refs', 'tags', 'archive'), { recursive: true });
      fs.writeFileSync(path.join(created[2], 'refs', 'tags', 'archive', 'v1.0.0'), `${'a'.repeat(40)}\n`);
      fs.writeFileSync(path.join(created[2], 'packed-refs'), `# pack-refs with: peeled\n${'b'.repeat(40)} refs/tags/v2.10.0\n${'c'.repeat(40)} refs/tags/v3.0.0-rc.1\n^${'d'.repeat(40)}\n`);
      try {
        const before = await emulatorBody();
        const result = await run<CompletionRun>('releaseReadiness.completeChecklist');
        const byCheck = Object.fromEntries(result.results.map((r) => [r.check, r]));
        assert.deepEqual(
          ['allIssuesResolved', 'checksGreen', 'versionBumped', 'changelogEntry'].map((c) => [c, byCheck[c].passed, byCheck[c].reason]),
          [
            ['allIssuesResolved', true, 'all issues resolved'],
            ['checksGreen', true, 'checks green on main'],
            ['versionBumped', true, '3.0.0 is newer than v3.0.0-rc.1'],
            ['changelogEntry', true, 'CHANGELOG has "[3.0.0] - 2026-12-15"'],
          ],
        );
        const todos = api.services.todos.all();
        assert.equal(byCheck.noUntrackedTodos.verifiable, todos !== null);
        const after = await emulatorBody();
        const passing = result.results.filter((r) => r.passed).map((r) => before.indexOf(`[ ] ${r.item.text}`) + 1);
        assert.deepEqual(differingIndexes(before, after), passing.sort((a, b) => a - b));
        assert.equal(shownBody(), after);
        // Manual items stay manual.
        assert.ok(after.includes('- [ ] Release notes drafted and reviewed'));
        const programmer = (await readChecklist(api.checklistView)).find((g) => g.label === 'Programmer')!;
        const versionItem = programmer.items.find((i) => i.text === 'Version bumped in package.json')!;
        assert.equal(versionItem.checked, true);
      } finally {
        for (const target of created) fs.rmSync(target, { recursive: true, force: true });
      }
    });

    it('creates a checklist issue for a milestone that has none, and only once', async () => {
      const created = await run<Checklist>('releaseReadiness.createChecklist', { milestone: BARE_MILESTONE });
      const posts = (await emulator.requests()).filter((r) => r.method === 'POST' && r.path === `/repos/${OWNER}/${REPO}/issues`);
      assert.equal(posts.length, 1);
      assert.deepEqual(posts[0].body, {
        title: `Release checklist: ${BARE_MILESTONE}`,
        body: renderChecklist(DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_ROLES),
        labels: ['release-checklist'],
        milestone: 2,
      });
      assert.equal(created.body, renderChecklist(DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_ROLES));
      await emulator.clearRequests();
      const again = await run<Checklist>('releaseReadiness.createChecklist', { milestone: BARE_MILESTONE });
      assert.equal(again.issueNumber, created.issueNumber);
      assert.equal((await emulator.requests()).filter((r) => r.method === 'POST').length, 0);
    });
  });
});
