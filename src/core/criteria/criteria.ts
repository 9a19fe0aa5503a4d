// core/criteria/ owns the GO / NO-GO verdict: the engine below, one check per criterion (criterionChecks.ts), the
// customer approval it reads, and the verdict as terminal text.
//
// The release criteria engine: one GO / NO-GO verdict from the milestone's data, the TODO index, the checklist,
// the customer's approval and the branch checks.
import { CRITERION_CHECKS } from './criterionChecks';
import type { CriteriaInput, CriteriaResult, CriterionResult, Outcome, Verdict } from './criterionTypes';
import type { CriterionId } from '../model';

export type { CriteriaInput, CriteriaResult, CriterionItem, CriterionResult, Verdict } from './criterionTypes';

export { approvalFromIssues } from './approval';

export const CRITERION_TITLES: Readonly<Record<CriterionId, string>> = {
  allResolved: 'All issues resolved',
  noOpenBlockers: 'No open blockers',
  verified: 'Resolved issues verified',
  noTodoOnClosedOrMissing: 'No TODOs on closed or missing issues',
  noUntrackedTodo: 'No untracked TODOs',
  checklistComplete: 'Release checklist complete',
  customerApproval: 'Customer approval',
  checksGreen: 'Checks green on the default branch',
  noOpenPullRequests: 'No open pull requests in the milestone',
};

/** Canonical order, as the report lists the criteria. */
export const CRITERION_ORDER: readonly CriterionId[] = [
  'allResolved',
  'noOpenBlockers',
  'verified',
  'noTodoOnClosedOrMissing',
  'noUntrackedTodo',
  'checklistComplete',
  'customerApproval',
  'checksGreen',
  'noOpenPullRequests',
];

function rank(result: CriterionResult): number {
  if (result.skipped) return 2;
  return result.passed ? 1 : 0;
}

export function evaluateCriteria(input: CriteriaInput): CriteriaResult {
  const results = CRITERION_ORDER.map((id): CriterionResult => {
    const title = CRITERION_TITLES[id];
    if (!input.config.criteria[id]) {
      return { id, title, passed: false, skipped: true, reason: 'Disabled in the team config.', items: [] };
    }
    const outcome: Outcome = CRITERION_CHECKS[id](input);
    return { id, title, passed: outcome.skipped ? false : outcome.passed, skipped: outcome.skipped ?? false, reason: outcome.reason, items: outcome.items };
  });
  // Array.prototype.sort is stable, so each group keeps the canonical order.
  const criteria = [...results].sort((a, b) => rank(a) - rank(b));
  const verdict: Verdict = criteria.every((c) => c.skipped || c.passed) ? 'GO' : 'NO-GO';
  return { verdict, criteria };
}
