// Why Ship Release refuses: the criteria that fail, one line each, as the notification and the CLI show them.
import type { CriterionResult, Verdict } from '../criteria/criteria';

/** Null on GO; otherwise "Not shipping: the verdict is NO-GO." and one line per failing criterion. */
export function shipRefusal(verdict: Verdict, criteria: readonly CriterionResult[]): string[] | null {
  if (verdict === 'GO') return null;
  const failing = criteria.filter((c) => !c.skipped && !c.passed);
  return ['Not shipping: the verdict is NO-GO.', ...failing.map((c) => `✗ ${c.title}: ${c.reason}`)];
}
