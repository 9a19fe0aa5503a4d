import * as assert from 'node:assert/strict';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { call } from './emulatorClient';

const seed = seedWith({ issues: [seedIssue({ number: 1 })] }, [{ login: 'qa-lead', token: 'qa-token' }]);

describe('emulator faults and auth', () => {
  let emu: GitHubEmulator;
  before(async () => (emu = await GitHubEmulator.start({ seed, token: 'secret' })));
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  const auth = { authorization: 'token secret' };
  const get = (path: string) => call(emu.url, 'GET', path, { headers: auth });

  describe('auth', () => {
    it('answers 401 Bad credentials without the token or with a wrong one', async () => {
      for (const headers of [{}, { authorization: 'token nope' }] as Record<string, string>[]) {
        const reply = await call(emu.url, 'GET', '/repos/octo/repo', { headers });
        assert.deepEqual([reply.status, reply.body.message], [401, 'Bad credentials']);
      }
    });

    it('accepts token and Bearer schemes and names the token owner on GET /user', async () => {
      assert.equal((await get('/user')).body.login, 'octocat');
      const seeded = await call(emu.url, 'GET', '/user', { headers: { authorization: 'Bearer qa-token' } });
      assert.equal(seeded.body.login, 'qa-lead');
    });

    it('records method, path, query, lowercase headers, body and status', async () => {
      await call(emu.url, 'PATCH', '/repos/octo/repo/issues/1?x=1', { headers: auth, body: { title: 'T' } });
      assert.equal(emu.requests.length, 1);
      const [r] = emu.requests;
      assert.deepEqual([r.method, r.path, r.query, r.body, r.status], ['PATCH', '/repos/octo/repo/issues/1', { x: '1' }, { title: 'T' }, 200]);
      assert.equal(r.headers.authorization, 'token secret');
    });
  });

  describe('faults', () => {
    it('serverError answers the given status `count` times, then the API answers again', async () => {
      emu.injectFault({ kind: 'serverError', status: 502, count: 2 });
      assert.equal((await get('/repos/octo/repo')).status, 502);
      assert.equal((await get('/repos/octo/repo')).status, 502);
      assert.equal((await get('/repos/octo/repo')).status, 200);
      assert.deepEqual(emu.requests.map((r) => r.fault), ['serverError', 'serverError', undefined]);
    });

    it('only hits matching requests: "METHOD /prefix" or a substring', async () => {
      emu.injectFault([{ kind: 'serverError', match: 'PATCH /repos/octo/repo/issues' }, { kind: 'serverError', status: 503, match: 'milestones' }]);
      assert.equal((await get('/repos/octo/repo/issues/1')).status, 200);
      assert.equal((await call(emu.url, 'PATCH', '/repos/octo/repo/issues/1', { headers: auth, body: {} })).status, 500);
      assert.equal((await get('/repos/octo/repo/milestones?state=all')).status, 503);
      assert.deepEqual(emu.pendingFaults(), []);
    });

    it('secondaryLimit answers 403 or 429 with retry-after and GitHub\'s message', async () => {
      emu.injectFault([{ kind: 'secondaryLimit', retryAfter: 7 }, { kind: 'secondaryLimit', status: 429 }]);
      const first = await get('/repos/octo/repo');
      assert.deepEqual([first.status, first.headers.get('retry-after')], [403, '7']);
      assert.match(first.body.message, /^You have exceeded a secondary rate limit/);
      assert.deepEqual([(await get('/repos/octo/repo')).status], [429]);
    });

    it('primaryLimit answers 403 with remaining 0 and the reset time', async () => {
      emu.injectFault({ kind: 'primaryLimit', resetInSeconds: 120 });
      const reply = await get('/repos/octo/repo');
      assert.equal(reply.status, 403);
      assert.equal(reply.headers.get('x-ratelimit-remaining'), '0');
      const reset = Number(reply.headers.get('x-ratelimit-reset'));
      assert.ok(Math.abs(reset - (Date.now() / 1000 + 120)) < 3, `reset ${reset}`);
      assert.match(reply.body.message, /^API rate limit exceeded for /);
    });

    it('slow delays the answer', async () => {
      emu.injectFault({ kind: 'slow', delayMs: 150 });
      const started = Date.now();
      assert.equal((await get('/repos/octo/repo')).status, 200);
      assert.ok(Date.now() - started >= 140);
    });

    it('drop destroys the socket without an answer', async () => {
      emu.injectFault({ kind: 'drop' });
      await assert.rejects(get('/repos/octo/repo'), /fetch failed/);
      assert.equal(emu.requests[0].status, 0);
      assert.equal((await get('/repos/octo/repo')).status, 200);
    });

    it('refuses a fault of an unknown kind', () => {
      assert.throws(() => emu.injectFault({ kind: 'meteor' } as never), /kind/);
    });
  });

  describe('primary rate limit', () => {
    it('answers 403 once the budget is spent and recovers after the reset', async () => {
      emu.setRateLimit(1, 1);
      assert.equal((await get('/repos/octo/repo')).status, 200);
      const limited = await get('/repos/octo/repo');
      assert.deepEqual([limited.status, limited.headers.get('x-ratelimit-remaining')], [403, '0']);
      assert.match(limited.body.message, /API rate limit exceeded/);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      assert.equal((await get('/repos/octo/repo')).status, 200);
    });
  });
});
