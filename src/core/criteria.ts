// The release criteria engine: one GO / NO-GO verdict from the milestone's data, the TODO index, the checklist,
// the customer's approval and the branch checks.
import { CRITERION_CHECKS, type Outcome } from './criterionChecks';
import type { Approval, CriterionId, ReleaseData, TeamConfig, TodoItem } from './model';
import type { RepositoryId } from './todoTracking';

export { approvalFromIssues } from './approval';

export interface CriteriaInput {
  readonly data: ReleaseData;
  readonly config: TeamConfig;
  /** The workspace's TODOs; null when no TODO index is available (e.g. the CLI without a scan). */
  readonly todos: readonly TodoItem[] | null;
  readonly approval: Approval;
  readonly now: Date;
  /** The repository TODO references are checked against; when absent it is read from the issue URLs. */
  readonly repository?: RepositoryId | null;
}

export type CriterionItem =
  | { readonly kind: 'issue'; readonly number: number; readonly title: string; readonly url: string | null }
  /** `line` is 1-based, as `file:line` links show it (TodoItem positions are 0-based). `ref` is the reference as written. */
  | { readonly kind: 'todo'; readonly file: string; readonly line: number; readonly text: string; readonly ref: string | null }
  | { readonly kind: 'check'; readonly name: string; readonly url: string | null }
  | { readonly kind: 'checklist'; readonly text: string };

export interface CriterionResult {
  readonly id: CriterionId;
  readonly title: string;
  readonly passed: boolean;
  /** Disabled in the config, or not evaluable here; a skipped criterion never decides the verdict. */
  readonly skipped: boolean;
  readonly reason: string;
  readonly items: readonly CriterionItem[];
}

export type Verdict = 'GO' | 'NO-GO';

export interface CriteriaResult {
  readonly verdict: Verdict;
  /** Failing criteria first, then passed, then skipped; each group in the canonical order. */
  readonly criteria: readonly CriterionResult[];
}

export const CRITERION_TITLES: Readonly<Record<CriterionId, string>> = {
  allResolved: 'All issues resolved',
  noOpenBlockers: 'No open blockers',
  verified: 'Resolved issues verified',
  noTodoOnClosedOrMissing: 'No TODOs on closed or missing issues',
  noUntrackedTodo: 'No untracked TODOs',
  checklistComplete: 'Release checklist complete',
  customerApproval: 'Customer approval',
  checksGreen: 'Checks green on the default branch',
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
