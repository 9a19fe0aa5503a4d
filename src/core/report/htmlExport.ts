// The progress report as one self-contained HTML page (inline CSS, no scripts, a CSP that forbids everything
// else). Every piece of data goes through escapeHtml; links only through safeHttpUrl.
import { burnupSvg } from './burnupSvg';
import type { CriterionItem, CriterionResult } from '../criteria/criteria';
import type { ReleaseReport, ReportIssue } from './report';
import { reportCss } from './reportCss';
import { approvalText, dueText, ITEM_LIMIT, moreText } from './reportWording';
import { escapeHtml as esc, safeHttpUrl } from '../textEscaping';

function link(text: string, url: string | null): string {
  const href = safeHttpUrl(url);
  return href === null ? esc(text) : `<a href="${esc(href)}" rel="noreferrer">${esc(text)}</a>`;
}

function itemHtml(item: CriterionItem): string {
  switch (item.kind) {
    case 'issue':
      return `${link(`#${item.number}`, item.url)} ${esc(item.title)}`;
    case 'todo':
      return `<code>${esc(`${item.file}:${item.line}`)}</code>${item.ref === null ? '' : ` (${esc(item.ref)})`}: ${esc(item.text)}`;
    case 'check':
      return link(item.name, item.url);
    case 'checklist':
      return `☐ ${esc(item.text)}`;
  }
}

function criterionHtml(c: CriterionResult): string {
  const state = c.skipped ? 'skipped' : c.passed ? 'passed' : 'failing';
  const mark = c.skipped ? '–' : c.passed ? '✓' : '✗';
  const items = c.passed || c.skipped ? [] : c.items.slice(0, ITEM_LIMIT).map((i) => `<li>${itemHtml(i)}</li>`);
  const more = moreText(c.items.length, ITEM_LIMIT);
  if (!c.passed && !c.skipped && more !== null) items.push(`<li>${esc(more)}</li>`);
  return `<li class="criterion ${state}"><span class="mark">${mark}</span> <strong>${esc(c.title)}</strong>: ${esc(c.reason)}${
    items.length > 0 ? `<ul>${items.join('')}</ul>` : ''
  }</li>`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const head = header.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function issueTable(issues: readonly ReportIssue[], third: 'Roles' | 'Closed'): string {
  return table(
    ['Issue', 'Title', third, 'Assignees'],
    issues.map((i) => [
      link(`#${i.number}`, i.url),
      esc(i.title),
      third === 'Roles' ? esc(i.roles.join(', ')) : esc(i.closedAt?.slice(0, 10) ?? ''),
      esc(i.assignees.join(', ')),
    ]),
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function bar(done: number, total: number): string {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return `<span class="bar"><span style="width:${percent}%"></span></span>`;
}

export function reportToHtml(report: ReleaseReport): string {
  const { milestone, readiness } = report;
  const go = report.verdict === 'GO';
  const roleRows = report.roles.map((r) => [esc(r.role), `${bar(r.resolved, r.total)} ${r.resolved} / ${r.total}`, `${r.verified}`, `${r.open}`]);
  const t = report.todos;
  const sections = [
    `<header><span class="verdict ${go ? 'go' : 'nogo'}">${go ? 'GO' : 'NO-GO'}</span>`,
    `<h1>Release ${link(milestone.title, milestone.url)}</h1>`,
    `<p>${esc(sentence(dueText(milestone)))}. ${readiness.resolved} of ${readiness.total} work items resolved (${readiness.percent}%).</p>`,
    `<p>${bar(readiness.resolved, readiness.total)}</p></header>`,
    `<section><h2>Release criteria</h2><ul class="criteria">${report.criteria.map(criterionHtml).join('')}</ul></section>`,
    `<section><h2>Progress by role</h2>${table(['Role', 'Resolved', 'Verified', 'Open'], roleRows)}</section>`,
    `<section><h2>Open blockers</h2>${report.blockers.length === 0 ? '<p>None.</p>' : issueTable(report.blockers, 'Roles')}</section>`,
    report.recentlyResolved.length === 0 ? '' : `<section><h2>Recently resolved</h2>${issueTable(report.recentlyResolved, 'Closed')}</section>`,
    `<section><h2>Burnup</h2>${
      report.burnup.length === 0 ? '<p>No issues yet.</p>' : `${burnupSvg(report.burnup)}<p class="legend"><span class="key scope"></span> Scope <span class="key done"></span> Done</p>`
    }</section>`,
    `<section><h2>Customer approval</h2><p>${esc(approvalText(report.approval))}.</p></section>`,
    `<section><h2>Release checklist</h2><p>${
      report.checklist === null ? 'No checklist yet.' : `${bar(report.checklist.done, report.checklist.total)} ${report.checklist.done} of ${report.checklist.total} items done.`
    }</p></section>`,
    `<section><h2>TODOs</h2>${
      t === null
        ? '<p>Not scanned.</p>'
        : table(['Total', 'Tracked', 'Untracked', 'On closed issues', 'On missing issues', 'On open issues outside the milestone'], [[`${t.total}`, `${t.tracked}`, `${t.untracked}`, `${t.onClosed}`, `${t.missing}`, `${t.elsewhere}`]])
    }</section>`,
    `<footer>Generated ${esc(report.generatedAt)} from tracker data read ${esc(report.fetchedAt)}.</footer>`,
  ];
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(`${report.verdict}: release ${milestone.title}`)}</title>`,
    `<style>${reportCss}</style></head>`,
    `<body><main>${sections.join('\n')}</main></body></html>`,
    '',
  ].join('\n');
}
