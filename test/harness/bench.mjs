// `npm run bench`: builds, runs every benchmark with its reference in the same invocation, prints one table and
// writes test-results/bench.json and test-results/bench.md (the Markdown table for the README).
//   npm run bench                         everything (about 10 minutes on 2 cores)
//   npm run bench -- --only tree,github   a subset: todo, activation, tree, report, github, groups, scale
//   npm run bench -- --no-build           reuse dist/ and out/
//   RR_BENCH_PROFILE=/tmp/prof npm run bench -- --only tree
//                                         also writes CPU profiles of the tree series (open in Chrome DevTools)
// Exit code 1 when a row fails its target, errors, or is missing. Timings are never asserted in tests.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CODE_SERVER_VERSION, NODE_VERSION, repoRoot } from './codeServer.mjs';
import { consoleTable, judge, machine, markdown, ratioOf } from './benchTable.mjs';
import { runActivationBench } from './benchActivation.mjs';
import { runReportBench } from './benchReport.mjs';
import { runTreeBench } from './benchTree.mjs';
import { todoScanRows } from './todoScanRows.mjs';

const outDir = path.join(repoRoot, 'out', 'test', 'bench');

/** Runs a compiled benchmark module in its own Node process; resolves with its run() result or a reason. */
function runModule(file, env = {}) {
  const modulePath = path.join(outDir, file);
  if (!fs.existsSync(modulePath)) return Promise.resolve({ missing: `${path.relative(repoRoot, modulePath)} does not exist` });
  const resultPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-')), 'result.json');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--enable-source-maps', path.join(repoRoot, 'test', 'harness', 'benchChild.mjs')], {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...env, RR_BENCH_MODULE: modulePath, RR_BENCH_RESULT: resultPath },
    });
    child.on('exit', (code) => {
      if (code === 3) resolve({ missing: `${file} has no run() export` });
      else if (code !== 0) resolve({ error: `${file} exited with code ${code} (its output is above)` });
      else resolve({ result: JSON.parse(fs.readFileSync(resultPath, 'utf8')) });
      fs.rmSync(path.dirname(resultPath), { recursive: true, force: true });
    });
  });
}

function rowsOf(outcome, toRows = (r) => r) {
  if (outcome.missing || outcome.error) throw Object.assign(new Error(outcome.missing ?? outcome.error), { missing: Boolean(outcome.missing) });
  return toRows(outcome.result);
}

/** The real code-server install the TODO scan reads as its second tree (about 600 MB of node_modules). */
function codeServerModules() {
  return path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`, 'server', 'node_modules');
}

const BENCHMARKS = [
  {
    key: 'todo',
    title: 'TODO scan (generated corpus and the code-server install, against ripgrep)',
    async run() {
      const env = fs.existsSync(codeServerModules()) && !process.env.TODO_BENCH_TREE ? { TODO_BENCH_TREE: codeServerModules() } : {};
      return rowsOf(await runModule('todoScan.bench.js', env), todoScanRows);
    },
  },
  { key: 'activation', title: 'Activation in the VS Code extension host (a fresh window per sample)', run: () => runActivationBench({ issues: 5000, log: (l) => console.log(`  ${l}`) }) },
  { key: 'tree', title: 'Issues by Role tree and code lenses in the VS Code extension host', run: () => runTreeBench({ issues: 5000, log: (l) => console.log(`  ${l}`) }) },
  { key: 'report', title: 'Report panel first paint in Chromium (code-server)', run: () => runReportBench({ issues: 5000, log: (l) => console.log(`  ${l}`) }) },
  { key: 'github', title: 'GitHub tracker against the API emulator', run: async () => rowsOf(await runModule('githubLoad.bench.js')) },
  { key: 'groups', title: 'groupByRole in plain Node', run: async () => rowsOf(await runModule('groupByRole.bench.js')) },
  { key: 'scale', title: 'Scale: the report model and the CLI on 5,000 and 50,000 issues (plain Node)', run: async () => rowsOf(await runModule('scale.bench.js')) },
];

function parseArgs(argv) {
  const only = [];
  let build = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') build = false;
    else if (arg === '--only') only.push(...(argv[++i] ?? '').split(','));
    else if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(','));
    else throw new Error(`Unknown argument ${arg}. Usage: npm run bench [-- --only ${BENCHMARKS.map((b) => b.key).join(',')}] [--no-build]`);
  }
  const keys = only.map((k) => k.trim()).filter(Boolean);
  const unknown = keys.filter((k) => !BENCHMARKS.some((b) => b.key === k));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(', ')}; choose from ${BENCHMARKS.map((b) => b.key).join(', ')}`);
  return { only: keys.length > 0 ? keys : null, build };
}

function build() {
  for (const args of [['esbuild.mjs'], ['esbuild.mjs', '--tests']]) {
    console.log(`▸ node ${args.join(' ')}`);
    const result = spawnSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed`);
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const host = machine();
  const date = new Date().toISOString();
  if (options.build) build();
  const rows = [];
  const timings = {};
  for (const benchmark of BENCHMARKS.filter((b) => !options.only || options.only.includes(b.key))) {
    console.log(`\n▸ ${benchmark.title}`);
    const t0 = performance.now();
    try {
      rows.push(...(await benchmark.run()));
    } catch (error) {
      const status = error.missing ? 'missing' : 'error';
      console.error(`  ${status}: ${error.message}`);
      rows.push({ id: `${benchmark.key}.${status}`, name: benchmark.title, ours: null, reference: null, target: { kind: 'none', value: 0, text: '—' }, status, message: `${status}: ${error.message}` });
    }
    timings[benchmark.key] = Math.round((performance.now() - t0) / 1000);
    console.log(`  (${timings[benchmark.key]} s)`);
  }
  const loadAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
  const judged = rows.map((row) => ({ ...row, ratio: ratioOf(row), result: judge(row) }));
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${consoleTable(judged)}\n`);

  const resultsDir = path.join(repoRoot, 'test-results');
  fs.mkdirSync(resultsDir, { recursive: true });
  const command = `npm run bench${options.only ? ` -- --only ${options.only.join(',')}` : ''}`;
  const extensionHost = { codeServer: CODE_SERVER_VERSION, node: NODE_VERSION };
  fs.writeFileSync(path.join(resultsDir, 'bench.json'), `${JSON.stringify({ date, command, machine: host, loadAtEnd, extensionHost, seconds: Math.round(seconds), timings, rows: judged }, null, 2)}\n`);
  fs.writeFileSync(path.join(resultsDir, 'bench.md'), markdown({ rows: judged, machine: host, date, command, only: options.only, extensionHost, seconds, loadAtEnd, profiling: Boolean(process.env.RR_BENCH_PROFILE) }));
  console.log(`Wrote test-results/bench.json and test-results/bench.md (${Math.round(seconds)} s in all).`);
  const bad = judged.filter((r) => ['fail', 'error', 'missing'].includes(r.result));
  if (bad.length > 0) {
    console.error(`${bad.length} row(s) did not pass: ${bad.map((r) => `${r.id} (${r.result})`).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
