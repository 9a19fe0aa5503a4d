// The report panel's script: renders each `report` message from the host into the page, and turns clicks into
// messages back. Runs in the webview under a CSP that allows only this nonce'd script and our style sheet.
import { isHostMessage, type HostMessage, type PanelMessage } from '../protocol';
import { h } from './elements';
import {
  approvalSection,
  blockersSection,
  buildFolded,
  burnupSection,
  checklistSection,
  criteriaSection,
  headerNode,
  recentSection,
  rolesSection,
  todoSection,
  verdictSection,
} from './sections';

interface VsCodeApi {
  postMessage(message: PanelMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const post = (message: PanelMessage): void => vscode.postMessage(message);
const root = document.getElementById('root') as HTMLElement;
const announcer = document.getElementById('announcer') as HTMLElement;
let announced: string | null = null;

function staleBanner(message: HostMessage): HTMLElement | null {
  if (!message.stale) return null;
  const since = new Date(message.stale.since);
  const when = Number.isNaN(since.getTime()) ? message.stale.since : since.toLocaleString();
  return h('div', { className: 'banner stale', attrs: { role: 'status' } }, h('strong', {}, 'Offline. '), `Showing data saved ${when}. ${message.stale.reason}`);
}

/** Speaks the verdict when it changes (and once at the start), not on every refresh. */
function announce(message: HostMessage): void {
  const report = message.report;
  if (report === null) return;
  const failing = report.criteria.filter((c) => !c.passed && !c.skipped).length;
  const text = `Release ${report.milestone.title}: ${report.verdict}${report.verdict === 'GO' ? '' : `, ${failing} ${failing === 1 ? 'criterion' : 'criteria'} failing`}.`;
  if (`${report.milestone.title}\u0000${report.verdict}` === announced) return;
  announced = `${report.milestone.title}\u0000${report.verdict}`;
  announcer.textContent = text;
}

function content(message: HostMessage): HTMLElement[] {
  const report = message.report;
  if (report === null) return [h('p', { className: 'status' }, message.status ?? 'No release is loaded.')];
  // Criteria first in reading order; on a wide panel the progress sections sit in a column beside them.
  return [
    headerNode(post, report, message.source ?? null),
    verdictSection(report),
    h(
      'div',
      { className: 'layout' },
      h('div', { className: 'primary' }, criteriaSection(post, report)),
      h(
        'div',
        { className: 'secondary' },
        rolesSection(report),
        burnupSection(report),
        blockersSection(post, report),
        h('div', { className: 'columns' }, approvalSection(post, report), checklistSection(report), todoSection(report)),
        recentSection(post, report),
      ),
    ),
    h('footer', { className: 'muted' }, `Generated ${report.generatedAt.replace('T', ' ').slice(0, 16)} UTC from data read ${report.fetchedAt.replace('T', ' ').slice(0, 16)} UTC.`),
  ];
}

/** Re-renders everything, keeping focus on the same button and the same <details> open. */
function render(message: HostMessage): void {
  const focusedKey = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.key : undefined;
  const openDetails = new Set([...root.querySelectorAll('details[open]')].map((d) => d.closest('[data-criterion]')?.getAttribute('data-criterion') ?? d.className));
  root.replaceChildren(...[staleBanner(message), ...content(message)].filter((n): n is HTMLElement => n !== null));
  for (const details of root.querySelectorAll('details')) {
    const key = details.closest('[data-criterion]')?.getAttribute('data-criterion') ?? details.className;
    if (!openDetails.has(key)) continue;
    buildFolded(details);
    details.open = true;
  }
  if (focusedKey !== undefined) {
    const again = [...root.querySelectorAll<HTMLElement>('[data-key]')].find((e) => e.dataset.key === focusedKey);
    again?.focus();
  }
  document.body.dataset.theme = message.theme ?? '';
  announce(message);
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isHostMessage(event.data)) return;
  vscode.setState(event.data);
  render(event.data);
});

// After a reload the serializer revives the panel with the last state: show it at once, the host sends fresh data.
const saved = vscode.getState();
if (isHostMessage(saved)) render(saved);
post({ type: 'ready' });
