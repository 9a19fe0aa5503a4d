import type { BenchRow } from '../bench/benchResult';
export type RowResult = 'pass' | 'fail' | 'info' | 'missing' | 'error';
export interface RunnerRow extends BenchRow {
  readonly status?: 'missing' | 'error';
  readonly message?: string;
}
export interface JudgedRow extends RunnerRow {
  readonly ratio: number | null;
  readonly result: RowResult;
}
export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  loadAverage: number[];
}
export declare function judge(row: RunnerRow): RowResult;
export declare function ratioOf(row: RunnerRow): number | null;
export declare function consoleTable(rows: readonly JudgedRow[]): string;
export declare function machine(): Machine;
export declare function markdown(options: {
  rows: readonly JudgedRow[];
  machine: Machine;
  date: string;
  command: string;
  only: readonly string[] | null;
  extensionHost: { codeServer: string; node: string };
  seconds: number;
  loadAtEnd: number[];
  profiling?: boolean;
}): string;
