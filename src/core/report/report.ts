// core/report/ owns the progress report: its model (below), the burnup, and the Markdown and HTML exports with
// their CSS and shared wording, plus the customer-approval request built from them.
//
// The progress report model: everything the report panel, the exports and the CLI show, computed once.
import { computeBurnup, type BurnupPoint } from './burnup';
import { checklistProgress, type ChecklistProgress } from '../checklist/checklistProgress';
import { evaluateCriteria, type CriteriaInput, type CriterionResult, type Verdict } from '../criteria/criteria';
import { UNASSIGNED_ROLE } from '../config/defaults';
import type { Approval, Issue, TeamConfig } from '../model';
import { displayRoles, statusOf, workItems } from '../config/roles';
import { classifyTodos, countTodos, repositoryOf, type TodoCounts } from '../todo/todoTracking';
import { shippedWork, type ShippedWork } from '../notes/shippedWork';

export interface ReportMilestone {
  readonly title: string;
  readonly url: string | null;
  readonly state: 'open' | 'closed';
  readonly dueOn: string | null;
  /** The due date as a UTC calendar day, YYYY-MM-DD. */
  readonly dueDate: string | null;
  /** Whole UTC days from today to the due date: 0 on the day, negative once past. */
  readonly daysLeft: number | null;
  /** Open and past its due date. */
  readonly overdue: boolean;
}

export interface ReportIssue {
  readonly number: number;
  readonly title: string;
  readonly url: string | null;
  readonly assignees: readonly string[];
  /** Role display names. */
  readonly roles: readonly string[];
  readonly closedAt: string | null;
}

export interface RoleProgress {
  readonly roleId: string;
  readonly role: string;
  readonly resolved: number;
  /** Resolved issues carrying the verified label. */
  readonly verified: number;
  readonly total: number;
  readonly open: number;
}

export interface Readiness {
  readonly resolved: number;
  readonly total: number;
  /** Rounded down, so 100 means every work item is resolved. 0 for an empty milestone. */
  readonly percent: number;
}

export interface ReleaseReport {
  readonly milestone: ReportMilestone;
  readonly verdict: Verdict;
  readonly criteria: readonly CriterionResult[];
  readonly readiness: Readiness;
  /** Configured roles in display order, then Unassigned when it has issues. */
  readonly roles: readonly RoleProgress[];
  readonly blockers: readonly ReportIssue[];
  /** Every open work item, by number (blockers included). */
  readonly openWork: readonly ReportIssue[];
  /** Every resolved work item, by number. */
  readonly resolvedWork: readonly ReportIssue[];
  /** The last 10 resolved work items, newest first. */
  readonly recentlyResolved: readonly ReportIssue[];
  /** Null when no TODO index is available. */
  readonly todos: TodoCounts | null;
  readonly approval: Approval;
  /** Null when there is no checklist. */
  readonly checklist: ChecklistProgress | null;
  readonly burnup: readonly BurnupPoint[];
  readonly generatedAt: string;
  /** When the tracker data was read. */
  readonly fetchedAt: string;
  /** What the release ships, for the release notes; absent in reports built before there were notes. */
  readonly shipped?: ShippedWork;
}

const DAY_MS = 86_400_000;
const RECENT = 10;

function milestoneOf(input: CriteriaInput, work: readonly Issue[]): ReportMilestone {
  const { milestone } = input.data;
  const dueMs = milestone.dueOn === null ? NaN : Date.parse(milestone.dueOn);
  if (Number.isNaN(dueMs)) {
    return { title: milestone.title, url: milestone.url, state: milestone.state, dueOn: milestone.dueOn, dueDate: null, daysLeft: null, overdue: false };
  }
  const daysLeft = Math.floor(dueMs / DAY_MS) - Math.floor(input.now.getTime() / DAY_MS);
  const unfinished = milestone.state === 'open' && work.some((i) => i.state === 'open');
  return {
    title: milestone.title,
    url: milestone.url,
    state: milestone.state,
    dueOn: milestone.dueOn,
    dueDate: new Date(dueMs).toISOString().slice(0, 10),
    daysLeft,
    overdue: daysLeft < 0 && unfinished,
  };
}

/** One pass over the work items (each issue's status looked up once), counting into every role it belongs to. */
function roleProgress(work: readonly Issue[], config: TeamConfig): RoleProgress[] {
  const counts = new Map(displayRoles(config).map((role) => [role.id, { total: 0, resolved: 0, verified: 0 }]));
  for (const issue of work) {
    const status = statusOf(issue, config);
    const closed = issue.state === 'closed';
    for (const roleId of status.roles) {
      const count = counts.get(roleId);
      if (count === undefined) continue;
      count.total++;
      if (closed) count.resolved++;
      if (closed && status.verified) count.verified++;
    }
  }
  return displayRoles(config)
    .map((role) => {
      const { total, resolved, verified } = counts.get(role.id)!;
      return { roleId: role.id, role: role.name, resolved, verified, total, open: total - resolved };
    })
    .filter((row) => row.roleId !== UNASSIGNED_ROLE.id || row.total > 0);
}

/** Role names by id, made once per config (the report lists every work item). */
const roleNamesCache = new WeakMap<TeamConfig, ReadonlyMap<string, string>>();

function toReportIssue(issue: Issue, config: TeamConfig): ReportIssue {
  let names = roleNamesCache.get(config);
  if (names === undefined) roleNamesCache.set(config, (names = new Map(displayRoles(config).map((r) => [r.id, r.name]))));
  const roles = statusOf(issue, config).roles.map((id) => names.get(id) ?? id);
  return { number: issue.number, title: issue.title, url: issue.url, assignees: issue.assignees, roles, closedAt: issue.closedAt };
}

function closedTime(issue: Issue): number {
  const ms = issue.closedAt === null ? NaN : Date.parse(issue.closedAt);
  return Number.isNaN(ms) ? -Infinity : ms;
}

function byNumber(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => a.number - b.number);
}

export function buildReport(input: CriteriaInput): ReleaseReport {
  const { data, config } = input;
  const work = workItems(data.issues, config);
  const { verdict, criteria } = evaluateCriteria(input);
  const resolved = work.filter((i) => i.state === 'closed');
  const blockers = work.filter((i) => i.state === 'open' && statusOf(i, config).blocker);
  // Parse each close time once, not once per comparison.
  const recentlyResolved = resolved
    .map((issue) => ({ issue, closed: closedTime(issue) }))
    .sort((a, b) => b.closed - a.closed || b.issue.number - a.issue.number)
    .slice(0, RECENT)
    .map(({ issue }) => issue);
  const repository = input.repository === undefined ? repositoryOf(data) : input.repository;
  return {
    milestone: milestoneOf(input, work),
    verdict,
    criteria,
    readiness: {
      resolved: resolved.length,
      total: work.length,
      percent: work.length === 0 ? 0 : Math.floor((resolved.length / work.length) * 100),
    },
    roles: roleProgress(work, config),
    blockers: blockers.map((i) => toReportIssue(i, config)),
    openWork: byNumber(work.filter((i) => i.state === 'open')).map((i) => toReportIssue(i, config)),
    resolvedWork: byNumber(resolved).map((i) => toReportIssue(i, config)),
    recentlyResolved: recentlyResolved.map((i) => toReportIssue(i, config)),
    todos: input.todos === null ? null : countTodos(classifyTodos(input.todos, data, repository)),
    approval: input.approval,
    checklist: data.checklist === null ? null : checklistProgress(data.checklist.body),
    burnup: computeBurnup(work, data.milestone, input.now),
    generatedAt: input.now.toISOString(),
    fetchedAt: data.fetchedAt,
    shipped: shippedWork(data, config),
  };
}
