// Where the workspace scan runs: worker threads when their script is there (the fast path: listing and reading
// hundreds of MB takes whole cores), else the main thread in slices of `yieldEveryMs`.
// Workers outlive a scan for a while (IDLE_MS), since starting one costs tens of milliseconds; between scans they
// are unref'd, so they never keep a process (the CLI) alive.
import * as fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { ScanTaskRunner, type Budget, type DirTask, type LayerDef, type ScanSettings, type TaskResult } from './scanTaskRunner';
import type { ScanWorkerMessage } from './todoScanWorker';

export interface ScanPool {
  /** Messages the pool would like to hold at once, so no thread idles while the next one travels. */
  readonly capacity: number;
  run(tasks: DirTask[]): Promise<TaskResult>;
  /** Passes ignore files one thread found to the others (before they get directories below them). */
  shareLayers(layers: readonly LayerDef[]): void;
  /** Hands the pool back; workers stay for IDLE_MS in case another scan follows. */
  release(): void;
}

const IDLE_MS = 30_000;
/** A worker answers within about this long, so aborting is quick and idle threads soon get work. */
const WORKER_BUDGET: Budget = { files: 512, ms: 15 };

interface Pending {
  readonly resolve: (result: TaskResult) => void;
  readonly reject: (error: unknown) => void;
}

class WorkerPool implements ScanPool {
  readonly capacity: number;
  busy = false;
  private readonly workers: Worker[] = [];
  private readonly queues: Pending[][] = [];
  private idleTimer: NodeJS.Timeout | null = null;
  private broken = false;

  constructor(
    readonly script: string,
    readonly size: number,
    private readonly onGone: (pool: WorkerPool) => void,
  ) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script);
      const queue: Pending[] = [];
      worker.on('message', (result: TaskResult) => queue.shift()?.resolve(result));
      const fail = (error: unknown): void => {
        this.broken = true;
        this.onGone(this);
        for (const pending of queue.splice(0)) pending.reject(error);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`TODO scan worker exited with code ${code}`)));
      this.workers.push(worker);
      this.queues.push(queue);
    }
    this.capacity = size * 2;
  }

  get usable(): boolean {
    return !this.broken;
  }

  acquire(settings: ScanSettings): this {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    this.busy = true;
    this.workers.forEach((worker, i) => {
      // Referenced while a scan waits on them, or a process with nothing else to do would exit mid-scan.
      worker.ref();
      worker.postMessage({ kind: 'configure', settings, id: `w${i}` } satisfies ScanWorkerMessage);
    });
    return this;
  }

  run(tasks: DirTask[]): Promise<TaskResult> {
    let target = 0;
    for (let i = 1; i < this.queues.length; i++) if (this.queues[i].length < this.queues[target].length) target = i;
    return new Promise((resolve, reject) => {
      this.queues[target].push({ resolve, reject });
      this.workers[target].postMessage({ kind: 'tasks', tasks, budget: WORKER_BUDGET } satisfies ScanWorkerMessage);
    });
  }

  shareLayers(layers: readonly LayerDef[]): void {
    for (const worker of this.workers) worker.postMessage({ kind: 'layers', layers } satisfies ScanWorkerMessage);
  }

  release(): void {
    this.busy = false;
    for (const worker of this.workers) worker.unref();
    this.idleTimer = setTimeout(() => this.dispose(), IDLE_MS);
    this.idleTimer.unref();
  }

  dispose(): void {
    this.broken = true;
    this.onGone(this);
    for (const worker of this.workers) void worker.terminate();
  }
}

/** Runs on the calling thread, giving the event loop back after every `sliceMs`. */
class MainThreadPool implements ScanPool {
  readonly capacity = 1;
  private readonly runner: ScanTaskRunner;

  constructor(
    settings: ScanSettings,
    private readonly sliceMs: number,
  ) {
    this.runner = new ScanTaskRunner(settings, 'main');
  }

  async run(tasks: DirTask[]): Promise<TaskResult> {
    await new Promise((resolve) => setImmediate(resolve));
    return this.runner.run(tasks, { files: Number.POSITIVE_INFINITY, ms: this.sliceMs });
  }

  shareLayers(): void {}

  release(): void {}
}

const pools = new Set<WorkerPool>();

/**
 * A pool for one scan: an idle worker pool of that size when there is one, else a new one, else (no worker
 * script, or `workers` is 0) the main thread. Call release() when the scan ends.
 */
export function acquireScanPool(workerScript: string | null, workers: number, settings: ScanSettings, sliceMs: number): ScanPool {
  if (workerScript === null || workers <= 0 || !fs.existsSync(workerScript)) return new MainThreadPool(settings, sliceMs);
  for (const pool of pools) {
    if (!pool.busy && pool.usable && pool.script === workerScript && pool.size === workers) return pool.acquire(settings);
  }
  const pool = new WorkerPool(workerScript, workers, (gone) => pools.delete(gone));
  pools.add(pool);
  return pool.acquire(settings);
}

/** Stops every idle worker now (tests, extension deactivation). */
export function disposeScanPools(): void {
  for (const pool of [...pools]) if (!pool.busy) pool.dispose();
}
