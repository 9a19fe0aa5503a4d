// The customer's approval, read from the approval issue of the milestone.
import type { Approval, Issue, TeamConfig } from '../model';

function hasLabel(issue: Issue, label: string): boolean {
  const wanted = label.toLowerCase();
  return issue.labels.some((l) => l.toLowerCase() === wanted);
}

/**
 * The approval issue is the one carrying the approval label; when there are several, the newest (highest
 * number) wins, so a fresh request after a declined one counts. Approved: it carries the `approved` label, or it
 * is closed as completed (a closed issue without a state reason, as old GitHub issues and the local tracker
 * have, reads as completed). Declined: closed as not planned or as a duplicate. Requested: open.
 */
export function approvalFromIssues(issues: readonly Issue[], config: TeamConfig): Approval {
  const candidates = issues.filter((issue) => hasLabel(issue, config.labels.approval));
  if (candidates.length === 0) return { status: 'none', issueNumber: null, url: null };
  const issue = candidates.reduce((newest, i) => (i.number > newest.number ? i : newest));
  const ref = { issueNumber: issue.number, url: issue.url };
  if (hasLabel(issue, config.labels.approved)) return { status: 'approved', ...ref };
  if (issue.state === 'open') return { status: 'requested', ...ref };
  const declined = issue.stateReason === 'not_planned' || issue.stateReason === 'duplicate';
  return { status: declined ? 'declined' : 'approved', ...ref };
}
