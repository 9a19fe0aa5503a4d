import * as assert from 'node:assert/strict';
import { RequestLimiter } from '../../../../src/trackers/github/requestLimiter';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RequestLimiter', () => {
  it('runs at most maxConcurrent jobs at once, in arrival order', async () => {
    const limiter = new RequestLimiter(2);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const job = async (n: number) => {
      started.push(n);
      running++;
      peak = Math.max(peak, running);
      await tick(5);
      running--;
      return n * 10;
    };
    const results = await Promise.all([1, 2, 3, 4, 5].map((n) => limiter.key('id').schedule({}, job, n)));
    assert.deepEqual(results, [10, 20, 30, 40, 50]);
    assert.equal(peak, 2);
    assert.deepEqual(started, [1, 2, 3, 4, 5]);
  });

  it('lets weight-0 jobs (plugin-throttling retries) bypass the queue', async () => {
    const limiter = new RequestLimiter(1);
    let release!: () => void;
    const blocker = limiter.schedule({}, () => new Promise<void>((resolve) => (release = resolve)));
    assert.equal(await limiter.schedule({ weight: 0 }, () => 'retry'), 'retry');
    release();
    await blocker;
  });

  it('spaces job starts by minTime', async () => {
    const limiter = new RequestLimiter(1, 30);
    const starts: number[] = [];
    await Promise.all([1, 2, 3].map(() => limiter.schedule({}, () => void starts.push(Date.now()))));
    assert.ok(starts[1] - starts[0] >= 25 && starts[2] - starts[1] >= 25, `starts ${starts.map((s) => s - starts[0]).join(', ')}`);
  });

  it('frees the slot when a job fails', async () => {
    const limiter = new RequestLimiter(1);
    await assert.rejects(limiter.schedule({}, () => Promise.reject(new Error('boom'))), /boom/);
    assert.equal(await limiter.schedule({}, () => 'next'), 'next');
  });
});
