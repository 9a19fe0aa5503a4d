// The progress report as Markdown for stakeholders (an issue comment, a wiki page, an e-mail). Every piece of
// tracker or config data goes through escapeMarkdown or safeHttpUrl; nothing from the data becomes HTML.
import type { CriterionItem, CriterionResult } from '../criteria/criteria';
import type { ReleaseReport, ReportIssue } from './report';
import { approvalText, dueText, ITEM_LIMIT, moreText, sampleBurnup } from './reportWording';
import { escapeMarkdown as md, safeHttpUrl } from '../textEscaping';

const BURNUP_ROWS = 15;

function link(text: string, url: string | null): string {
  const href = safeHttpUrl(url);
  return href === null ? md(text) : `[${md(text)}](${href})`;
}

function itemText(item: CriterionItem): string {
  switch (item.kind) {
    case 'issue':
      return `${link(`#${item.number}`, item.url)} ${md(item.title)}`;
    case 'todo': {
      const ref = item.ref === null ? '' : ` (${md(item.ref)})`;
      return `${md(`${item.file}:${item.line}`)}${ref}: ${md(item.text)}`;
    }
    case 'check':
      return link(item.name, item.url);
    case 'checklist':
      return `☐ ${md(item.text)}`;
  }
}

function criterionSection(c: CriterionResult): string[] {
  const lines = [`### ✗ ${md(c.title)}`, '', md(c.reason), ''];
  if (c.items.length === 0) return lines;
  for (const item of c.items.slice(0, ITEM_LIMIT)) lines.push(`- ${itemText(item)}`);
  const more = moreText(c.items.length, ITEM_LIMIT);
  if (more !== null) lines.push(`- ${more}`);
  lines.push('');
  return lines;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

function issueRows(issues: readonly ReportIssue[], when: 'roles' | 'closed'): string[][] {
  return issues.map((i) => [
    link(`#${i.number}`, i.url),
    md(i.title),
    when === 'roles' ? md(i.roles.join(', ')) : md(i.closedAt?.slice(0, 10) ?? ''),
    md(i.assignees.join(', ')),
  ]);
}

export function reportToMarkdown(report: ReleaseReport): string {
  const { milestone, readiness } = report;
  const failing = report.criteria.filter((c) => !c.passed && !c.skipped);
  const passed = report.criteria.filter((c) => c.passed && !c.skipped);
  const skipped = report.criteria.filter((c) => c.skipped);
  const out: string[] = [
    `# ${report.verdict === 'GO' ? '✅ GO' : '⛔ NO-GO'}: release ${link(milestone.title, milestone.url)}`,
    '',
    `${readiness.resolved} of ${readiness.total} work items resolved (${readiness.percent}%), ${dueText(milestone)}. ` +
      `${failing.length} of ${failing.length + passed.length} criteria failing.`,
    '',
  ];

  if (failing.length > 0) out.push('## Failing criteria', '', ...failing.flatMap(criterionSection));
  if (passed.length > 0) out.push('## Passed criteria', '', ...passed.map((c) => `- ✓ ${md(c.title)}: ${md(c.reason)}`), '');
  if (skipped.length > 0) out.push('## Not evaluated', '', ...skipped.map((c) => `- ${md(c.title)}: ${md(c.reason)}`), '');

  out.push('## Progress by role', '');
  out.push(...table(['Role', 'Resolved', 'Verified', 'Open', 'Total'], report.roles.map((r) => [md(r.role), `${r.resolved}`, `${r.verified}`, `${r.open}`, `${r.total}`])));

  out.push('## Open blockers', '');
  if (report.blockers.length === 0) out.push('None.', '');
  else out.push(...table(['Issue', 'Title', 'Roles', 'Assignees'], issueRows(report.blockers, 'roles')));

  if (report.recentlyResolved.length > 0) {
    out.push('## Recently resolved', '', ...table(['Issue', 'Title', 'Closed', 'Assignees'], issueRows(report.recentlyResolved, 'closed')));
  }

  out.push('## Burnup', '');
  if (report.burnup.length === 0) out.push('No issues yet.', '');
  else out.push(...table(['Date', 'Scope', 'Done'], sampleBurnup(report.burnup, BURNUP_ROWS).map((p) => [p.date, `${p.scope}`, `${p.done}`])));

  out.push('## Customer approval', '', `${approvalText(report.approval)}.`, '');
  out.push('## Release checklist', '', report.checklist === null ? 'No checklist yet.' : `${report.checklist.done} of ${report.checklist.total} items done.`, '');

  out.push('## TODOs', '');
  const t = report.todos;
  if (t === null) out.push('Not scanned.', '');
  else out.push(...table(['Total', 'Tracked', 'Untracked', 'On closed issues', 'On missing issues', 'On open issues outside the milestone'], [[`${t.total}`, `${t.tracked}`, `${t.untracked}`, `${t.onClosed}`, `${t.missing}`, `${t.elsewhere}`]]));

  out.push(`_Generated ${report.generatedAt.replace('T', ' ').slice(0, 16)} UTC from tracker data read ${md(report.fetchedAt)}._`, '');
  return out.join('\n');
}
