// One sample of the activation benchmark, inside the real extension host (launcher: test/harness/benchActivation.mjs).
// Both Release Readiness and the empty reference extension are activated by `workspaceContains:.release/issues.json`
// as the window opens; each reports performance.now() at the start of its activate() and how long activate() ran.
// The first tree page is timed from our activate() start to the moment the Issues by Role root and every role's
// first page can be answered with the loaded release (RR_BENCH_ISSUES issues from the local tracker).
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { IssuesTreeProvider } from '../../../src/tree/issuesTreeProvider';

const OURS = 'release-readiness.release-readiness';
const EMPTY = 'release-readiness.rr-bench-empty';
const READY_TIMEOUT_MS = 120_000;

interface Timings {
  readonly activateStart: number;
  readonly activateMs: number;
}

function page(provider: IssuesTreeProvider): number {
  let items = 0;
  for (const root of provider.getChildren()) {
    provider.getTreeItem(root);
    items++;
    if (root.kind === 'role') for (const child of provider.getChildren(root)) items += provider.getTreeItem(child) ? 1 : 0;
  }
  return items;
}

async function whenReady(api: ReleaseReadinessApi, issues: number): Promise<void> {
  const store = api.services.store;
  const ready = () => store.current.phase === 'ready' && store.current.data?.issues.length === issues;
  if (ready()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The store is not ready with ${issues} issues after ${READY_TIMEOUT_MS / 1000} s (phase ${store.current.phase})`)), READY_TIMEOUT_MS);
    const listener = store.onDidChange(() => {
      if (!ready()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
  });
}

export async function run(): Promise<void> {
  const reportFile = process.env.RR_BENCH_REPORT!;
  const issues = Number(process.env.RR_BENCH_ISSUES ?? 5000);
  try {
    const ours = vscode.extensions.getExtension<ReleaseReadinessApi>(OURS);
    const empty = vscode.extensions.getExtension<{ timings: Timings }>(EMPTY);
    if (!ours || !empty) throw new Error(`Missing in the extension host: ${[!ours && OURS, !empty && EMPTY].filter(Boolean).join(', ')}`);
    const api = await ours.activate();
    const reference = (await empty.activate()).timings;
    await whenReady(api, issues);
    const items = page(api.issuesTree.provider);
    const firstPageMs = performance.now() - api.timings.activateStart;
    fs.writeFileSync(reportFile, JSON.stringify({ activateMs: api.timings.activateMs, emptyActivateMs: reference.activateMs, firstPageMs, items }));
  } catch (error) {
    fs.writeFileSync(reportFile, JSON.stringify({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
    throw error;
  }
}
