// What the language-model tools return: compact JSON a model can read, taken from the report model as it is
// (the verdict, the criteria's reasons and items), so a tool never has a verdict of its own.
import type { CriterionItem } from '../criteria/criteria';
import type { ReleaseReport, ReportIssue } from '../report/report';
import { dueText } from '../report/reportWording';
import { selectBlockers } from './blockersAnswer';
import { selectTodos } from './todosAnswer';

/** Items per list in a tool result; a model gets the count of the rest. */
export const TOOL_ITEM_LIMIT = 50;

export interface NotLoadedResult {
  readonly error: 'not-loaded';
  readonly message: string;
}

const NOT_LOADED: NotLoadedResult = {
  error: 'not-loaded',
  message: 'No release is loaded (no tracker configured, still loading, or the load failed). Nothing can be said about readiness.',
};

function capped<T>(items: readonly T[]): { items: readonly T[]; more?: number } {
  return items.length > TOOL_ITEM_LIMIT ? { items: items.slice(0, TOOL_ITEM_LIMIT), more: items.length - TOOL_ITEM_LIMIT } : { items };
}

function issue(i: ReportIssue): { number: number; title: string; roles: readonly string[]; assignees: readonly string[] } {
  return { number: i.number, title: i.title, roles: i.roles, assignees: i.assignees };
}

export interface StatusResult {
  readonly milestone: string;
  readonly due: string;
  readonly verdict: ReleaseReport['verdict'];
  readonly readiness: ReleaseReport['readiness'];
  readonly roles: readonly { role: string; resolved: number; verified: number; total: number; open: number }[];
  readonly failing: readonly { id: string; title: string; reason: string; items: readonly CriterionItem[]; more?: number }[];
  readonly passed: readonly string[];
  readonly skipped: readonly { id: string; reason: string }[];
}

export function statusResult(report: ReleaseReport | null): StatusResult | NotLoadedResult {
  if (report === null) return NOT_LOADED;
  return {
    milestone: report.milestone.title,
    due: dueText(report.milestone),
    verdict: report.verdict,
    readiness: report.readiness,
    roles: report.roles.map((r) => ({ role: r.role, resolved: r.resolved, verified: r.verified, total: r.total, open: r.open })),
    failing: report.criteria.filter((c) => !c.passed && !c.skipped).map((c) => ({ id: c.id, title: c.title, reason: c.reason, ...capped(c.items) })),
    passed: report.criteria.filter((c) => c.passed && !c.skipped).map((c) => c.id),
    skipped: report.criteria.filter((c) => c.skipped).map((c) => ({ id: c.id, reason: c.reason })),
  };
}

export function blockersResult(report: ReleaseReport | null, role?: string): unknown {
  if (report === null) return NOT_LOADED;
  const { blockers, byRole, unknownRole } = selectBlockers(report, role);
  if (unknownRole !== null) return { error: 'unknown-role', message: `There is no role named "${unknownRole}".`, roles: report.roles.map((r) => r.role) };
  return {
    milestone: report.milestone.title,
    verdict: report.verdict,
    openBlockers: { count: blockers.length, ...capped(blockers.map(issue)) },
    openWorkByRole: byRole.map((r) => ({ role: r.role, count: r.issues.length, ...capped(r.issues.map(issue)) })),
  };
}

export function todosResult(report: ReleaseReport | null, matches?: (file: string) => boolean, glob?: string): unknown {
  if (report === null) return NOT_LOADED;
  const groups = selectTodos(report, matches);
  const group = (id: string) => groups.find((g) => g.id === id)!;
  const shape = (id: string) => {
    const g = group(id);
    if (g.notChecked !== null) return { checked: false, reason: g.notChecked };
    return { checked: true, count: g.items.length, ...capped(g.items.map((t) => ({ file: t.file, line: t.line, text: t.text, ref: t.ref }))) };
  };
  return { milestone: report.milestone.title, verdict: report.verdict, path: glob ?? null, onClosedOrMissingIssues: shape('noTodoOnClosedOrMissing'), untracked: shape('noUntrackedTodo') };
}
