// Where the burnup chart's lines, ticks and labels go, from numbers only. The report panel draws it with
// createElementNS; keeping the arithmetic here lets plain Node test it.
import type { BurnupPoint } from './burnup';

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface Tick {
  readonly value: number;
  /** Position along the axis, in chart units. */
  readonly at: number;
  readonly label: string;
}

export interface BurnupGeometry {
  readonly box: ChartBox;
  /** SVG polyline `points` attributes. */
  readonly scope: string;
  readonly done: string;
  readonly yTicks: readonly Tick[];
  readonly xTicks: readonly Tick[];
  /** The top of the y axis (the last tick's value). */
  readonly yMax: number;
}

export const DEFAULT_BOX: ChartBox = { width: 640, height: 240, left: 44, right: 16, top: 12, bottom: 28 };

const MAX_X_LABELS = 5;

/** 1, 2, 5, 10, 20, 50…: the smallest such step that keeps the y axis at five intervals or fewer. */
export function niceStep(max: number, intervals = 5): number {
  const raw = Math.max(1, max) / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  for (const factor of [1, 2, 5, 10]) {
    if (factor * magnitude >= raw) return Math.max(1, factor * magnitude);
  }
  return 10 * magnitude;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Indices of up to `count` evenly spread points, always the first and the last. */
function spread(length: number, count: number): number[] {
  if (length <= 0) return [];
  if (length <= count) return Array.from({ length }, (_, i) => i);
  const picked = new Set<number>();
  for (let k = 0; k < count; k++) picked.add(Math.round((k * (length - 1)) / (count - 1)));
  return [...picked].sort((a, b) => a - b);
}

export function burnupGeometry(points: readonly BurnupPoint[], box: ChartBox = DEFAULT_BOX): BurnupGeometry {
  const plotW = box.width - box.left - box.right;
  const plotH = box.height - box.top - box.bottom;
  const max = points.reduce((m, p) => Math.max(m, p.scope, p.done), 0);
  const step = niceStep(max);
  const yMax = Math.max(step, Math.ceil(max / step) * step);
  const x = (i: number): number => round(box.left + (points.length <= 1 ? plotW / 2 : (i * plotW) / (points.length - 1)));
  const y = (v: number): number => round(box.top + plotH - (Math.max(0, v) / yMax) * plotH);
  const line = (pick: (p: BurnupPoint) => number): string => points.map((p, i) => `${x(i)},${y(pick(p))}`).join(' ');
  const yTicks: Tick[] = [];
  for (let value = 0; value <= yMax; value += step) yTicks.push({ value, at: y(value), label: String(value) });
  const xTicks = spread(points.length, MAX_X_LABELS).map((i) => ({ value: i, at: x(i), label: points[i].date }));
  return { box, scope: line((p) => p.scope), done: line((p) => p.done), yTicks, xTicks, yMax };
}
