// The burnup chart as SVG built node by node from numbers, with the same data as a table for screen readers
// and for anyone who wants exact figures.
import type { BurnupPoint } from '../core/report/burnup';
import { burnupGeometry } from '../core/report/burnupGeometry';
import { h, s } from './elements';

function summary(points: readonly BurnupPoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  return `Burnup chart from ${first.date} to ${last.date}: scope grew from ${first.scope} to ${last.scope} issues, done from ${first.done} to ${last.done}.`;
}

function chart(points: readonly BurnupPoint[]): SVGSVGElement {
  const g = burnupGeometry(points);
  const { box } = g;
  const bottom = box.height - box.bottom;
  const right = box.width - box.right;
  const svg = s('svg', { class: 'burnup', viewBox: `0 0 ${box.width} ${box.height}`, role: 'img', 'aria-label': summary(points), focusable: 'false' });
  for (const tick of g.yTicks) {
    svg.appendChild(s('line', { class: tick.value === 0 ? 'axis' : 'grid', x1: box.left, x2: right, y1: tick.at, y2: tick.at }));
    svg.appendChild(s('text', { class: 'tick', x: box.left - 6, y: tick.at + 4, 'text-anchor': 'end' }, tick.label));
  }
  svg.appendChild(s('line', { class: 'axis', x1: box.left, x2: box.left, y1: box.top, y2: bottom }));
  g.xTicks.forEach((tick, index) => {
    const anchor = index === 0 && g.xTicks.length > 1 ? 'start' : index === g.xTicks.length - 1 && g.xTicks.length > 1 ? 'end' : 'middle';
    svg.appendChild(s('text', { class: 'tick', x: tick.at, y: box.height - 8, 'text-anchor': anchor }, tick.label));
  });
  svg.appendChild(s('polyline', { class: 'scope', points: g.scope }));
  svg.appendChild(s('polyline', { class: 'done', points: g.done }));
  return svg;
}

function dataTable(points: readonly BurnupPoint[]): HTMLElement {
  const rows = points.map((p) => h('tr', {}, h('th', { attrs: { scope: 'row' } }, p.date), h('td', {}, String(p.scope)), h('td', {}, String(p.done))));
  return h(
    'details',
    { className: 'burnup-data' },
    h('summary', {}, 'Burnup data as a table'),
    h(
      'table',
      {},
      h('caption', { className: 'sr-only' }, 'Scope and done issues per day'),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Date'), h('th', { attrs: { scope: 'col' } }, 'Scope'), h('th', { attrs: { scope: 'col' } }, 'Done'))),
      h('tbody', {}, ...rows),
    ),
  );
}

export function burnupFigure(points: readonly BurnupPoint[]): HTMLElement {
  if (points.length === 0) return h('p', {}, 'No issues yet.');
  const legend = h(
    'p',
    { className: 'legend', attrs: { 'aria-hidden': 'true' } },
    h('span', { className: 'key scope' }),
    ' Scope ',
    h('span', { className: 'key done' }),
    ' Done',
  );
  return h('figure', {}, chart(points), legend, dataTable(points));
}
