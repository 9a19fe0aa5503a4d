// Groups the release's work items by role for the Issues by Role tree, with the view's filters and sort order.
// Pure and cheap: the tree calls it on every change, and the benchmark runs it on 5,000 issues.
import type { Issue, PullRequest, RoleDefinition, TeamConfig } from './model';
import { rolesOf } from './config/roles';
import { displayRoles, statusOf, type IssueStatus } from './config/roles';

export type IssueSort = 'priority' | 'number' | 'updated';

export interface IssueFilter {
  readonly openOnly: boolean;
  readonly blockersOnly: boolean;
  /** Login of the signed-in user when "assigned to me" is on, else null. */
  readonly assignee: string | null;
}

export const NO_FILTER: IssueFilter = { openOnly: false, blockersOnly: false, assignee: null };

export interface ClassifiedIssue {
  readonly issue: Issue;
  readonly status: IssueStatus;
}

export interface RoleGroup {
  readonly role: RoleDefinition;
  /** Issues of the role that pass the filter, sorted. */
  readonly issues: readonly ClassifiedIssue[];
  /** Progress of the role, over all its issues (filters do not change progress). */
  readonly resolved: number;
  readonly total: number;
  /** Pull requests of the role that pass the filter, by number. Listed with the issues, never counted in them. */
  readonly pulls: readonly PullRequest[];
}

export interface ReleaseGroups {
  readonly groups: readonly RoleGroup[];
  /** Work items counted once each, even when they carry two role labels. */
  readonly resolved: number;
  readonly total: number;
  readonly open: number;
  /** Pull requests of the milestone, counted once each. */
  readonly pullCount: number;
}

export function groupByRole(
  issues: readonly Issue[],
  config: TeamConfig,
  filter: IssueFilter = NO_FILTER,
  sort: IssueSort = 'priority',
  pullRequests: readonly PullRequest[] = [],
): ReleaseGroups {
  const roles = displayRoles(config);
  const buckets = new Map<string, { all: ClassifiedIssue[]; resolved: number }>(roles.map((r) => [r.id, { all: [], resolved: 0 }]));
  let resolved = 0;
  let total = 0;
  for (const issue of issues) {
    const status = statusOf(issue, config);
    if (status.machinery) continue;
    total++;
    if (status.resolved) resolved++;
    for (const roleId of status.roles) {
      const bucket = buckets.get(roleId);
      if (!bucket) continue;
      bucket.all.push({ issue, status });
      if (status.resolved) bucket.resolved++;
    }
  }
  const pullBuckets = new Map<string, PullRequest[]>(roles.map((r) => [r.id, []]));
  for (const pull of [...pullRequests].sort((a, b) => a.number - b.number)) {
    if (!pullPasses(pull, filter)) continue;
    for (const roleId of rolesOf(pull, config.roles)) pullBuckets.get(roleId)?.push(pull);
  }
  const compare = comparator(sort);
  const groups = roles.map((role) => {
    const bucket = buckets.get(role.id)!;
    const shown = bucket.all.filter((c) => passes(c, filter)).sort(compare);
    return { role, issues: shown, resolved: bucket.resolved, total: bucket.all.length, pulls: pullBuckets.get(role.id) ?? [] };
  });
  return { groups, resolved, total, open: total - resolved, pullCount: pullRequests.length };
}

/** Open-only hides closed and merged ones; a pull request is never a blocker; "mine" means authored by me. */
function pullPasses(pull: PullRequest, filter: IssueFilter): boolean {
  if (filter.openOnly && pull.state !== 'open') return false;
  if (filter.blockersOnly) return false;
  if (filter.assignee && pull.author?.toLowerCase() !== filter.assignee.toLowerCase()) return false;
  return true;
}

function passes({ issue, status }: ClassifiedIssue, filter: IssueFilter): boolean {
  if (filter.openOnly && status.resolved) return false;
  if (filter.blockersOnly && !status.blocker) return false;
  if (filter.assignee && !issue.assignees.some((a) => a.toLowerCase() === filter.assignee!.toLowerCase())) return false;
  return true;
}

/** Priority: open blockers, then open issues, then resolved awaiting verification, then done; ties by number. */
function rank({ status }: ClassifiedIssue): number {
  if (!status.resolved) return status.blocker ? 0 : 1;
  return status.needsVerification && !status.verified ? 2 : 3;
}

function comparator(sort: IssueSort): (a: ClassifiedIssue, b: ClassifiedIssue) => number {
  switch (sort) {
    case 'number':
      return (a, b) => a.issue.number - b.issue.number;
    case 'updated':
      return (a, b) => b.issue.updatedAt.localeCompare(a.issue.updatedAt) || a.issue.number - b.issue.number;
    default:
      return (a, b) => rank(a) - rank(b) || a.issue.number - b.issue.number;
  }
}
