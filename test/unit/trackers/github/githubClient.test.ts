import * as assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { formatClockTime } from '../../../../src/trackers/github/githubErrors';
import { MemoryKeyValueStore } from '../../../../src/trackers/keyValueStore';
import { TrackerError } from '../../../../src/trackers/tracker';
import { GitHubEmulator, largeMilestoneSeed, seedIssue, seedWith } from '../../../emulator/index';
import { calls, trackerFor } from './emulatorKit';

function isTrackerError(code: TrackerError['code'], message?: RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof TrackerError, `expected a TrackerError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    if (message) assert.match(error.message, message);
    return true;
  };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('GitHub client (against the emulator)', () => {
  let emulator: GitHubEmulator;
  before(async () => {
    emulator = await GitHubEmulator.start();
  });
  after(async () => {
    await emulator.stop();
  });
  beforeEach(() => {
    emulator.reset();
    emulator.seed(seedWith({ issues: [seedIssue({ number: 1, title: 'One' })] }));
  });

  const issuePath = 'GET /repos/octo/repo/issues/1';
  const issueRequests = () => calls(emulator).filter((c) => c === issuePath).length;

  describe('pagination and conditional requests', () => {
    it('reads 250 issues in 3 requests of 100', async () => {
      emulator.seed(largeMilestoneSeed(250));
      const data = await trackerFor(emulator).loadRelease('v1.0');
      assert.equal(data.issues.length, 250);
      const pages = emulator.requests.filter((r) => r.method === 'GET' && r.path === '/repos/octo/repo/issues');
      assert.deepEqual(pages.map((r) => [r.query.per_page, r.query.page ?? '1']), [['100', '1'], ['100', '2'], ['100', '3']]);
    });

    it('revalidates an unchanged release with 304s only, spending no rate limit', async () => {
      emulator.seed(largeMilestoneSeed(250));
      const tracker = trackerFor(emulator);
      const first = await tracker.loadRelease('v1.0');
      const remaining = emulator.rateLimit().remaining;
      const firstCount = emulator.requests.length;
      emulator.resetRequests();

      const second = await tracker.loadRelease('v1.0');
      assert.equal(emulator.requests.length, firstCount);
      assert.deepEqual(emulator.requests.map((r) => r.status), emulator.requests.map(() => 304));
      assert.ok(emulator.requests.every((r) => typeof r.headers['if-none-match'] === 'string'));
      assert.equal(emulator.rateLimit().remaining, remaining);
      assert.equal(tracker.client.rateLimit?.remaining, remaining);
      assert.deepEqual({ ...second, fetchedAt: '' }, { ...first, fetchedAt: '' });
    });

    it('sees a change made between two loads (200 for the changed page, 304 for the rest)', async () => {
      emulator.seed(largeMilestoneSeed(250));
      const tracker = trackerFor(emulator);
      await tracker.loadRelease('v1.0');
      await fetch(`${emulator.url}/repos/octo/repo/issues/250`, { method: 'PATCH', body: JSON.stringify({ title: 'Renamed' }) });
      emulator.resetRequests();
      const data = await tracker.loadRelease('v1.0');
      assert.equal(data.issues.find((i) => i.number === 250)?.title, 'Renamed');
      assert.ok(emulator.requests.some((r) => r.path === '/repos/octo/repo/issues' && r.status === 200));
    });

    it('parses a body once: a 304 hands back the value parsed from the first answer, and the stored entry holds text only', async () => {
      const storage = new MemoryKeyValueStore();
      const tracker = trackerFor(emulator, { storage });
      const first = await tracker.client.request<{ title: string }>('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'octo', repo: 'repo', issue_number: 1 });
      emulator.resetRequests();
      const second = await tracker.client.request<{ title: string }>('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner: 'octo', repo: 'repo', issue_number: 1 });
      assert.deepEqual(emulator.requests.map((r) => r.status), [304]);
      assert.equal(second.data.title, 'One');
      assert.equal(second.data, first.data, 'the same parsed value, not a second parse');
      const stored = await Promise.all(storage.keys().map((key) => storage.get(key)));
      assert.ok(stored.every((text) => !text!.includes('"parsed"')), 'the parsed value is not persisted');
    });

    it('keeps ETags in the injected storage, so a new session starts with 304s', async () => {
      const storage = new MemoryKeyValueStore();
      await trackerFor(emulator, { storage, token: 's3cret' }).getIssue(1);
      emulator.resetRequests();
      const issue = await trackerFor(emulator, { storage, token: 's3cret' }).getIssue(1);
      assert.equal(issue.title, 'One');
      assert.deepEqual(emulator.requests.map((r) => r.status), [304]);
      assert.ok(storage.keys().every((key) => !key.includes('s3cret')));
    });
  });

  describe('faults', () => {
    it('retries a burst of server errors and succeeds', async () => {
      emulator.injectFault({ kind: 'serverError', status: 502, count: 2, match: issuePath });
      assert.equal((await trackerFor(emulator).getIssue(1)).title, 'One');
      assert.equal(issueRequests(), 3);
    });

    it('gives up after the retries with a server error a person understands', async () => {
      emulator.injectFault({ kind: 'serverError', status: 503, count: 100, match: issuePath });
      await assert.rejects(trackerFor(emulator).getIssue(1), isTrackerError('server', /^GitHub \(127\.0\.0\.1:\d+\) kept failing with a server error \(HTTP 503\)/));
      assert.equal(issueRequests(), 4, 'the first attempt and 3 retries');
    });

    for (const status of [403, 429] as const) {
      it(`waits out a short secondary rate limit (${status}, retry-after 1) and succeeds`, async () => {
        emulator.injectFault({ kind: 'secondaryLimit', status, retryAfter: 1, match: issuePath });
        const tracker = trackerFor(emulator);
        assert.equal((await tracker.getIssue(1)).title, 'One');
        assert.equal(issueRequests(), 2);
        assert.ok(tracker.log.lines.some((line) => /Secondary rate limit reached on GET .*; retrying in 1 s/.test(line)));
      });
    }

    it('gives up on a secondary rate limit longer than it may wait', async () => {
      emulator.injectFault({ kind: 'secondaryLimit', status: 429, retryAfter: 600, match: issuePath });
      const now = new Date(2026, 10, 2, 14, 0, 0);
      const tracker = trackerFor(emulator, { clock: () => now });
      await assert.rejects(tracker.getIssue(1), (error: unknown) => {
        assert.ok(isTrackerError('rateLimited')(error) && error instanceof TrackerError);
        assert.equal(error.message, 'GitHub rate limit reached; requests resume at 14:10');
        assert.deepEqual(error.retryAt, new Date(2026, 10, 2, 14, 10, 0));
        return true;
      });
      assert.equal(issueRequests(), 1);
    });

    it('gives up a secondary limit after two waits', async () => {
      emulator.injectFault({ kind: 'secondaryLimit', retryAfter: 1, count: 10, match: issuePath });
      await assert.rejects(trackerFor(emulator).getIssue(1), isTrackerError('rateLimited'));
      assert.equal(issueRequests(), 3);
    });

    it('fails fast on a primary rate limit that resets much later, naming the time as HH:MM', async () => {
      emulator.injectFault({ kind: 'primaryLimit', resetInSeconds: 3600, match: issuePath });
      const before = Date.now();
      await assert.rejects(trackerFor(emulator).getIssue(1), (error: unknown) => {
        assert.ok(isTrackerError('rateLimited')(error) && error instanceof TrackerError && error.retryAt);
        const resetMs = error.retryAt.getTime() - before;
        assert.ok(resetMs > 3590_000 && resetMs < 3610_000, `reset in ${resetMs} ms`);
        assert.equal(error.message, `GitHub rate limit reached; requests resume at ${formatClockTime(error.retryAt)}`);
        assert.match(error.message, /resume at \d\d:\d\d$/);
        return true;
      });
      assert.equal(issueRequests(), 1);
    });

    it('uses the injected time formatter', async () => {
      emulator.setRateLimit(0, 3600);
      const tracker = trackerFor(emulator, { tuning: { formatTime: () => '14:32' } });
      await assert.rejects(tracker.getIssue(1), { code: 'rateLimited', message: 'GitHub rate limit reached; requests resume at 14:32' });
    });

    it('waits out a primary rate limit that resets within a second', async () => {
      emulator.injectFault({ kind: 'primaryLimit', resetInSeconds: 1, match: issuePath });
      assert.equal((await trackerFor(emulator).getIssue(1)).title, 'One');
      assert.equal(issueRequests(), 2);
    });

    it('times out a slow answer without retrying it', async () => {
      emulator.injectFault({ kind: 'slow', delayMs: 2000, match: issuePath });
      const tracker = trackerFor(emulator, { tuning: { timeoutMs: 150 } });
      const started = Date.now();
      await assert.rejects(tracker.getIssue(1), isTrackerError('offline', /^Cannot reach 127\.0\.0\.1:\d+: no answer within 150 ms\./));
      assert.ok(Date.now() - started < 1500, 'gave up at the timeout, not when the answer came');
      assert.equal(issueRequests(), 1);
    });

    it('retries a dropped connection and succeeds', async () => {
      emulator.injectFault({ kind: 'drop', match: issuePath });
      assert.equal((await trackerFor(emulator).getIssue(1)).title, 'One');
      assert.equal(issueRequests(), 2);
    });

    it('reports offline when every connection drops', async () => {
      emulator.injectFault({ kind: 'drop', count: 100, match: issuePath });
      await assert.rejects(trackerFor(emulator).getIssue(1), isTrackerError('offline', /^Cannot reach 127\.0\.0\.1:\d+ \(/));
      assert.equal(issueRequests(), 4);
    });

    it('counts the retries of each request on its own (a failed request does not slow the next one)', async () => {
      // plugin-retry waits (attempt number)² × the base; the base is 10 ms here. A count left over from the
      // first request would make the second one's first retry wait (4 + 1)² × 10 = 250 ms instead of 10 ms.
      const started: number[] = [];
      const fetch: typeof globalThis.fetch = (input, init) => {
        started.push(performance.now());
        return globalThis.fetch(input, init);
      };
      const tracker = trackerFor(emulator, { tuning: { retryDelayScale: 0.01, fetch } });
      emulator.injectFault({ kind: 'drop', count: 4, match: issuePath });
      await assert.rejects(tracker.getIssue(1), isTrackerError('offline'));
      emulator.injectFault({ kind: 'drop', count: 1, match: issuePath });
      started.length = 0;
      assert.equal((await tracker.getIssue(1)).title, 'One');
      assert.equal(started.length, 2);
      assert.ok(started[1] - started[0] < 150, `the first retry of a new request waited ${Math.round(started[1] - started[0])} ms`);
    });

    it('reports offline when nothing listens', async () => {
      const port = await closedPort();
      const tracker = trackerFor(emulator, { apiUrl: `http://127.0.0.1:${port}` });
      await assert.rejects(tracker.getIssue(1), isTrackerError('offline', new RegExp(`^Cannot reach 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`)));
    });
  });

  describe('credentials', () => {
    let guarded: GitHubEmulator;
    before(async () => {
      guarded = await GitHubEmulator.start({ token: 's3cret', seed: seedWith({ issues: [seedIssue({ number: 1 })] }) });
    });
    after(async () => {
      await guarded.stop();
    });
    beforeEach(() => guarded.resetRequests());

    const host = () => guarded.url.slice('http://'.length);

    it('sends the token to the host it was issued for, and never logs it', async () => {
      const tracker = trackerFor(guarded, { token: 's3cret', tokenHost: host() });
      await tracker.loadRelease('v1.0');
      assert.ok(guarded.requests.length > 0);
      assert.ok(guarded.requests.every((r) => r.headers.authorization === 'token s3cret'));
      assert.ok(tracker.log.lines.length > 0);
      assert.ok(tracker.log.lines.every((line) => !line.includes('s3cret')));
      assert.match(tracker.log.lines[0], /^debug GET \/repos\/octo\/repo\S* → 200 in \d+ ms, rate limit remaining \d+$/);
    });

    it('identifies itself as release-readiness', async () => {
      await trackerFor(guarded, { token: 's3cret' }).getIssue(1);
      assert.match(String(guarded.requests[0].headers['user-agent']), /^release-readiness /);
    });

    it('does not send a token issued for another host', async () => {
      const tracker = trackerFor(guarded, { token: 's3cret', tokenHost: 'github.com' });
      await assert.rejects(tracker.getIssue(1), isTrackerError('unauthorized'));
      assert.equal(guarded.requests[0].headers.authorization, undefined);
      assert.equal(tracker.client.authenticated, false);
      assert.ok(tracker.log.lines.some((line) => line.startsWith('warn Not sending the github.com token')));
    });

    it('explains a rejected token', async () => {
      const tracker = trackerFor(guarded, { token: 'expired' });
      await assert.rejects(tracker.getIssue(1), {
        code: 'unauthorized',
        message: `GitHub rejected the token for ${host()}. Sign in again or set a new token.`,
      });
      assert.ok(tracker.log.lines.every((line) => !line.includes('expired')));
    });
  });
});
