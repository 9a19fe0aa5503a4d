// Combines the two ways CI reports on a commit — commit statuses and check runs — into one BranchChecks.
// The combined-status endpoint says `pending` when there are no statuses at all, so its own `state` is ignored
// and the verdict is computed from the individual entries.
// https://docs.github.com/en/rest/commits/statuses#get-the-combined-status-for-a-specific-reference
// https://docs.github.com/en/rest/checks/runs#list-check-runs-for-a-git-reference
import type { BranchChecks } from '../../core/model';

const FAILING_STATUS = new Set(['failure', 'error']);
const FAILING_CONCLUSION = new Set(['failure', 'timed_out', 'cancelled', 'action_required', 'startup_failure']);

interface Verdict {
  readonly name: string;
  readonly url: string | null;
  readonly outcome: 'success' | 'failure' | 'pending';
}

/** `combinedStatus` is the GET …/commits/{ref}/status body; `checkRuns` the runs of GET …/commits/{ref}/check-runs. */
export function combineChecks(branch: string, combinedStatus: unknown, checkRuns: readonly unknown[]): BranchChecks {
  const statuses = isObject(combinedStatus) && Array.isArray(combinedStatus.statuses) ? combinedStatus.statuses : [];
  const verdicts = [...statuses.map(statusVerdict), ...checkRuns.map(checkRunVerdict)].filter((v): v is Verdict => v !== undefined);
  const failing = verdicts.filter((v) => v.outcome === 'failure').map(({ name, url }) => ({ name, url }));
  const state: BranchChecks['state'] =
    verdicts.length === 0 ? 'none' : failing.length > 0 ? 'failure' : verdicts.some((v) => v.outcome === 'pending') ? 'pending' : 'success';
  return { branch, sha: shaOf(combinedStatus, checkRuns), state, failing };
}

function statusVerdict(raw: unknown): Verdict | undefined {
  if (!isObject(raw) || typeof raw.state !== 'string') return undefined;
  return {
    name: typeof raw.context === 'string' ? raw.context : 'status',
    url: typeof raw.target_url === 'string' ? raw.target_url : null,
    outcome: FAILING_STATUS.has(raw.state) ? 'failure' : raw.state === 'success' ? 'success' : 'pending',
  };
}

function checkRunVerdict(raw: unknown): Verdict | undefined {
  if (!isObject(raw)) return undefined;
  const conclusion = typeof raw.conclusion === 'string' ? raw.conclusion : null;
  const outcome = raw.status !== 'completed' || conclusion === null ? 'pending' : FAILING_CONCLUSION.has(conclusion) ? 'failure' : 'success';
  const url = typeof raw.html_url === 'string' ? raw.html_url : typeof raw.details_url === 'string' ? raw.details_url : null;
  return { name: typeof raw.name === 'string' ? raw.name : 'check', url, outcome };
}

function shaOf(combinedStatus: unknown, checkRuns: readonly unknown[]): string {
  if (isObject(combinedStatus) && typeof combinedStatus.sha === 'string') return combinedStatus.sha;
  const run = checkRuns.find((r) => isObject(r) && typeof r.head_sha === 'string');
  return isObject(run) && typeof run.head_sha === 'string' ? run.head_sha : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
