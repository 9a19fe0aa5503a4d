// TODO-scan benchmark: our scanWorkspace against ripgrep on the same tree, the incremental parse of one
// 10,000-line file, and the longest event-loop block during a full scan.
//   node esbuild.mjs --tests && node out/test/bench/todoScan.bench.js [REAL_TREE]
// REAL_TREE (or $TODO_BENCH_TREE) defaults to the code-server install under .vscode-test/ when present; the third
// tree is this repository's node_modules/@azure (about 5,400 files of published SDK sources).
// ripgrep runs as `rg --no-config --no-ignore-parent -n -e 'TODO|FIXME|BUG|HACK|XXX' DIR`, without a shell, its
// output counted. `--no-ignore-parent` because our scan reads no .gitignore above its root either: without it, rg
// skips all of .vscode-test/ (this repository ignores it) and the comparison means nothing.
// "ours" is the best of 3 scans in this process (worker pool warm, as in the extension after its first scan);
// "cold" is a fresh `node` process doing one scan (Node start, worker start, JIT), like rg's own start.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DEFAULT_TODO_TAGS } from '../../src/core/todo/todoParser';
import { scanFile, scanWorkspace, type ScanOptions } from '../../src/scan/todoScanner';
import { fromRoot } from '../repoRoot';
import { ensureCorpus } from './benchCorpus';

const TAGS = DEFAULT_TODO_TAGS;
const ALTERNATION = TAGS.join('|');
const ROUNDS = 3;

export interface TreeResult {
  readonly name: string;
  readonly dir: string;
  readonly rgSeconds: number;
  readonly oursSeconds: number;
  readonly ratio: number;
  readonly coldSeconds: number;
  readonly rgLines: number;
  readonly todos: number;
  readonly filesRead: number;
  readonly megabytes: number;
}

export interface BenchReport {
  readonly trees: TreeResult[];
  readonly incremental: { readonly p50Ms: number; readonly p95Ms: number; readonly maxMs: number; readonly todos: number };
  readonly eventLoop: { readonly workersMaxMs: number; readonly mainThreadMaxMs: number };
}

/** Runs ripgrep without a shell; resolves with the seconds it took and the lines it printed. */
function runRipgrep(dir: string): Promise<{ seconds: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('rg', ['--no-config', '--no-ignore-parent', '-n', '-e', ALTERNATION, dir], { stdio: ['ignore', 'pipe', 'ignore'] });
    let lines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`rg exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, lines });
    });
  });
}

const scanOptions: ScanOptions = { tags: TAGS, exclude: [], maxFileSize: Number.MAX_SAFE_INTEGER, respectGitignore: true };

async function runOurs(dir: string, extra: Partial<ScanOptions> = {}): Promise<{ seconds: number; todos: number; files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const started = performance.now();
  const todos = await scanWorkspace(dir, {
    ...scanOptions,
    ...extra,
    onProgress: (p) => {
      files = p.filesRead;
      bytes = p.bytesRead;
    },
  });
  return { seconds: (performance.now() - started) / 1000, todos: todos.length, files, bytes };
}

/** One scan in a fresh Node process (this file with `--once DIR`): start-up included. */
function runColdProcess(dir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [__filename, '--once', dir], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`cold scan exited with ${code}`))));
  });
}

async function benchTree(name: string, dir: string, log: (line: string) => void): Promise<TreeResult> {
  log(`${name}: warm-up (${dir})`);
  await runRipgrep(dir);
  await runOurs(dir);
  let rgBest = Infinity;
  let oursBest = Infinity;
  let coldBest = Infinity;
  let rgLines = 0;
  let ours = { seconds: 0, todos: 0, files: 0, bytes: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const rg = await runRipgrep(dir);
    ours = await runOurs(dir);
    const cold = await runColdProcess(dir);
    rgBest = Math.min(rgBest, rg.seconds);
    oursBest = Math.min(oursBest, ours.seconds);
    coldBest = Math.min(coldBest, cold);
    rgLines = rg.lines;
    log(`${name}: round ${round + 1}: rg ${rg.seconds.toFixed(3)} s, ours ${ours.seconds.toFixed(3)} s, cold ${cold.toFixed(3)} s`);
  }
  return {
    name,
    dir,
    rgSeconds: rgBest,
    oursSeconds: oursBest,
    ratio: oursBest / rgBest,
    coldSeconds: coldBest,
    rgLines,
    todos: ours.todos,
    filesRead: ours.files,
    megabytes: ours.bytes / 1e6,
  };
}

/** A 10,000-line TypeScript file with TODOs spread through it, the last one near the end. */
function bigFile(): string {
  const lines: string[] = [];
  for (let i = 0; i < 10000; i++) {
    if (i % 200 === 7 || i === 9990) lines.push(`  // TODO(#${i}): revisit item ${i} when the cache is warm`);
    else if (i % 17 === 0) lines.push(`  /* a block comment about value ${i}, "quoted" */`);
    else if (i % 13 === 0) lines.push(`  const message${i} = "TODO: not a comment // really ${i}";`);
    else lines.push(`  const value${i} = compute(${i}, 'text ${i}', \`template ${i}\`) / ${i % 7 + 1};`);
  }
  return lines.join('\n');
}

function incremental(): BenchReport['incremental'] {
  const base = bigFile().split('\n');
  const samples: number[] = [];
  let todos = 0;
  for (let i = 0; i < 300; i++) {
    // A keystroke somewhere in the file: the text changes every time, as it does while typing.
    const line = (i * 7919) % base.length;
    base[line] = `${base[line]} x`;
    const text = base.join('\n');
    const started = performance.now();
    todos = scanFile('src/big.ts', text, { tags: TAGS }).length;
    if (i >= 20) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number): number => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { p50Ms: at(0.5), p95Ms: at(0.95), maxMs: samples[samples.length - 1], todos };
}

async function longestBlock(dir: string, extra: Partial<ScanOptions>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  await runOurs(dir, extra);
  histogram.disable();
  return histogram.max / 1e6;
}

function realTreeDir(): string | null {
  const given = process.argv[2] ?? process.env.TODO_BENCH_TREE;
  if (given) return path.resolve(given);
  const cache = fromRoot('.vscode-test');
  if (!fs.existsSync(cache)) return null;
  const install = fs.readdirSync(cache).find((name) => name.startsWith('code-server-'));
  return install === undefined ? null : path.join(cache, install);
}

export async function run(log: (line: string) => void = (line) => console.log(line)): Promise<BenchReport> {
  const corpus = ensureCorpus(fromRoot('.bench', 'corpus'), log);
  log(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(0)} MB at ${corpus.dir}`);
  const trees = [await benchTree('corpus', corpus.dir, log)];
  const real = realTreeDir();
  if (real !== null && fs.existsSync(real)) trees.push(await benchTree(path.basename(real), real, log));
  else log('real tree: none given and no .vscode-test/code-server-* (skipped)');
  // A third, real-world tree: the Azure SDK sources npm installs here (for @vscode/vsce), TypeScript and JavaScript
  // as published, not generated by us.
  const sdk = fromRoot('node_modules', '@azure');
  if (fs.existsSync(sdk)) trees.push(await benchTree('node_modules/@azure', sdk, log));
  const report: BenchReport = {
    trees,
    incremental: incremental(),
    eventLoop: {
      workersMaxMs: await longestBlock(corpus.dir, {}),
      mainThreadMaxMs: await longestBlock(corpus.dir, { workers: 0 }),
    },
  };
  print(report, log);
  return report;
}

function print(report: BenchReport, log: (line: string) => void): void {
  const pad = (s: string, n: number): string => s.padStart(n);
  log('');
  log(
    `${'tree'.padEnd(34)}${pad('files', 8)}${pad('MB', 6)}${pad('rg s', 8)}${pad('ours s', 8)}${pad('ratio', 7)}` +
      `${pad('cold s', 8)}${pad('ratio', 7)}${pad('rg lines', 10)}${pad('todos', 7)}`,
  );
  for (const t of report.trees) {
    log(
      `${t.name.slice(0, 33).padEnd(34)}${pad(String(t.filesRead), 8)}${pad(t.megabytes.toFixed(0), 6)}${pad(t.rgSeconds.toFixed(3), 8)}` +
        `${pad(t.oursSeconds.toFixed(3), 8)}${pad(`${t.ratio.toFixed(2)}x`, 7)}${pad(t.coldSeconds.toFixed(3), 8)}` +
        `${pad(`${(t.coldSeconds / t.rgSeconds).toFixed(2)}x`, 7)}${pad(String(t.rgLines), 10)}${pad(String(t.todos), 7)}`,
    );
  }
  const inc = report.incremental;
  log(`incremental scanFile, 10,000 lines (${inc.todos} TODOs): p50 ${inc.p50Ms.toFixed(2)} ms, p95 ${inc.p95Ms.toFixed(2)} ms, max ${inc.maxMs.toFixed(2)} ms`);
  log(`longest event-loop block during a corpus scan: ${report.eventLoop.workersMaxMs.toFixed(1)} ms (worker threads), ${report.eventLoop.mainThreadMaxMs.toFixed(1)} ms (main thread only)`);
}

if (require.main === module && process.argv[2] === '--once') {
  runOurs(process.argv[3]).then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
} else if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
