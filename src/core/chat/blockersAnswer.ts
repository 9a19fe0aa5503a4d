// `@release /blockers` (and the release_blockers tool's selection): open blockers and the open work by role,
// optionally for one role only.
import type { ReleaseReport, ReportIssue } from '../report/report';
import { button, CHAT_BUTTON_LIMIT, CHAT_ITEM_LIMIT, markdown, type ChatPart } from './chatParts';
import { chatText, plural } from './chatText';
import { issueLines, lines, referencesOf } from './itemLines';
import { notLoadedAnswer, verdictHeading } from './statusAnswer';

export interface OpenWorkByRole {
  readonly role: string;
  readonly issues: readonly ReportIssue[];
}

export interface BlockerSelection {
  readonly blockers: readonly ReportIssue[];
  readonly byRole: readonly OpenWorkByRole[];
  /** The role asked for when the report has no role of that name (the answer says so). */
  readonly unknownRole: string | null;
}

function sameRole(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Open blockers and open work per role (an issue under each of its roles), for one role when `role` is given. */
export function selectBlockers(report: ReleaseReport, role?: string): BlockerSelection {
  const wanted = role?.trim() ? role.trim() : null;
  const roles = report.roles.filter((r) => wanted === null || sameRole(r.role, wanted) || sameRole(r.roleId, wanted));
  // ReportIssue.roles holds role display names, Unassigned included.
  const byRole = roles.map((r) => ({ role: r.role, issues: report.openWork.filter((i) => i.roles.includes(r.role)) }));
  const names = new Set(roles.map((r) => r.role));
  const blockers = wanted === null ? report.blockers : report.blockers.filter((b) => b.roles.some((name) => names.has(name)));
  return { blockers, byRole, unknownRole: wanted !== null && roles.length === 0 ? wanted : null };
}

export function blockersAnswer(report: ReleaseReport | null, role?: string): ChatPart[] {
  if (report === null) return notLoadedAnswer();
  const { blockers, byRole, unknownRole } = selectBlockers(report, role);
  if (unknownRole !== null) {
    return [markdown(`There is no role named ${chatText(unknownRole)}. Roles: ${report.roles.map((r) => chatText(r.role)).join(', ') || 'none'}.`)];
  }
  const parts: ChatPart[] = [lines(verdictHeading(report), '')];
  parts.push(
    blockers.length === 0
      ? markdown('\nNo open blockers.')
      : lines('', `**Open blockers (${blockers.length})**`, '', issueLines(blockers)),
  );
  const withWork = byRole.filter((r) => r.issues.length > 0);
  parts.push(
    withWork.length === 0
      ? markdown('\n\nNo open work items.')
      : lines('', '', '**Open work by role**', '', withWork.flatMap((r) => [`- ${chatText(r.role)}: ${plural(r.issues.length, 'open issue')}`, ...issueLines(r.issues, '  ')])),
  );
  parts.push(...referencesOf([...blockers.slice(0, CHAT_ITEM_LIMIT), ...withWork.flatMap((r) => r.issues.slice(0, CHAT_ITEM_LIMIT))]));
  for (const blocker of blockers.slice(0, CHAT_BUTTON_LIMIT)) parts.push(button({ kind: 'markResolved', issue: blocker.number }));
  parts.push(button({ kind: 'openReport' }));
  return parts;
}
