import type { BenchRow } from '../bench/benchResult';
/** Rows with targets from the TODO-scan benchmark's report; an array is taken as rows already. */
export declare function todoScanRows(report: unknown): BenchRow[];
