// What every benchmark hands to the runner (test/harness/bench.mjs): rows of "ours" next to a reference measured
// in the same process and invocation, and the target the row is judged against. The runner, not the benchmark,
// decides pass or fail, so the rule lives in one place (test/harness/benchTable.mjs).

export interface Measurement {
  /** The number the target and the ratio use. */
  readonly value: number;
  readonly unit: string;
  /** How the table shows it, e.g. `p50 3.1 ms · p95 4.0 ms`. */
  readonly text: string;
}

export interface Reference extends Measurement {
  /** What the reference did, e.g. `JSON clone + sort by number`. */
  readonly what: string;
}

/**
 * `below`: ours.value < value. `equals`: ours.value === value. `ratioBelow`: ours.value / reference.value < value.
 * `none`: shown for information, never fails.
 */
export interface Target {
  readonly kind: 'below' | 'equals' | 'ratioBelow' | 'none';
  readonly value: number;
  readonly text: string;
}

export interface BenchRow {
  /** Stable id for bench.json, e.g. `tree.cold`. */
  readonly id: string;
  readonly name: string;
  readonly ours: Measurement | null;
  readonly reference: Reference | null;
  readonly target: Target;
  readonly note?: string;
}

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** Nearest-rank percentiles: with 30 runs, p95 is the 29th fastest, a real sample rather than an interpolation. */
export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) throw new Error('No samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { p50: rank(0.5), p95: rank(0.95), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** `p50 3.10 ms · p95 4.02 ms`, with the p95 as the value (targets are about the slow runs). */
export function msMeasurement(p: Percentiles): Measurement {
  return { value: p.p95, unit: 'ms', text: `p50 ${ms(p.p50)} · p95 ${ms(p.p95)} ms (${p.runs} runs)` };
}

export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** Runs `ours` and `reference` alternately, so a slow patch of the machine (GC, another process) hits both. */
export async function interleaved(
  runs: number,
  ours: () => unknown,
  reference: () => unknown,
  warmup = 3,
): Promise<{ ours: Percentiles; reference: Percentiles }> {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = performance.now();
    await ours();
    const t1 = performance.now();
    await reference();
    const t2 = performance.now();
    if (i >= warmup) {
      a.push(t1 - t0);
      b.push(t2 - t1);
    }
  }
  return { ours: percentiles(a), reference: percentiles(b) };
}
