// Scale, in plain Node: the report model (buildReport, what the panel, the status bar, chat and the CLI read) and the
// CLI's `check` on one milestone of 5,000 and of 50,000 issues, and how each grows between the two (10x the issues:
// linear growth is 10x the time). References, interleaved run by run: Array.prototype.sort of the same issues by
// number (report), and `node -e` reading and JSON.parse-ing the same issues.json (CLI: Node's start included).
//   node esbuild.mjs && node esbuild.mjs --tests && node out/test/bench/scale.bench.js
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { approvalFromIssues } from '../../src/core/criteria/criteria';
import { buildReport } from '../../src/core/report/report';
import { fromRoot } from '../repoRoot';
import { interleaved, msMeasurement, type BenchRow, type Percentiles } from './benchResult';
import { BENCH_MILESTONE, largeIssues, largeIssuesFile } from './largeRelease';

/** Budgets: 5,000 issues well inside a frame budget for the report, 50,000 ten times that (linear). */
const CASES = [
  { issues: 5_000, reportRuns: 30, cliRuns: 6, reportBudgetMs: 50, cliBudgetMs: 1_000 },
  { issues: 50_000, reportRuns: 10, cliRuns: 4, reportBudgetMs: 500, cliBudgetMs: 5_000 },
] as const;
/** Ten times the issues may cost the CLI at most twelve times the time (linear, with room for noise). */
const GROWTH_LIMIT = 12;

function report(n: number): () => number {
  const issues = largeIssues(n);
  const milestone = { number: 2, title: BENCH_MILESTONE, description: '', dueOn: '2026-12-01T00:00:00Z', state: 'open' as const, openIssues: 0, closedIssues: 0, url: null };
  const data = { milestone, issues, checklist: null, checks: null, fetchedAt: '2026-11-30T09:00:00Z' };
  const now = new Date('2026-11-30T10:00:00Z');
  return () => buildReport({ data, config: DEFAULT_CONFIG, todos: [], approval: approvalFromIssues(issues, DEFAULT_CONFIG), now }).roles.length;
}

function runProcess(command: string, args: readonly string[], expectStatus: number): void {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== expectStatus) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
}

export async function run(log: (line: string) => void = (line) => console.log(line)): Promise<BenchRow[]> {
  const cli = fromRoot('dist', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('Build the CLI first: node esbuild.mjs');
  const rows: BenchRow[] = [];
  const p50s: { report: number; reportReference: number; cli: number; cliReference: number }[] = [];
  for (const c of CASES) {
    const reportOf = report(c.issues);
    const sortable = largeIssues(c.issues);
    const reportTimes = await interleaved(c.reportRuns, reportOf, () => [...sortable].sort((a, b) => a.number - b.number).length);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-scale-'));
    try {
      fs.mkdirSync(path.join(dir, '.release'));
      const file = path.join(dir, '.release', 'issues.json');
      fs.writeFileSync(file, largeIssuesFile(c.issues));
      // The generated milestone is NO-GO (open blockers): exit code 1.
      const cliRun = await interleaved(
        c.cliRuns,
        () => runProcess(process.execPath, [cli, 'check', '--tracker', 'local', '--dir', dir, '--milestone', BENCH_MILESTONE, '--format', 'json'], 1),
        () => runProcess(process.execPath, ['-e', `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`], 0),
        1,
      );
      const cliTimes: Percentiles = cliRun.ours;
      const cliReference: Percentiles = cliRun.reference;
      const what = `${c.issues.toLocaleString('en-US')} issues in one milestone`;
      log(`scale ${c.issues}: report ${msMeasurement(reportTimes.ours).text}; CLI check ${msMeasurement(cliTimes).text}`);
      p50s.push({ report: reportTimes.ours.p50, reportReference: reportTimes.reference.p50, cli: cliTimes.p50, cliReference: cliReference.p50 });
      rows.push(
        {
          id: `scale.report.${c.issues}`,
          name: `Scale: report model, buildReport (${what})`,
          ours: msMeasurement(reportTimes.ours),
          reference: { ...msMeasurement(reportTimes.reference), what: 'Array.prototype.sort of the same issues by number' },
          target: { kind: 'below', value: c.reportBudgetMs, text: `p95 < ${c.reportBudgetMs} ms` },
        },
        {
          id: `scale.cli.${c.issues}`,
          name: `Scale: release-readiness check --tracker local (${what})`,
          ours: msMeasurement(cliTimes),
          reference: { ...msMeasurement(cliReference), what: 'node -e reading and JSON.parse-ing the same issues.json' },
          target: { kind: 'below', value: c.cliBudgetMs, text: `p95 < ${c.cliBudgetMs.toLocaleString('en-US')} ms` },
        },
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const [small, large] = p50s;
  // Growth is judged against the growth of the reference measured in the same run: on this machine even a plain sort
  // of the issues grows about 20x from 5,000 to 50,000 (caches, garbage collection), so a raw 10x line would measure
  // the machine. The report may grow at most 1.2x as fast as that sort (which is n log n); the CLI, whose Node start
  // is a constant, must stay under linear (10x) with room for noise.
  for (const [key, label, referenceLabel] of [
    ['report', 'report model', 'Array.prototype.sort of the same issues'],
    ['cli', 'CLI check', 'node -e parsing the same issues.json'],
  ] as const) {
    const growth = large[key] / small[key];
    const referenceGrowth = large[`${key}Reference`] / small[`${key}Reference`];
    rows.push({
      id: `scale.growth.${key}`,
      name: `Scale: growth of the ${label} from 5,000 to 50,000 issues (p50 / p50)`,
      ours: { value: growth, unit: '×', text: `${growth.toFixed(1)}×` },
      reference: { value: referenceGrowth, unit: '×', text: `${referenceGrowth.toFixed(1)}×`, what: `the growth of ${referenceLabel}, same run` },
      target:
        key === 'report'
          ? { kind: 'ratioBelow', value: 1.2, text: "< 1.2× the reference's growth" }
          : { kind: 'below', value: GROWTH_LIMIT, text: `< ${GROWTH_LIMIT}× (linear is 10×)` },
    });
  }
  return rows;
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
