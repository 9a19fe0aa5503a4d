// The Issues by Role tree benchmark, then the code-lens rows (lensBench.ts). Runs inside the real VS Code extension host, loaded through
// extensionTestsPath like the integration suite (launcher: test/harness/benchTree.mjs). The workspace holds a
// generated .release/issues.json of RR_BENCH_ISSUES issues; results go to the JSON file RR_BENCH_REPORT.
//
// One "page" is what the view asks for when it opens: root getChildren, every role's getChildren, and
// getTreeItem of every node returned (the first page of each role: PAGE_SIZE issues and "Show more").
// Reference, interleaved run by run: the same 5,000 issues JSON-cloned and sorted by number, a plain loop that
// says how fast this extension host is.
import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Issue } from '../../../src/core/model';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { IssuesTreeProvider } from '../../../src/tree/issuesTreeProvider';
import { interleaved, msMeasurement, type BenchRow, type Percentiles, type Reference } from '../benchResult';
import { lensRows } from './lensBench';
import { workspaceFsScanRows } from './workspaceFsScanBench';

const EXTENSION_ID = 'release-readiness.release-readiness';
const RUNS = 30;
const BUDGET_MS = 50;
const READY_TIMEOUT_MS = 120_000;

async function whenReady(api: ReleaseReadinessApi, issues: number): Promise<void> {
  const store = api.services.store;
  const ready = (): boolean => store.current.phase === 'ready' && store.current.data?.issues.length === issues;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!ready()) {
    if (Date.now() > deadline) {
      const { phase, error, data } = store.current;
      throw new Error(`The store is not ready with ${issues} issues after ${READY_TIMEOUT_MS / 1000} s: phase ${phase}, ${data?.issues.length ?? 0} issues, ${error?.message ?? 'no error'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Root, every role, getTreeItem of each node returned; the count of tree items keeps the work observable. */
function page(provider: IssuesTreeProvider): number {
  let items = 0;
  for (const root of provider.getChildren()) {
    provider.getTreeItem(root);
    items++;
    if (root.kind !== 'role') continue;
    for (const child of provider.getChildren(root)) {
      provider.getTreeItem(child);
      items++;
    }
  }
  return items;
}

/** With RR_BENCH_PROFILE=dir, the series also leaves a CPU profile there (open it in Chrome DevTools). */
async function profiled<T>(name: string, series: () => Promise<T>): Promise<T> {
  const dir = process.env.RR_BENCH_PROFILE;
  if (!dir) return series();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await series();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `tree-${name}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
}

function referenceLoop(issues: readonly Issue[]): number {
  const copy = JSON.parse(JSON.stringify(issues)) as Issue[];
  return copy.sort((a, b) => a.number - b.number).length;
}

export async function run(): Promise<void> {
  const reportFile = process.env.RR_BENCH_REPORT;
  const expected = Number(process.env.RR_BENCH_ISSUES ?? 5000);
  const log: string[] = [];
  const write = (result: object) => {
    if (reportFile) fs.writeFileSync(reportFile, JSON.stringify({ ...result, log }, null, 2));
    else console.log(JSON.stringify(result, null, 2));
  };
  try {
    const extension = vscode.extensions.getExtension<ReleaseReadinessApi>(EXTENSION_ID);
    if (!extension) throw new Error(`${EXTENSION_ID} is not loaded in the extension host`);
    // The window activated the extension before this module ran: how long the load took is the activation
    // benchmark's row (benchActivation.mjs), timed from activate()'s own start.
    const api = await extension.activate();
    await whenReady(api, expected);
    const provider = api.issuesTree.provider;
    const store = api.services.store;
    const issues = (): readonly Issue[] => store.current.data?.issues ?? [];

    const items = page(provider);
    log.push(`one page = ${items} tree items`);
    const withReference = (p: Percentiles): Reference => ({
      ...msMeasurement(p),
      what: `JSON clone + sort by number of the ${expected.toLocaleString('en-US')} issues`,
    });

    // Cold: what a store change does to the tree (refresh() drops the cached groups, the view's badge listener
    // recomputes them), then the page. Warm: the page again with nothing changed.
    const cold = await profiled('cold', () => interleaved(
      RUNS,
      () => {
        provider.refresh();
        return page(provider);
      },
      () => referenceLoop(issues()),
    ));
    const warm = await profiled('warm', () => interleaved(RUNS, () => page(provider), () => referenceLoop(issues())));
    // A real store change: every listener of the store runs (tree, report, status bar…) before the page.
    let flip = false;
    const first = issues()[0];
    const storeChange = await profiled('storeChange', () => interleaved(
      RUNS,
      () => {
        flip = !flip;
        store.upsertIssue({ ...first, title: flip ? `${first.title} ·` : first.title });
        return page(provider);
      },
      () => referenceLoop(issues()),
    ));
    const what = `${expected.toLocaleString('en-US')} issues, ${items} tree items`;
    const rows: BenchRow[] = [
      {
        id: 'tree.cold',
        name: `Issues by Role: cold page after refresh (${what})`,
        ours: msMeasurement(cold.ours),
        reference: withReference(cold.reference),
        target: { kind: 'below', value: BUDGET_MS, text: `p95 < ${BUDGET_MS} ms` },
      },
      {
        id: 'tree.warm',
        name: `Issues by Role: warm page (${what})`,
        ours: msMeasurement(warm.ours),
        reference: withReference(warm.reference),
        target: { kind: 'below', value: BUDGET_MS, text: `p95 < ${BUDGET_MS} ms` },
      },
      {
        id: 'tree.storeChange',
        name: 'Issues by Role: store change → page (every store listener runs)',
        ours: msMeasurement(storeChange.ours),
        reference: withReference(storeChange.reference),
        target: { kind: 'none', value: 0, text: 'shown for comparison' },
      },
    ];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) throw new Error('The benchmark runs without a workspace folder');
    rows.push(...(await profiled('lens', () => lensRows(api, folder))));
    rows.push(...(await profiled('webScan', () => workspaceFsScanRows(vscode.workspace.workspaceFolders![0]))));
    write({ rows });
  } catch (error) {
    write({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    throw error;
  }
}
