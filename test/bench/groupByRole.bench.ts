// groupByRole (src/core/issueGroups.ts) in plain Node on 5,000 and 50,000 issues, next to Array.prototype.sort of
// the same issues by number: the reference says how fast this machine sorts, so the ratio travels between machines.
//   node esbuild.mjs --tests && node out/test/bench/groupByRole.bench.js
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { groupByRole } from '../../src/core/issueGroups';
import { interleaved, msMeasurement, type BenchRow } from './benchResult';
import { largeIssues } from './largeRelease';

/** Budgets: 5,000 issues must fit well inside the tree's 50 ms; 50,000 may take ten times that (linear). */
const CASES = [
  { issues: 5_000, runs: 60, budgetMs: 50 },
  { issues: 50_000, runs: 20, budgetMs: 500 },
] as const;

export async function run(log: (line: string) => void = (line) => console.log(line)): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const { issues: n, runs, budgetMs } of CASES) {
    const issues = largeIssues(n);
    // Keep results alive until after timing, so the optimizer cannot drop the work.
    let groups = 0;
    let sorted = 0;
    const result = await interleaved(
      runs,
      () => (groups += groupByRole(issues, DEFAULT_CONFIG).total),
      () => (sorted += [...issues].sort((a, b) => a.number - b.number).length),
    );
    if (groups !== sorted) throw new Error(`groupByRole counted ${groups} work items, the reference sorted ${sorted}`);
    const ours = msMeasurement(result.ours);
    const reference = msMeasurement(result.reference);
    log(`groupByRole ${n}: ${ours.text}; sort by number: ${reference.text}`);
    rows.push({
      id: `groupByRole.${n}`,
      name: `groupByRole, ${n.toLocaleString('en-US')} issues`,
      ours,
      reference: { ...reference, what: 'Array.prototype.sort of the same issues by number' },
      target: { kind: 'below', value: budgetMs, text: `p95 < ${budgetMs} ms` },
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
