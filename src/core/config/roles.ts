import { UNASSIGNED_ROLE } from './defaults';
import type { Issue, RoleDefinition, TeamConfig } from '../model';

/** How the team config reads one issue: its roles and its release flags. */
export interface IssueStatus {
  /** Role ids; `unassigned` when the issue carries no role label. An issue may have several roles. */
  readonly roles: readonly string[];
  readonly resolved: boolean;
  readonly blocker: boolean;
  readonly needsVerification: boolean;
  readonly verified: boolean;
  /** Release machinery (checklist or approval issue): not a work item, not counted in progress. */
  readonly machinery: boolean;
}

function hasLabel(issue: Pick<Issue, 'labels'>, label: string): boolean {
  const wanted = label.toLowerCase();
  return issue.labels.some((l) => l.toLowerCase() === wanted);
}

export function rolesOf(issue: Pick<Issue, 'labels'>, roles: readonly RoleDefinition[]): string[] {
  const ids = roles.filter((role) => role.labels.some((label) => hasLabel(issue, label))).map((role) => role.id);
  return ids.length > 0 ? ids : [UNASSIGNED_ROLE.id];
}

// Issues and team configs are immutable values (a change makes a new object), so an issue's status is computed
// once per config: the report, the criteria, the tree and the lenses each ask for it many times per change.
const statusCache = new WeakMap<Issue, { readonly config: TeamConfig; readonly status: IssueStatus }>();

export function statusOf(issue: Issue, config: TeamConfig): IssueStatus {
  const cached = statusCache.get(issue);
  if (cached !== undefined && cached.config === config) return cached.status;
  const { labels } = config;
  const status: IssueStatus = {
    roles: rolesOf(issue, config.roles),
    // Closed as completed or as not planned: either way nothing is left to do for the release.
    resolved: issue.state === 'closed',
    blocker: hasLabel(issue, labels.blocker),
    needsVerification: hasLabel(issue, labels.needsVerification),
    verified: hasLabel(issue, labels.verified),
    machinery: hasLabel(issue, labels.checklist) || hasLabel(issue, labels.approval),
  };
  statusCache.set(issue, { config, status });
  return status;
}

/** The issues that count as release work: everything except the checklist and approval issues. */
export function workItems(issues: readonly Issue[], config: TeamConfig): Issue[] {
  return issues.filter((issue) => !statusOf(issue, config).machinery);
}

/** Roles in display order, with Unassigned last. */
export function displayRoles(config: TeamConfig): RoleDefinition[] {
  return [...config.roles, UNASSIGNED_ROLE];
}
