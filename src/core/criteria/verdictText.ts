// The report as plain text for a terminal (the CLI's `--format text`). Data goes through plainText so no
// control character or ANSI escape sequence from an issue title reaches the terminal.
import type { CriterionItem, CriterionResult } from './criteria';
import type { ReleaseReport } from '../report/report';
import { approvalText, dueText, ITEM_LIMIT, moreText } from '../report/reportWording';
import { plainText as txt } from '../textEscaping';

function itemText(item: CriterionItem): string {
  switch (item.kind) {
    case 'issue':
      return `#${item.number} ${txt(item.title)}${item.url === null ? '' : `  ${txt(item.url)}`}`;
    case 'todo':
      return `${txt(item.file)}:${item.line}${item.ref === null ? '' : ` (${txt(item.ref)})`}: ${txt(item.text)}`;
    case 'check':
      return `${txt(item.name)}${item.url === null ? '' : `  ${txt(item.url)}`}`;
    case 'checklist':
      return `[ ] ${txt(item.text)}`;
  }
}

function mark(c: CriterionResult): string {
  if (c.skipped) return 'SKIP';
  return c.passed ? 'PASS' : 'FAIL';
}

/** One line per criterion, the items of failing ones indented below. */
export function criteriaToText(criteria: readonly CriterionResult[]): string[] {
  const lines: string[] = [];
  for (const c of criteria) {
    lines.push(`${mark(c)}  ${txt(c.title)}: ${txt(c.reason)}`);
    if (c.passed || c.skipped) continue;
    for (const item of c.items.slice(0, ITEM_LIMIT)) lines.push(`      ${itemText(item)}`);
    const more = moreText(c.items.length, ITEM_LIMIT);
    if (more !== null) lines.push(`      ${more}`);
  }
  return lines;
}

export function reportToText(report: ReleaseReport): string {
  const { milestone, readiness } = report;
  const lines = [
    `${report.verdict}  ${txt(milestone.title)}: ${readiness.resolved} of ${readiness.total} work items resolved (${readiness.percent}%), ${dueText(milestone)}`,
    '',
    ...criteriaToText(report.criteria),
    '',
    'Roles:',
  ];
  const width = Math.max(0, ...report.roles.map((r) => txt(r.role).length));
  for (const r of report.roles) {
    lines.push(`  ${txt(r.role).padEnd(width)}  ${r.resolved}/${r.total} resolved, ${r.verified} verified, ${r.open} open`);
  }
  if (report.blockers.length > 0) {
    lines.push('', 'Open blockers:', ...report.blockers.map((b) => `  #${b.number} ${txt(b.title)}`));
  }
  const t = report.todos;
  lines.push(
    '',
    `Customer approval: ${approvalText(report.approval)}`,
    `Checklist: ${report.checklist === null ? 'none yet' : `${report.checklist.done} of ${report.checklist.total} done`}`,
    `TODOs: ${t === null ? 'not scanned' : `${t.total} (${t.tracked} tracked, ${t.untracked} untracked, ${t.onClosed} on closed issues, ${t.missing} on missing issues, ${t.elsewhere} on open issues outside the milestone)`}`,
  );
  return `${lines.join('\n')}\n`;
}
