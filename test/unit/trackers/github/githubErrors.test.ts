import * as assert from 'node:assert/strict';
import { RequestError } from '@octokit/request-error';
import { RequestTimeoutError } from '../../../../src/trackers/github/conditionalFetch';
import { formatClockTime, toTrackerError } from '../../../../src/trackers/github/githubErrors';
import { TrackerError } from '../../../../src/trackers/tracker';

const now = new Date(2026, 10, 2, 9, 5, 0);
const context = { host: 'ghe.example.com', now: () => now, formatTime: formatClockTime };
const request = { method: 'GET', url: 'https://ghe.example.com/api/v3/repos/o/r', headers: { authorization: 'token s3cret' } } as const;

function httpError(status: number, data: unknown, headers: Record<string, string> = {}): RequestError {
  return new RequestError(typeof data === 'object' && data && 'message' in data ? String(data.message) : 'x', status, {
    request: { ...request },
    response: { status, url: request.url, headers, data },
  });
}

function networkError(code: string, message: string): RequestError {
  const error = new RequestError(message, 500, { request: { ...request } });
  error.cause = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
  return error;
}

describe('toTrackerError', () => {
  const cases: [string, unknown, TrackerError['code'], string | RegExp][] = [
    ['401', httpError(401, { message: 'Bad credentials' }), 'unauthorized', 'GitHub rejected the token for ghe.example.com. Sign in again or set a new token.'],
    ['403 without a rate limit', httpError(403, { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com/x' }), 'forbidden', /refused access: Resource not accessible by personal access token\. Check/],
    ['403 primary limit', httpError(403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(new Date(2026, 10, 2, 14, 32, 10).getTime() / 1000) }), 'rateLimited', 'GitHub rate limit reached; requests resume at 14:32'],
    ['429 secondary limit', httpError(429, { message: 'You have exceeded a secondary rate limit' }, { 'retry-after': '120' }), 'rateLimited', 'GitHub rate limit reached; requests resume at 09:07'],
    ['404', httpError(404, { message: 'Not Found' }), 'notFound', /^Not found on ghe\.example\.com: Not Found\./],
    ['410', httpError(410, { message: 'Issues are disabled for this repo' }), 'notFound', /Issues are disabled/],
    ['422', httpError(422, { message: 'Validation Failed' }), 'invalidData', 'GitHub rejected the request: Validation Failed'],
    ['409', httpError(409, { message: 'Git Repository is empty.' }), 'conflict', /empty/],
    ['502', httpError(502, { message: 'Bad Gateway' }), 'server', /server error \(HTTP 502\)/],
    ['ECONNREFUSED', networkError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:443'), 'offline', 'Cannot reach ghe.example.com (ECONNREFUSED). Check your connection, VPN or proxy.'],
    ['ENOTFOUND', networkError('ENOTFOUND', 'getaddrinfo ENOTFOUND ghe.example.com'), 'offline', /\(ENOTFOUND\)/],
    ['socket hang up', networkError('UND_ERR_SOCKET', 'other side closed'), 'offline', /\(UND_ERR_SOCKET\)/],
    ['timeout', new RequestTimeoutError(30_000), 'offline', 'Cannot reach ghe.example.com: no answer within 30 s. Check your connection and try again.'],
    ['anything else', new Error('weird'), 'unknown', /weird/],
  ];
  for (const [name, error, code, message] of cases) {
    it(`maps ${name} to ${code}`, () => {
      const mapped = toTrackerError(error, context);
      assert.equal(mapped.code, code);
      if (typeof message === 'string') assert.equal(mapped.message, message);
      else assert.match(mapped.message, message);
      assert.ok(!mapped.message.includes('s3cret'));
    });
  }

  it('sets retryAt for rate limits', () => {
    const mapped = toTrackerError(httpError(429, { message: 'secondary rate limit' }, { 'retry-after': '60' }), context);
    assert.deepEqual(mapped.retryAt, new Date(now.getTime() + 60_000));
  });

  it('passes TrackerErrors through', () => {
    const original = new TrackerError('conflict', 'x');
    assert.equal(toTrackerError(original, context), original);
  });

  it('formats times as 24-hour HH:MM', () => {
    assert.equal(formatClockTime(new Date(2026, 0, 1, 7, 3)), '07:03');
    assert.equal(formatClockTime(new Date(2026, 0, 1, 23, 59)), '23:59');
  });
});
