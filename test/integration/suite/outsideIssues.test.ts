// TODOs on issues the release milestone does not hold, inside a real VS Code against the GitHub API emulator: the
// lens and the diagnostic say the issue's real state (open in the next milestone, closed without milestone, not
// found), the CLI and the status bar's report agree on the verdict, and each refresh asks each outside number once,
// with 304s when nothing changed.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { RecordedRequest } from '../../emulator/types';
import { LOCAL_MILESTONE } from '../localFixture';
import { EXTENSION_ID, EmulatorControl, extensionApi, waitFor } from '../emulatorControl';
import { useTracker } from '../issuesTreeReader';
import { MILESTONE, OWNER, REPO, REPO_PATH, rrFixtureSeed } from '../rrFixtureSeed';

const FILE = 'src/outsideRefs.ts';
/** The three cases, each on its own line: open in the next milestone, closed without milestone, missing. */
const CASES = { next: 30, closed: 31, missing: 998 } as const;

function seed() {
  const base = rrFixtureSeed();
  const repo = base.repos[0];
  return {
    ...base,
    repos: [
      {
        ...repo,
        milestones: [...(repo.milestones ?? []), { number: 3, title: 'v2.1', description: 'Next', due_on: '2027-03-01T08:00:00Z', state: 'open' as const }],
        issues: [
          ...(repo.issues ?? []),
          { number: CASES.next, title: 'Plugin marketplace', body: '', state: 'open' as const, labels: ['role:code'], milestone: 'v2.1' },
          { number: CASES.closed, title: 'Crash in the old importer', body: '', state: 'closed' as const, state_reason: 'completed' as const, labels: [], milestone: null },
        ],
      },
    ],
  };
}

interface CliReport {
  verdict: string;
  criteria: { id: string; passed: boolean; items: { kind: string; file?: string; line?: number; ref?: string | null }[] }[];
}

describe('TODOs on issues outside the milestone (GitHub emulator)', function () {
  this.timeout(120_000);
  let api: ReleaseReadinessApi;
  let emulator: EmulatorControl;
  const services = () => api.services;
  const folder = () => services().folder()!.uri;
  const uri = () => vscode.Uri.joinPath(folder(), ...FILE.split('/'));

  /** Writes the file through its document (edit + save), so the editor's text and the disk the CLI reads agree. */
  async function writeTodos(lines: string[]): Promise<void> {
    const text = `${lines.join('\n')}\nexport const outside = 1;\n`;
    if (!fs.existsSync(uri().fsPath)) fs.writeFileSync(uri().fsPath, '');
    const doc = await vscode.workspace.openTextDocument(uri());
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await doc.save());
    assert.equal(fs.readFileSync(uri().fsPath, 'utf8'), text);
    await waitFor(() => {
      const mine = services().todos.all()?.filter((t) => t.file === FILE) ?? [];
      return mine.length === lines.length && lines.every((line, i) => mine[i]?.ref?.raw === /#\d+/.exec(line)?.[0]);
    }, `the index to hold ${FILE}`);
  }

  async function lensTitles(): Promise<[number, string][]> {
    await vscode.workspace.openTextDocument(uri());
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri());
    return lenses.map((l): [number, string] => [l.range.start.line, l.command?.title ?? '']).sort((a, b) => a[0] - b[0]);
  }

  const diagnostics = () =>
    vscode.languages.getDiagnostics(uri()).filter((d) => d.source === 'Release Readiness').map((d) => [d.range.start.line, d.severity, d.code, d.message]);

  /** The built CLI on the same workspace and the same emulator, as CI would run it. */
  function runCli(): Promise<{ code: number; report: CliReport | null; stderr: string }> {
    const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
    const args = [cli, 'check', '--tracker', 'github', '--repo', `${OWNER}/${REPO}`, '--milestone', MILESTONE, '--dir', folder().fsPath, '--format', 'json'];
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_API_URL: emulator.url, GH_TOKEN: 'rr-test-token', ELECTRON_RUN_AS_NODE: '1' };
    return new Promise((resolve) => {
      execFile(process.execPath, args, { env, timeout: 60_000 }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, report: code === 2 ? null : (JSON.parse(stdout) as CliReport), stderr });
      });
    });
  }

  /** What the status bar shows: the verdict and the TODO criterion of the extension's report. */
  function editorVerdict() {
    const report = services().report()!;
    const criterion = report.criteria.find((c) => c.id === 'noTodoOnClosedOrMissing')!;
    return { verdict: report.verdict, passed: criterion.passed, items: criterion.items };
  }

  const lookups = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.method === 'GET' && new RegExp(`^${REPO_PATH}/issues/\\d+$`).test(r.path));

  before(async () => {
    api = await extensionApi();
    emulator = EmulatorControl.fromEnvironment();
    await emulator.seed(seed());
    await emulator.clearFaults();
    await useTracker(api, 'github', MILESTONE);
  });

  after(async () => {
    fs.rmSync(uri().fsPath, { force: true });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await useTracker(api, 'local');
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', LOCAL_MILESTONE);
  });

  it('shows the real state in lenses and diagnostics: open in v2.1, closed without milestone, not found', async () => {
    await writeTodos([
      `// TODO(#${CASES.next}): list plugins from the marketplace once it ships`,
      `// TODO(#${CASES.closed}): drop the workaround for the old importer crash`,
      `// TODO(#${CASES.missing}): cap the retries`,
    ]);
    const expected: [number, string][] = [
      [0, `#${CASES.next} · Plugin marketplace · open · v2.1`],
      [1, `#${CASES.closed} is closed: remove this TODO or reopen`],
      [2, `#${CASES.missing} not found`],
    ];
    let shown: [number, string][] = [];
    await waitFor(async () => JSON.stringify((shown = await lensTitles())) === JSON.stringify(expected), () => `lenses ${JSON.stringify(expected)}, now ${JSON.stringify(shown)}`);
    const { Warning } = vscode.DiagnosticSeverity;
    await waitFor(() => diagnostics().length === 2, () => `two diagnostics, now ${JSON.stringify(diagnostics())}`);
    assert.deepEqual(diagnostics(), [
      [1, Warning, 'todo-closed-issue', `TODO references #${CASES.closed}, which is closed (Crash in the old importer): remove the TODO or reopen the issue`],
      [2, Warning, 'todo-missing-issue', `TODO references #${CASES.missing}, which ${services().store.current.tracker!.label} does not have (not found)`],
    ]);
    // The planned one: no warning by default; a hint when the team asks for it.
    const config = vscode.workspace.getConfiguration('releaseReadiness');
    await config.update('todo.otherMilestoneSeverity', 'hint', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => diagnostics().some((d) => d[0] === 0), 'the planned-for hint');
      assert.deepEqual(diagnostics().find((d) => d[0] === 0), [0, vscode.DiagnosticSeverity.Hint, 'todo-other-milestone', `TODO references #${CASES.next}, planned for v2.1`]);
    } finally {
      await config.update('todo.otherMilestoneSeverity', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => diagnostics().length === 2, 'the hint to go again');
  });

  for (const [name, number, blocks] of [
    ['open in the next milestone', CASES.next, false],
    ['closed without milestone', CASES.closed, true],
    ['missing', CASES.missing, true],
  ] as const) {
    it(`the CLI and the status bar agree on the verdict for a TODO on an issue ${name}`, async () => {
      await writeTodos([`// TODO(#${number}): the one reference of this file`]);
      // The report follows the index's change event: wait until it counts this file's one TODO as expected.
      await waitFor(() => {
        const mine = editorVerdict().items.filter((i) => i.kind === 'todo' && i.file === FILE);
        return JSON.stringify(mine.map((i) => i.kind === 'todo' && i.ref)) === JSON.stringify(blocks ? [`#${number}`] : []);
      }, () => `the report to count #${number} ${blocks ? 'as blocking' : 'as not blocking'} (now ${JSON.stringify(editorVerdict().items)})`);
      const editor = editorVerdict();
      const cli = await runCli();
      assert.notEqual(cli.code, 2, cli.stderr);
      const cliCriterion = cli.report!.criteria.find((c) => c.id === 'noTodoOnClosedOrMissing')!;
      assert.equal(cli.report!.verdict, editor.verdict);
      assert.equal(cli.code, editor.verdict === 'GO' ? 0 : 1);
      assert.equal(cliCriterion.passed, editor.passed);
      assert.deepEqual(cliCriterion.items, editor.items);
      assert.equal(cliCriterion.items.some((i) => i.file === FILE), blocks, `the CLI counts #${number} ${blocks ? '' : 'not '}as blocking`);
    });
  }

  it('when a look-up fails, keeps the last known state, marked, and never says "not found" for it', async () => {
    await writeTodos([`// TODO(#${CASES.closed}): b`, `// TODO(#${CASES.next}): a`]);
    let shown: [number, string][] = [];
    const lensesAre = (expected: [number, string][]) =>
      waitFor(async () => JSON.stringify((shown = await lensTitles())) === JSON.stringify(expected), () => `lenses ${JSON.stringify(expected)}, now ${JSON.stringify(shown)}`);
    await lensesAre([
      [0, `#${CASES.closed} is closed: remove this TODO or reopen`],
      [1, `#${CASES.next} · Plugin marketplace · open · v2.1`],
    ]);
    // The milestone still loads; only the two single-issue reads lose their connection (retries included).
    await emulator.injectFault([CASES.closed, CASES.next].map((n) => ({ kind: 'drop' as const, count: 50, match: `GET ${REPO_PATH}/issues/${n}` })));
    try {
      await services().store.refresh();
      await lensesAre([
        [0, `#${CASES.closed} is closed: remove this TODO or reopen · last known`],
        [1, `#${CASES.next} · Plugin marketplace · open · v2.1 · last known`],
      ]);
      const marked = new RegExp(`#${CASES.closed}, which is closed .*\\(last known state: Cannot reach`);
      await waitFor(() => diagnostics().length === 1 && marked.test(String(diagnostics()[0][3])), () => `one diagnostic marked as last known, now ${JSON.stringify(diagnostics())}`);
      assert.equal(editorVerdict().items.filter((i) => i.kind === 'todo' && i.file === FILE).length, 1, 'still counted as closed, the open one still not');
    } finally {
      await emulator.clearFaults();
    }
    await services().store.refresh();
    await lensesAre([
      [0, `#${CASES.closed} is closed: remove this TODO or reopen`],
      [1, `#${CASES.next} · Plugin marketplace · open · v2.1`],
    ]);
  });

  it('asks once per distinct outside number per refresh, and an unchanged refresh gets 304s', async () => {
    await writeTodos([`// TODO(#${CASES.next}): a`, `// TODO(#${CASES.closed}): b`, `// TODO(#${CASES.next}): c, the same issue again`, `// TODO(#${CASES.missing}): d`]);
    await waitFor(() => [CASES.next, CASES.closed, CASES.missing].every((n) => services().store.current.data?.outside?.some((o) => o.number === n)), 'the three look-ups');
    const inMilestone = new Set(services().store.current.data!.issues.map((i) => i.number));
    const outsideNumbers = [...new Set(services().todos.all()!.flatMap((t) => (t.ref && t.ref.owner === undefined && !inMilestone.has(t.ref.number) ? [t.ref.number] : [])))].sort((a, b) => a - b);
    assert.ok(outsideNumbers.includes(CASES.next) && outsideNumbers.includes(CASES.closed) && outsideNumbers.includes(CASES.missing), String(outsideNumbers));

    for (const round of ['first', 'unchanged']) {
      await emulator.clearRequests();
      await services().store.refresh();
      const asked = lookups(await emulator.requests());
      const numbers = asked.map((r) => Number(r.path.split('/').pop())).sort((a, b) => a - b);
      assert.deepEqual(numbers, outsideNumbers, `${round} refresh: one request per distinct outside number`);
      if (round === 'unchanged') {
        const status = (n: number) => asked.find((r) => r.path.endsWith(`/issues/${n}`))?.status;
        assert.equal(status(CASES.next), 304);
        assert.equal(status(CASES.closed), 304);
        assert.equal(status(CASES.missing), 404, 'GitHub sends no ETag with a 404: asked again, still once');
        assert.ok(asked.filter((r) => r.status === 200).length === 0, 'nothing that exists was sent again');
      }
    }
  });
});
