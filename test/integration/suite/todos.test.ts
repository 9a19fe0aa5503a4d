// The TODO surface inside a real VS Code, on the fixture's src/giftWrap.ts and src/exportOrders.py: the index,
// code lenses, diagnostics and quick fixes against the local tracker's data, then Track TODO as Issue and Track All
// Untracked TODOs on the local tracker (issues.json) and on GitHub (the emulator: exactly one POST per issue).
// Everything a test changes is put back: documents reverted, issues.json restored, the tracker set to local.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Issue } from '../../../src/core/model';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { TrackAllResult } from '../../../src/codelens/trackAllTodos';
import type { TodoIndex } from '../../../src/codelens/todoIndex';
import { parseTodos } from '../../../src/core/todo/todoParser';
import { toTodoItem } from '../../../src/scan/todoItems';
import { FIXTURE_TODOS, LOCAL_MILESTONE, TODO_LINES as LINES, TODO_PY as PY, TODO_TS as TS } from '../localFixture';
import { EmulatorControl, extensionApi, waitFor } from '../emulatorControl';
import { useTracker, waitForRelease } from '../issuesTreeReader';
import { MILESTONE as GITHUB_MILESTONE, REPO_PATH, rrFixtureSeed } from '../rrFixtureSeed';

describe('TODO surface', function () {
  this.timeout(90_000);
  let api: ReleaseReadinessApi;
  let issuesFile: string;
  let issuesText: string;
  const uri = (file: string) => vscode.Uri.joinPath(api.services.folder()!.uri, ...file.split('/'));
  const services = () => api.services;

  async function lensTitles(file: string): Promise<[number, string][]> {
    await vscode.workspace.openTextDocument(uri(file)); // The lens command needs the document's model.
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri(file));
    return lenses.map((l): [number, string] => [l.range.start.line, l.command?.title ?? '']).sort((a, b) => a[0] - b[0]);
  }

  const ours = (file: string) => vscode.languages.getDiagnostics(uri(file)).filter((d) => d.source === 'Release Readiness');

  /** Puts back the disk text of every document a test changed, so the next test (and suite) sees the fixture. */
  async function revertAll(): Promise<void> {
    const fixtures = [uri(TS).toString(), uri(PY).toString()];
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty && fixtures.includes(d.uri.toString()))) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), fs.readFileSync(doc.uri.fsPath, 'utf8'));
      assert.ok(await vscode.workspace.applyEdit(edit));
      assert.ok(await doc.save());
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }

  async function restoreLocalData(): Promise<void> {
    fs.writeFileSync(issuesFile, issuesText);
    await services().store.refresh();
  }

  before(async () => {
    api = await extensionApi();
    await useTracker(api, 'local');
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', LOCAL_MILESTONE);
    await waitForRelease(api, 'local', LOCAL_MILESTONE);
    issuesFile = path.join(services().folder()!.uri.fsPath, '.release', 'issues.json');
    issuesText = fs.readFileSync(issuesFile, 'utf8');
    await waitFor(() => services().todos.all()?.some((t) => t.file === PY), 'the first TODO scan');
  });

  afterEach(revertAll);

  describe('index, lenses, diagnostics and quick fixes (local tracker)', () => {
    it('indexes the fixture TODOs and answers todosFor from it (what the tree and markResolved use)', () => {
      const mine = services().todos.all()!.filter((t) => t.file === TS || t.file === PY);
      assert.deepEqual(
        mine.map((t) => [t.file, t.line, t.tag, t.ref?.number ?? null]),
        FIXTURE_TODOS,
      );
      assert.deepEqual(services().todos.todosFor(12).map((t) => [t.file, t.line]), [[TS, LINES.open12]]);
      assert.deepEqual(services().todos.todosFor(44), []);
    });

    it('shows the TODOs linked to #12 under the issue in the Issues by Role tree', async () => {
      const { provider } = api.issuesTree;
      const role = (await provider.getChildren()).find((n) => n.kind === 'role' && n.role.name === 'Programmer')!;
      const issue = (await provider.getChildren(role)).find((n) => n.kind === 'issue' && n.number === 12)!;
      const children = await provider.getChildren(issue);
      const labels = await Promise.all(children.map(async (c) => (await provider.getTreeItem(c)).label));
      assert.deepEqual(labels, ['TODO: persist the gift message with the cart once the cart API accepts it']);
    });

    it('puts a lens on every TODO: open, closed, missing and untracked', async () => {
      assert.deepEqual(await lensTitles(TS), [
        [LINES.open12, '#12 · Gift wrapping option at checkout · open · Designer, Programmer'],
        [LINES.open12, 'Open'],
        [LINES.closed19, '#19 is closed: remove this TODO or reopen'],
        [LINES.duplicate44, 'Track as issue'],
      ]);
      assert.deepEqual(await lensTitles(PY), [
        [LINES.missing999, '#999 not found'],
        [LINES.untrackedPy, 'Track as issue'],
      ]);
    });

    it('updates lenses from the unsaved text of a document', async () => {
      const doc = await vscode.workspace.openTextDocument(uri(TS));
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), '// FIXME(#15): countdown\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const titles = await lensTitles(TS);
      assert.deepEqual(titles[0], [0, '#15 · Express shipping cutoff countdown · open · Designer, Programmer']);
      assert.equal(titles.find((t) => t[1].startsWith('#12'))?.[0], LINES.open12 + 1);
      await waitFor(() => services().todos.todosFor(15).length === 1, 'the index to pick up the edit');
    });

    it('keeps an edited document\'s TODOs equal to a full parse of its text, edit by edit (only edited lines are lexed again)', async () => {
      const doc = await vscode.workspace.openTextDocument(uri(TS));
      const index = services().todos as TodoIndex;
      const full = () => parseTodos(doc.getText(), 'typescript', { tags: ['TODO', 'FIXME', 'BUG', 'HACK', 'XXX'] }).map((t) => toTodoItem(TS, t));
      assert.deepEqual(index.todosIn(doc), full());
      const pieces = ['/*', '*/', '`', '"', '\n', '// TODO(#12) again\n', '/* FIXME(#15) x */', 'x', '\\', '// ', "'"];
      let seed = 7;
      const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
      for (let i = 0; i < 60; i++) {
        const edit = new vscode.WorkspaceEdit();
        // One to three changes in one edit: VS Code reports them as one event with several content changes.
        const lines = [...new Set(Array.from({ length: 1 + next(3) }, () => next(doc.lineCount)))];
        for (const line of lines) {
          const at = new vscode.Position(line, next(doc.lineAt(line).text.length + 1));
          if (next(4) === 0 && at.character > 0) edit.delete(doc.uri, new vscode.Range(at.translate(0, -1), at));
          else edit.insert(doc.uri, at, pieces[next(pieces.length)]);
        }
        assert.ok(await vscode.workspace.applyEdit(edit));
        assert.deepEqual(index.todosIn(doc), full(), `after edit ${i}`);
      }
    });

    it('reports closed and missing references as warnings, untracked ones only when switched on', async () => {
      const shown = (file: string) => ours(file).map((d) => [d.range.start.line, d.severity, d.code]);
      const { Warning, Information } = vscode.DiagnosticSeverity;
      const expected = JSON.stringify([[[LINES.closed19, Warning, 'todo-closed-issue']], [[LINES.missing999, Warning, 'todo-missing-issue']]]);
      await waitFor(() => JSON.stringify([shown(TS), shown(PY)]) === expected, () => `diagnostics ${expected} (now ${JSON.stringify([shown(TS), shown(PY)])})`);
      assert.match(ours(TS)[0].message, /#19, which is closed/);

      const config = vscode.workspace.getConfiguration('releaseReadiness');
      await config.update('todo.untrackedSeverity', 'information', vscode.ConfigurationTarget.Workspace);
      await config.update('todo.closedIssueSeverity', 'off', vscode.ConfigurationTarget.Workspace);
      try {
        await waitFor(() => ours(PY).length === 2 && ours(TS).length === 1, 'the untracked TODO diagnostics');
        assert.deepEqual(shown(TS), [[LINES.duplicate44, Information, 'todo-untracked']]);
        assert.deepEqual(shown(PY), [
          [LINES.missing999, Warning, 'todo-missing-issue'],
          [LINES.untrackedPy, Information, 'todo-untracked'],
        ]);
      } finally {
        await config.update('todo.untrackedSeverity', undefined, vscode.ConfigurationTarget.Workspace);
        await config.update('todo.closedIssueSeverity', undefined, vscode.ConfigurationTarget.Workspace);
      }
      await waitFor(() => ours(PY).length === 1 && ours(TS).length === 1, 'the default diagnostics again');
      // Any releaseReadiness.* change makes the extension reload the release: wait until it is back.
      await waitForRelease(api, 'local', LOCAL_MILESTONE);
    });

    it('offers Reopen and Remove on a closed reference, and Remove deletes the comment line as one edit', async () => {
      const quickFixes = async (file: string, line: number) => {
        const all = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri(file), new vscode.Range(line, 5, line, 5), undefined, 10);
        return all.filter((a) => a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
      };
      await waitForRelease(api, 'local', LOCAL_MILESTONE);
      const closed = await quickFixes(TS, LINES.closed19);
      // The preferred fix comes first.
      assert.deepEqual(closed.map((a) => [a.title, Boolean(a.isPreferred)]), [['Remove TODO comment', true], ['Reopen #19', false]]);
      assert.deepEqual(closed[1].command?.arguments, [19]);
      const untracked = await quickFixes(PY, LINES.untrackedPy);
      assert.deepEqual(untracked.map((a) => a.title), ['Track as issue', 'Remove TODO comment']);

      const remove = closed[0];
      assert.ok(remove.edit, 'the resolved action carries its edit');
      const doc = await vscode.workspace.openTextDocument(uri(TS));
      const before = doc.getText().split('\n');
      assert.ok(await vscode.workspace.applyEdit(remove.edit));
      const after = doc.getText().split('\n');
      assert.deepEqual(after, [...before.slice(0, LINES.closed19), ...before.slice(LINES.closed19 + 1)]);
    });
  });

  describe('Track TODO as Issue (local tracker)', () => {
    after(restoreLocalData);

    it('creates exactly one issue in issues.json and rewrites the comment in the editor, not on disk', async () => {
      const onDisk = fs.readFileSync(uri(PY).fsPath, 'utf8');
      const issue = await vscode.commands.executeCommand<Issue>('releaseReadiness.trackTodo', { uri: uri(PY), line: LINES.untrackedPy, role: 'qa' });
      assert.equal(issue.number, 53);
      assert.equal(issue.title, 'flatten line breaks in gift messages before the ERP import');
      assert.deepEqual(issue.labels, ['role:qa']);
      assert.equal(issue.milestone, LOCAL_MILESTONE);
      assert.match(issue.body, /`src\/exportOrders\.py` line 7/);
      assert.match(issue.body, /```python\n/);
      assert.doesNotMatch(issue.body, /\/blob\//, 'no permalink without a verified commit');

      const stored = JSON.parse(fs.readFileSync(issuesFile, 'utf8')) as { issues: { number: number; title: string }[] };
      assert.equal(stored.issues.length, 53);
      assert.deepEqual(stored.issues.filter((i) => i.number > 52).map((i) => i.title), [issue.title]);
      assert.equal(services().store.issue(53)?.title, issue.title);

      const doc = await vscode.workspace.openTextDocument(uri(PY));
      assert.equal(doc.lineAt(LINES.untrackedPy).text, '    # FIXME(#53): flatten line breaks in gift messages before the ERP import');
      assert.equal(doc.isDirty, true);
      assert.equal(fs.readFileSync(uri(PY).fsPath, 'utf8'), onDisk);
      assert.deepEqual(await lensTitles(PY).then((t) => t.find((l) => l[0] === LINES.untrackedPy)), [LINES.untrackedPy, '#53 · flatten line breaks in gift messages before… · open · QA Engineer']);
    });

    it('refuses a TODO that an issue of the release already tracks', async () => {
      const before = fs.readFileSync(issuesFile, 'utf8');
      const result = await vscode.commands.executeCommand('releaseReadiness.trackTodo', { uri: uri(TS), line: LINES.open12 });
      assert.equal(result, undefined);
      assert.equal(fs.readFileSync(issuesFile, 'utf8'), before);
    });
  });

  describe('Track All Untracked TODOs (local tracker)', () => {
    after(restoreLocalData);

    it('skips the TODO that reads like open #44 and tracks the rest in one edit', async () => {
      const count = () => (JSON.parse(fs.readFileSync(issuesFile, 'utf8')) as { issues: unknown[] }).issues.length;
      const before = count();
      const result = await vscode.commands.executeCommand<TrackAllResult>('releaseReadiness.trackAllTodos', {
        items: [
          { uri: uri(TS), line: LINES.duplicate44 },
          { uri: uri(PY), line: LINES.untrackedPy },
          { uri: uri(PY).toString(), line: LINES.missing999 },
        ],
        role: 'code',
      });
      assert.deepEqual(result.duplicates, [{ file: TS, line: LINES.duplicate44, issueNumber: 44 }]);
      assert.deepEqual(result.created.map((i) => [i.number, i.labels]), [
        [53, ['role:code']],
        [54, ['role:code']],
      ]);
      assert.equal(count(), before + 2);
      const py = await vscode.workspace.openTextDocument(uri(PY));
      assert.match(py.lineAt(LINES.untrackedPy).text, /# FIXME\(#53\): flatten/);
      assert.match(py.lineAt(LINES.missing999).text, /# FIXME\(#54\): cap percentage/);
      const ts = await vscode.workspace.openTextDocument(uri(TS));
      assert.equal(ts.lineAt(LINES.duplicate44).text, '// TODO: Cache shipping rates for 5 minutes');
      assert.equal(ts.isDirty, false);
    });
  });

  describe('Track TODO as Issue (GitHub)', () => {
    let emulator: EmulatorControl;

    before(async () => {
      emulator = EmulatorControl.fromEnvironment();
      await emulator.seed(rrFixtureSeed());
      await emulator.clearFaults();
      await useTracker(api, 'github', GITHUB_MILESTONE);
    });

    after(async () => {
      await revertAll();
      await useTracker(api, 'local');
      await vscode.commands.executeCommand('releaseReadiness.selectMilestone', LOCAL_MILESTONE);
    });

    it('sends exactly one POST with the role label and the milestone, then rewrites the comment', async () => {
      await emulator.clearRequests();
      const issue = await vscode.commands.executeCommand<Issue>('releaseReadiness.trackTodo', { uri: uri(PY), line: LINES.untrackedPy, role: 'code' });
      const posts = (await emulator.requests()).filter((r) => r.method === 'POST');
      assert.deepEqual(posts.map((r) => r.path), [`${REPO_PATH}/issues`]);
      const body = posts[0].body as { title: string; labels: string[]; milestone: number; body: string };
      assert.equal(body.title, 'flatten line breaks in gift messages before the ERP import');
      assert.deepEqual(body.labels, ['role:code']);
      assert.equal(body.milestone, 2);
      assert.doesNotMatch(body.body, /\/blob\//);
      assert.equal(issue.number, 23);
      const doc = await vscode.workspace.openTextDocument(uri(PY));
      assert.equal(doc.lineAt(LINES.untrackedPy).text, '    # FIXME(#23): flatten line breaks in gift messages before the ERP import');
      assert.equal(services().store.issue(23)?.title, body.title);
    });

    it('creates the chosen TODOs one POST each, at least a second apart, and rewrites them together', async () => {
      await revertAll();
      await emulator.seed(rrFixtureSeed());
      await services().store.refresh();
      await emulator.clearRequests();
      const started = Date.now();
      const result = await vscode.commands.executeCommand<TrackAllResult>('releaseReadiness.trackAllTodos', {
        items: [
          { uri: uri(PY), line: LINES.missing999 },
          { uri: uri(PY), line: LINES.untrackedPy },
        ],
        role: null,
      });
      const elapsed = Date.now() - started;
      const posts = (await emulator.requests()).filter((r) => r.method === 'POST');
      assert.deepEqual(posts.map((r) => [r.path, (r.body as { labels: string[] }).labels]), [
        [`${REPO_PATH}/issues`, []],
        [`${REPO_PATH}/issues`, []],
      ]);
      assert.ok(elapsed >= 1000, `two creations took ${elapsed} ms`);
      assert.deepEqual(result.created.map((i) => i.number), [23, 24]);
      const doc = await vscode.workspace.openTextDocument(uri(PY));
      assert.match(doc.lineAt(LINES.missing999).text, /# FIXME\(#23\): cap/);
      assert.match(doc.lineAt(LINES.untrackedPy).text, /# FIXME\(#24\): flatten/);
    });
  });
});
