// `@release /status`: the verdict, readiness, each failing criterion with its items, and progress by role.
import type { ReleaseReport } from '../report/report';
import { dueText } from '../report/reportWording';
import { button, markdown, type ChatPart } from './chatParts';
import { chatText } from './chatText';
import { itemLines, lines, referencesOf } from './itemLines';
import { CHAT_ITEM_LIMIT } from './chatParts';

export function verdictHeading(report: ReleaseReport): string {
  const mark = report.verdict === 'GO' ? '✅' : '⛔';
  return `### ${mark} ${report.verdict}: release ${chatText(report.milestone.title)}`;
}

export function readinessLine(report: ReleaseReport): string {
  const { resolved, total, percent } = report.readiness;
  if (total === 0) return `The milestone has no work items yet; ${chatText(dueText(report.milestone))}.`;
  return `${resolved} of ${total} work items resolved (${percent}%); ${chatText(dueText(report.milestone))}.`;
}

/** What the participant says while no release is loaded (still loading, no tracker, load failed). */
export function notLoadedAnswer(): ChatPart[] {
  return [markdown('No release is loaded yet, so there is nothing to report. Refresh once a tracker is set up (`.release/issues.json` or a GitHub repository with a milestone).'), button({ kind: 'refresh' })];
}

export function statusAnswer(report: ReleaseReport | null): ChatPart[] {
  if (report === null) return notLoadedAnswer();
  const failing = report.criteria.filter((c) => !c.passed && !c.skipped);
  const passed = report.criteria.filter((c) => c.passed && !c.skipped);
  const skipped = report.criteria.filter((c) => c.skipped);
  const parts: ChatPart[] = [lines(verdictHeading(report), '', readinessLine(report))];
  if (failing.length > 0) {
    parts.push(
      lines(
        '',
        `**Failing criteria (${failing.length})**`,
        '',
        failing.flatMap((c) => [`- ✗ **${chatText(c.title)}**: ${chatText(c.reason)}`, ...itemLines(c.items, '  ')]),
      ),
    );
    parts.push(...referencesOf(failing.flatMap((c) => c.items.slice(0, CHAT_ITEM_LIMIT))));
  }
  if (passed.length > 0) parts.push(lines('', `**Passed:** ${passed.map((c) => chatText(c.title)).join(', ')}.`));
  if (skipped.length > 0) parts.push(lines('', `**Not checked:** ${skipped.map((c) => `${chatText(c.title)} (${chatText(c.reason)})`).join(', ')}`));
  if (report.roles.length > 0) {
    parts.push(
      lines(
        '',
        '**By role**',
        '',
        report.roles.map((r) => `- ${chatText(r.role)}: ${r.resolved}/${r.total} resolved, ${r.verified} verified, ${r.open} open`),
      ),
    );
  }
  parts.push(button({ kind: 'openReport' }));
  return parts;
}
