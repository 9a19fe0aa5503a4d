// The burnup chart as inline SVG. Built from numbers only: the sole text is axis labels (counts and
// YYYY-MM-DD dates we formatted ourselves), and even those pass through escapeHtml.
import type { BurnupPoint } from './burnup';
import { escapeHtml as esc } from '../textEscaping';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };

function num(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : '0';
}

export function burnupSvg(points: readonly BurnupPoint[]): string {
  if (points.length === 0) return '';
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(1, ...points.map((p) => Math.max(p.scope, p.done)));
  const x = (i: number): number => PAD.left + (points.length === 1 ? plotW / 2 : (i * plotW) / (points.length - 1));
  const y = (v: number): number => PAD.top + plotH - (v / max) * plotH;
  const line = (pick: (p: BurnupPoint) => number): string => points.map((p, i) => `${num(x(i))},${num(y(pick(p)))}`).join(' ');
  const bottom = PAD.top + plotH;
  const first = points[0];
  const last = points[points.length - 1];
  return [
    `<svg class="burnup" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="Burnup: scope and done issues per day">`,
    `<line class="axis" x1="${PAD.left}" y1="${bottom}" x2="${WIDTH - PAD.right}" y2="${bottom}"/>`,
    `<line class="axis" x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${bottom}"/>`,
    `<polyline class="scope" points="${line((p) => p.scope)}"/>`,
    `<polyline class="done" points="${line((p) => p.done)}"/>`,
    `<text x="${PAD.left - 6}" y="${num(y(max) + 4)}" text-anchor="end">${esc(String(max))}</text>`,
    `<text x="${PAD.left - 6}" y="${bottom + 4}" text-anchor="end">0</text>`,
    `<text x="${PAD.left}" y="${HEIGHT - 8}">${esc(first.date)}</text>`,
    points.length > 1 ? `<text x="${WIDTH - PAD.right}" y="${HEIGHT - 8}" text-anchor="end">${esc(last.date)}</text>` : '',
    '</svg>',
  ].join('');
}
