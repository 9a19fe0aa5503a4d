// The shapes the criteria engine (criteria.ts) and each criterion's check (criterionChecks.ts) share.
import type { Approval, CriterionId, ReleaseData, TeamConfig, TodoItem } from '../model';
import type { RepositoryId } from '../todo/todoTracking';

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

export interface Outcome {
  readonly passed: boolean;
  /** Not evaluable with the data at hand (no TODO index, no branch checks). */
  readonly skipped?: boolean;
  readonly reason: string;
  readonly items: CriterionItem[];
}
