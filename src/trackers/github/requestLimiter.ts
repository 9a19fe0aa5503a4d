// A small concurrency limiter shaped like the slice of a Bottleneck.Group that @octokit/plugin-throttling calls
// (`group.key(id).schedule(jobOptions, fn, ...args)`). We hand the plugin our own `global` and `write` groups
// because its defaults are module-wide singletons (shared by every Octokit in the process) with a fixed 1 s
// write spacing; owning them lets each client cap reads at a few at a time and lets tests space writes by 0 ms.

export interface JobOptions {
  /** plugin-throttling schedules retries with weight 0: they bypass the queue, as in Bottleneck. */
  readonly weight?: number;
}

export class RequestLimiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private nextStartAt = 0;

  constructor(
    private readonly maxConcurrent: number,
    /** Minimum time between two job starts. */
    private readonly minTimeMs = 0,
  ) {}

  /** Bottleneck groups hand out one limiter per key; one client uses one key, so one limiter is enough. */
  key(_id?: string): RequestLimiter {
    return this;
  }

  async schedule<T, A extends unknown[]>(
    jobOptions: JobOptions | undefined,
    job: (...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> {
    if (jobOptions?.weight === 0) return job(...args);
    await this.acquire();
    try {
      return await job(...args);
    } finally {
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.active < this.maxConcurrent && this.waiting.length === 0) {
      this.active++;
    } else {
      // release() hands its slot over directly, so `active` stays counted.
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    // Spacing counts from when a job really starts: a timer that fires late (a busy event loop) must not let
    // the next job start right behind it.
    for (let now = Date.now(); this.minTimeMs > 0; now = Date.now()) {
      if (now >= this.nextStartAt) {
        this.nextStartAt = now + this.minTimeMs;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, this.nextStartAt - now));
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
