// The sections of the report panel. Every value from the report goes in as text (elements.ts); issue and TODO
// items are real buttons that ask the host to navigate, so nothing from the data ever becomes a URL we follow.
import type { CriterionItem, CriterionResult } from '../core/criteria/criteria';
import type { ReleaseReport, ReportIssue } from '../core/report/report';
import { approvalText, dueText } from '../core/report/reportWording';
import type { PanelMessage } from '../protocol';
import { burnupFigure } from './burnupChart';
import { h, linkButton, progressBar, section, type Child } from './elements';

export type Post = (message: PanelMessage) => void;

/** Items shown per criterion before the rest fold into a <details>. */
const VISIBLE_ITEMS = 8;

export function issueButton(post: Post, issue: { number: number; title: string }): HTMLButtonElement {
  return linkButton(`#${issue.number}`, `issue:${issue.number}`, `Open issue #${issue.number}: ${issue.title}`, () => post({ type: 'openIssue', number: issue.number }));
}

function itemNode(post: Post, item: CriterionItem): HTMLElement {
  switch (item.kind) {
    case 'issue':
      return h('li', {}, issueButton(post, item), ' ', h('span', { className: 'title' }, item.title));
    case 'todo': {
      const where = `${item.file}:${item.line}`;
      const open = linkButton(where, `todo:${where}`, `Open ${where}`, () => post({ type: 'openTodo', file: item.file, line: item.line }));
      open.classList.add('code');
      return h('li', {}, open, item.ref === null ? null : ` (${item.ref})`, ': ', h('span', { className: 'title' }, item.text));
    }
    case 'check':
      return h('li', {}, h('span', { className: 'code' }, item.name));
    case 'checklist':
      return h('li', { className: 'task' }, h('span', { attrs: { 'aria-hidden': 'true' } }, '☐ '), item.text);
  }
}

/** The folded lists whose items are not built yet, with the function that builds them. */
const unbuilt = new WeakMap<HTMLDetailsElement, () => void>();

/** Builds a folded list's items now: render() calls it before it opens a list again, so focus can go back inside. */
export function buildFolded(details: HTMLDetailsElement): void {
  unbuilt.get(details)?.();
}

function itemList(post: Post, items: readonly CriterionItem[]): Child {
  if (items.length === 0) return null;
  const visible = h('ul', { className: 'items' }, ...items.slice(0, VISIBLE_ITEMS).map((i) => itemNode(post, i)));
  if (items.length <= VISIBLE_ITEMS) return visible;
  const rest = items.slice(VISIBLE_ITEMS);
  // A large milestone folds thousands of items here: they are built when the reader opens the list, so the first
  // paint (and every re-render) does not wait for them.
  const list = h('ul', { className: 'items' });
  const more = h('details', {}, h('summary', {}, `${rest.length} more`), list);
  unbuilt.set(more, () => {
    unbuilt.delete(more);
    list.append(...rest.map((i) => itemNode(post, i)));
  });
  more.addEventListener('toggle', () => {
    if (more.open) buildFolded(more);
  });
  return h('div', {}, visible, more);
}

function criterionNode(post: Post, c: CriterionResult): HTMLElement {
  const state = c.skipped ? 'skipped' : c.passed ? 'passed' : 'failing';
  const mark = c.skipped ? '–' : c.passed ? '✓' : '✗';
  const stateWord = c.skipped ? 'not evaluated' : c.passed ? 'passed' : 'failing';
  return h(
    'li',
    { className: `criterion ${state}`, attrs: { 'data-criterion': c.id } },
    h('h3', {}, h('span', { className: 'mark', attrs: { 'aria-hidden': 'true' } }, mark), ' ', c.title, h('span', { className: 'sr-only' }, `, ${stateWord}`)),
    h('p', { className: 'reason' }, c.reason),
    c.passed || c.skipped ? null : itemList(post, c.items),
  );
}

export function verdictSection(report: ReleaseReport): HTMLElement {
  const go = report.verdict === 'GO';
  const failing = report.criteria.filter((c) => !c.passed && !c.skipped).length;
  const evaluated = report.criteria.filter((c) => !c.skipped).length;
  const { readiness } = report;
  return section(
    'verdict',
    'Verdict',
    h(
      'p',
      { className: 'verdict-line' },
      h('span', { className: `verdict ${go ? 'go' : 'nogo'}`, attrs: { 'data-verdict': report.verdict } }, report.verdict),
      ' ',
      go ? `All ${evaluated} evaluated criteria pass.` : `${failing} of ${evaluated} criteria failing.`,
    ),
    h(
      'p',
      { className: 'readiness' },
      progressBar(readiness.resolved, readiness.total, 'Work items resolved'),
      ' ',
      h('span', { attrs: { 'data-readiness': readiness.percent } }, `${readiness.resolved} of ${readiness.total} work items resolved (${readiness.percent}%)`),
    ),
  );
}

export function criteriaSection(post: Post, report: ReleaseReport): HTMLElement {
  return section('criteria', 'Release criteria', h('ul', { className: 'criteria' }, ...report.criteria.map((c) => criterionNode(post, c))));
}

export function rolesSection(report: ReleaseReport): HTMLElement {
  const head = h('tr', {}, ...['Role', 'Resolved', 'Verified', 'Total', 'Progress'].map((t) => h('th', { attrs: { scope: 'col' } }, t)));
  const rows = report.roles.map((r) =>
    h(
      'tr',
      { attrs: { 'data-role': r.roleId } },
      h('th', { attrs: { scope: 'row' } }, r.role),
      h('td', { className: 'num', attrs: { 'data-col': 'resolved' } }, String(r.resolved)),
      h('td', { className: 'num', attrs: { 'data-col': 'verified' } }, String(r.verified)),
      h('td', { className: 'num', attrs: { 'data-col': 'total' } }, String(r.total)),
      h('td', {}, progressBar(r.resolved, r.total, `${r.role}: resolved`)),
    ),
  );
  return section('roles', 'Progress by role', h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows)));
}

function issueList(post: Post, issues: readonly ReportIssue[], detail: (i: ReportIssue) => string): HTMLElement {
  return h(
    'ul',
    { className: 'issues' },
    ...issues.map((i) => h('li', {}, issueButton(post, i), ' ', h('span', { className: 'title' }, i.title), h('span', { className: 'muted' }, detail(i)))),
  );
}

export function blockersSection(post: Post, report: ReleaseReport): HTMLElement {
  if (report.blockers.length === 0) return section('blockers', 'Open blockers', h('p', {}, 'None.'));
  return section('blockers', 'Open blockers', issueList(post, report.blockers, (i) => (i.assignees.length ? ` · ${i.assignees.join(', ')}` : '')));
}

export function burnupSection(report: ReleaseReport): HTMLElement {
  return section('burnup', 'Burnup', burnupFigure(report.burnup));
}

export function recentSection(post: Post, report: ReleaseReport): HTMLElement {
  if (report.recentlyResolved.length === 0) return section('recent', 'Recently resolved', h('p', {}, 'Nothing resolved yet.'));
  return section('recent', 'Recently resolved', issueList(post, report.recentlyResolved, (i) => (i.closedAt ? ` · ${i.closedAt.slice(0, 10)}` : '')));
}

function definitions(pairs: readonly [string, string | number][]): HTMLElement {
  return h('dl', { className: 'counts' }, ...pairs.flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, String(value))]));
}

export function todoSection(report: ReleaseReport): HTMLElement {
  const t = report.todos;
  if (t === null) return section('todos', 'TODOs', h('p', {}, 'Not scanned yet.'));
  return section(
    'todos',
    'TODOs',
    definitions([
      ['Total', t.total],
      ['Tracked', t.tracked],
      ['Untracked', t.untracked],
      ['On closed issues', t.onClosed],
      ['On missing issues', t.missing],
      ['On open issues outside the milestone', t.elsewhere],
    ]),
  );
}

export function approvalSection(post: Post, report: ReleaseReport): HTMLElement {
  const { approval } = report;
  const text = approvalText(approval);
  const open = approval.issueNumber === null ? null : issueButton(post, { number: approval.issueNumber, title: 'customer approval' });
  return section('approval', 'Customer approval', h('p', { className: `approval ${approval.status}`, attrs: { 'data-approval': approval.status } }, text, open ? ' ' : null, open));
}

export function checklistSection(report: ReleaseReport): HTMLElement {
  const c = report.checklist;
  if (c === null) return section('checklist', 'Release checklist', h('p', {}, 'No checklist yet.'));
  return section('checklist', 'Release checklist', h('p', {}, progressBar(c.done, c.total, 'Checklist items done'), ` ${c.done} of ${c.total} items done`));
}

export function headerNode(post: Post, report: ReleaseReport, source: string | null): HTMLElement {
  const { milestone } = report;
  const meta = [dueText(milestone), source ? `from ${source}` : null].filter((x): x is string => x !== null).join(' · ');
  return h(
    'header',
    {},
    h('h1', { id: 'title' }, 'Release ', h('span', { className: 'milestone' }, milestone.title)),
    h('p', { className: 'muted' }, meta),
    h(
      'div',
      { className: 'toolbar' },
      h('button', { attrs: { type: 'button' }, onClick: () => post({ type: 'refresh' }) }, 'Refresh'),
      h('button', { attrs: { type: 'button' }, onClick: () => post({ type: 'export' }) }, 'Export…'),
    ),
  );
}
