// What a release ships, as the release notes list it: the milestone's resolved work items (closed as completed;
// not planned and duplicates shipped nothing) and its merged pull requests, each with its roles and labels.
// Computed with the report (src/core/report/report.ts) so `buildReleaseNotes(report)` needs nothing else.
import type { Issue, ReleaseData, ReleaseNotesConfig, TeamConfig } from '../model';
import { displayRoles, rolesOf, statusOf, workItems } from '../config/roles';
import { closingReferences } from '../pulls/pullRequests';
import { DEFAULT_RELEASE_NOTES } from '../config/defaults';

export interface ShippedItem {
  readonly kind: 'issue' | 'pullRequest';
  readonly number: number;
  readonly title: string;
  readonly url: string | null;
  /** Role ids in display order (`unassigned` when none). */
  readonly roleIds: readonly string[];
  readonly labels: readonly string[];
  /** For an issue: the merged pull requests of the milestone that close it. */
  readonly closedBy: readonly number[];
}

export interface ShippedWork {
  readonly issues: readonly ShippedItem[];
  /** Merged pull requests that close none of the listed issues (the others appear with their issue). */
  readonly pullRequests: readonly ShippedItem[];
  /** Role id → display name, in display order. */
  readonly roles: readonly { readonly id: string; readonly name: string }[];
  readonly notes: ReleaseNotesConfig;
}

function shipped(issue: Issue): boolean {
  return issue.state === 'closed' && issue.stateReason !== 'not_planned' && issue.stateReason !== 'duplicate';
}

export function shippedWork(data: ReleaseData, config: TeamConfig): ShippedWork {
  const roles = displayRoles(config).map((r) => ({ id: r.id, name: r.name }));
  const order = new Map(roles.map((r, i) => [r.id, i]));
  const sortRoles = (ids: readonly string[]) => [...ids].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  const merged = (data.pullRequests ?? []).filter((p) => p.mergedAt !== null).sort((a, b) => a.number - b.number);
  const closes = new Map(merged.map((p) => [p.number, closingReferences(p.body)]));
  const issues = workItems(data.issues, config)
    .filter(shipped)
    .sort((a, b) => a.number - b.number)
    .map((issue): ShippedItem => ({
      kind: 'issue',
      number: issue.number,
      title: issue.title,
      url: issue.url,
      roleIds: sortRoles(statusOf(issue, config).roles),
      labels: issue.labels,
      closedBy: merged.filter((p) => closes.get(p.number)?.includes(issue.number)).map((p) => p.number),
    }));
  const listed = new Set(issues.map((i) => i.number));
  const pullRequests = merged
    .filter((p) => !(closes.get(p.number) ?? []).some((n) => listed.has(n)))
    .map((p): ShippedItem => ({ kind: 'pullRequest', number: p.number, title: p.title, url: p.url, roleIds: sortRoles(rolesOf(p, config.roles)), labels: p.labels, closedBy: [] }));
  return { issues, pullRequests, roles, notes: config.releaseNotes ?? DEFAULT_RELEASE_NOTES };
}
