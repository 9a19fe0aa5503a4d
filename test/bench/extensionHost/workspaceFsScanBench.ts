// The browser host's TODO scan (findFiles + workspace.fs, parsed in slices; src/codelens/todoWorkspaceFsScan.ts),
// run here in the Node extension host on a generated tree of FILES source files (part of the tree benchmark's run):
//   wall           the whole scan, against the worker-thread disk scan of the same folder (the reference);
//   longest block  the longest the host's event loop went without running a 1 ms timer during the scan (the issue's
//                  budget: never more than 50 ms), against the same during the disk scan.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { scanWithWorkspaceFs } from '../../../src/codelens/todoWorkspaceFsScan';
import { nodePlatform } from '../../../src/platform/nodePlatform';
import type { TodoScanRequest } from '../../../src/release/hostPlatform';
import { msMeasurement, percentiles, type BenchRow } from '../benchResult';

const FILES = 1500;
const RUNS = 5;
const BLOCK_BUDGET_MS = 50;
const TREE = 'scan-tree';

function generateTree(root: string): void {
  for (let i = 0; i < FILES; i++) {
    const dir = path.join(root, TREE, `pkg${i % 30}`, `mod${i % 7}`);
    fs.mkdirSync(dir, { recursive: true });
    const lines: string[] = [];
    for (let l = 0; l < 200; l++) lines.push(l % 50 === 7 ? `  // TODO(#${1 + (i % 90)}): follow-up ${i}.${l}` : `  const value${l} = compute(${l}, "text ${i}");`);
    fs.writeFileSync(path.join(dir, `file${i}.ts`), `export function f${i}() {\n${lines.join('\n')}\n}\n`);
  }
  fs.writeFileSync(path.join(root, TREE, '.gitignore'), 'pkg29/\n');
}

/** Runs `work` with a 1 ms ticker; resolves with how long it took and the longest gap between two ticks. */
async function timedWithTicker(work: () => Promise<unknown>): Promise<{ wall: number; block: number }> {
  let last = performance.now();
  let block = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    block = Math.max(block, now - last);
    last = now;
  }, 1);
  const t0 = performance.now();
  try {
    await work();
  } finally {
    clearInterval(ticker);
  }
  const end = performance.now();
  return { wall: end - t0, block: Math.max(block, end - last) };
}

export async function workspaceFsScanRows(folder: vscode.WorkspaceFolder): Promise<BenchRow[]> {
  generateTree(folder.uri.fsPath);
  try {
    // Let the TODO index take in the new files before the clock starts.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const source = new vscode.CancellationTokenSource();
    const request: TodoScanRequest = { folder, tags: ['TODO', 'FIXME'], exclude: ['**/.git', '**/node_modules'], maxFileSize: 1024 * 1024, token: source.token, onProgress: () => undefined };
    const disk = nodePlatform().diskTodoScan!;
    const ours: { wall: number; block: number }[] = [];
    const reference: { wall: number; block: number }[] = [];
    let todos = 0;
    for (let i = 0; i < RUNS + 1; i++) {
      const a = await timedWithTicker(async () => (todos = (await scanWithWorkspaceFs(request)).length));
      const b = await timedWithTicker(() => disk(request));
      if (i > 0) {
        ours.push(a);
        reference.push(b);
      }
    }
    const what = `${FILES.toLocaleString('en-US')} files, ${todos.toLocaleString('en-US')} TODOs`;
    const wallRef = percentiles(reference.map((r) => r.wall));
    const blockRef = percentiles(reference.map((r) => r.block));
    return [
      {
        id: 'webScan.wall',
        name: `Browser-host TODO scan (findFiles + workspace.fs), whole scan (${what})`,
        ours: msMeasurement(percentiles(ours.map((r) => r.wall))),
        reference: { ...msMeasurement(wallRef), what: 'the worker-thread disk scan of the same folder' },
        target: { kind: 'none', value: 0, text: 'shown for comparison' },
      },
      {
        id: 'webScan.block',
        name: 'Browser-host TODO scan: longest event-loop block (1 ms timer gap)',
        ours: msMeasurement(percentiles(ours.map((r) => r.block))),
        reference: { ...msMeasurement(blockRef), what: 'the same gap during the worker-thread disk scan' },
        target: { kind: 'below', value: BLOCK_BUDGET_MS, text: `p95 < ${BLOCK_BUDGET_MS} ms` },
      },
    ];
  } finally {
    fs.rmSync(path.join(folder.uri.fsPath, TREE), { recursive: true, force: true });
  }
}
