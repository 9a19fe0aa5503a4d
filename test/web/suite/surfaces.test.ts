// The other surfaces in the web worker extension host, on the local tracker: the report panel, the Release
// Checklist view (ticking writes .release/issues.json through workspace.fs), the TODO scan through findFiles +
// workspace.fs with its code lenses and diagnostics, and the one Node-only command refusing in one line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import { differingIndexes, readChecklist } from '../../integration/checklistFixture';
import { FIXTURE_TODOS, LOCAL_CHECKLIST_GROUPS, LOCAL_MILESTONE as MILESTONE, TODO_LINES as LINES, TODO_PY as PY, TODO_TS as TS } from '../../integration/localFixture';
import { extensionApi, waitFor } from '../../integration/emulatorControl';
import { useTracker } from '../../integration/issuesTreeReader';
import { readText, workspaceUri, writeText } from '../workspaceFiles';

describe('surfaces — web host, local tracker', () => {
  let api: ReleaseReadinessApi;
  const run = <T>(command: string, ...args: unknown[]) => Promise.resolve(vscode.commands.executeCommand<T>(command, ...args));

  before(async () => {
    api = await extensionApi();
    await useTracker(api, 'local', MILESTONE);
  });

  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens one progress report panel, however often it is asked', async () => {
    const reportTabs = () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('releaseReadiness.report'));
    await run('releaseReadiness.openReport');
    await waitFor(() => reportTabs().length === 1, 'the report panel');
    await run('releaseReadiness.openReport');
    assert.equal(reportTabs().length, 1);
    assert.equal(reportTabs()[0].label.includes('Release'), true, reportTabs()[0].label);
  });

  describe('Release Checklist', () => {
    let file: vscode.Uri;
    let original: string;

    before(async () => {
      file = workspaceUri(api, '.release/issues.json');
      original = await readText(file);
    });

    after(async () => {
      if ((await readText(file)) !== original) {
        await writeText(file, original);
        await api.services.store.refresh();
      }
    });

    it('shows the items by role with done / total', async () => {
      const groups = await readChecklist(api.checklistView);
      assert.deepEqual(
        groups.map((g) => [g.label, g.description, g.items.length]),
        LOCAL_CHECKLIST_GROUPS,
      );
      assert.equal(api.checklistView.view.description, '4/15 done');
    });

    it('ticks one box in the file, changing one character, and unticks it again', async () => {
      const ticked = await run<{ checked: boolean; written: boolean }>('releaseReadiness.toggleChecklistItem', { text: 'Docs updated' });
      assert.deepEqual([ticked.checked, ticked.written], [true, true]);
      assert.equal(differingIndexes(original, await readText(file)).length, 1);
      await run('releaseReadiness.toggleChecklistItem', { text: 'Docs updated' });
      assert.equal(await readText(file), original);
    });
  });

  describe('TODOs', () => {
    const uri = (file: string) => workspaceUri(api, file);

    before(() => waitFor(() => api.services.todos.all()?.some((t) => t.file === PY), 'the workspace TODO scan'));

    it('finds the fixture TODOs with the workspace scan (findFiles + workspace.fs)', () => {
      const mine = api.services.todos.all()!.filter((t) => t.file === TS || t.file === PY);
      assert.deepEqual(
        mine.map((t) => [t.file, t.line, t.tag, t.ref?.number ?? null]),
        FIXTURE_TODOS,
      );
    });

    it('puts lenses on the TODOs of an open editor and follows its unsaved text', async () => {
      const doc = await vscode.workspace.openTextDocument(uri(TS));
      await vscode.window.showTextDocument(doc);
      const titles = async () =>
        (await run<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri(TS))).map((l): [number, string] => [l.range.start.line, l.command?.title ?? '']).sort((a, b) => a[0] - b[0]);
      assert.deepEqual(await titles(), [
        [LINES.open12, '#12 · Gift wrapping option at checkout · open · Designer, Programmer'],
        [LINES.open12, 'Open'],
        [LINES.closed19, '#19 is closed: remove this TODO or reopen'],
        [LINES.duplicate44, 'Track as issue'],
      ]);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), '// FIXME(#19): added in the editor\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      try {
        await waitFor(async () => (await titles()).some(([line, title]) => line === 0 && title.startsWith('#19 is closed')), 'a lens on the unsaved line');
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });

    it('reports the closed and the missing reference as warnings', async () => {
      const ours = (file: string) =>
        vscode.languages.getDiagnostics(uri(file)).filter((d) => d.source === 'Release Readiness').map((d) => [d.range.start.line, d.severity]);
      const expected = { [TS]: [[LINES.closed19, vscode.DiagnosticSeverity.Warning]], [PY]: [[LINES.missing999, vscode.DiagnosticSeverity.Warning]] };
      // The previous test reverted its edit: the diagnostics follow the file's text again.
      await waitFor(
        () => JSON.stringify({ [TS]: ours(TS), [PY]: ours(PY) }) === JSON.stringify(expected),
        () => `the diagnostics ${JSON.stringify(expected)} (now ${JSON.stringify({ [TS]: ours(TS), [PY]: ours(PY) })})`,
      );
    });
  });

  describe('what needs Node', () => {
    it('Ship Release says in one line why it cannot run here', async () => {
      await assert.rejects(run('releaseReadiness.shipRelease', { tag: 'v1.4.0' }), (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        assert.match(message, /git, which cannot run here/);
        assert.doesNotMatch(message, /\n|\bat .+:\d+/, 'one line, no stack');
        return true;
      });
    });

    it('hides Ship Release from the menus and the command palette in the web host', () => {
      const { menus } = vscode.extensions.getExtension('release-readiness.release-readiness')!.packageJSON.contributes;
      const shipEntries = Object.values(menus as Record<string, { command: string; when?: string }[]>).flat().filter((m) => m.command === 'releaseReadiness.shipRelease');
      assert.ok(shipEntries.length >= 2);
      for (const entry of shipEntries) assert.match(entry.when ?? '', /!releaseReadiness\.webHost/);
    });
  });
});
