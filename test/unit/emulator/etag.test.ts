import * as assert from 'node:assert/strict';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { call } from './emulatorClient';

describe('emulator ETags and rate-limit headers', () => {
  let emu: GitHubEmulator;
  before(async () => (emu = await GitHubEmulator.start({ seed: seedWith({ issues: [seedIssue({ number: 1, labels: ['role:qa'] })] }) })));
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  it('sends a weak ETag on GET and answers a matching If-None-Match with an empty 304', async () => {
    const first = await call(emu.url, 'GET', '/repos/octo/repo/issues/1');
    const etag = first.headers.get('etag');
    assert.match(etag ?? '', /^W\/"[0-9a-f]{64}"$/);
    const again = await call(emu.url, 'GET', '/repos/octo/repo/issues/1', { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    assert.equal(again.headers.get('etag'), etag);
  });

  it('does not spend the rate limit on a 304 but does on a 200', async () => {
    const first = await call(emu.url, 'GET', '/repos/octo/repo/issues');
    assert.equal(first.headers.get('x-ratelimit-remaining'), '4999');
    assert.equal(first.headers.get('x-ratelimit-used'), '1');
    const etag = first.headers.get('etag')!;
    for (let i = 0; i < 3; i++) {
      const cached = await call(emu.url, 'GET', '/repos/octo/repo/issues', { headers: { 'if-none-match': etag } });
      assert.equal(cached.status, 304);
      assert.equal(cached.headers.get('x-ratelimit-remaining'), '4999');
    }
    const stale = await call(emu.url, 'GET', '/repos/octo/repo/issues', { headers: { 'if-none-match': 'W/"other"' } });
    assert.equal(stale.status, 200);
    assert.equal(stale.headers.get('x-ratelimit-remaining'), '4998');
    assert.equal(emu.rateLimit().remaining, 4998);
  });

  it('changes the ETag and updated_at after a write', async () => {
    const before = await call(emu.url, 'GET', '/repos/octo/repo/issues/1');
    await call(emu.url, 'POST', '/repos/octo/repo/issues/1/labels', { body: { labels: ['blocker'] } });
    const after = await call(emu.url, 'GET', '/repos/octo/repo/issues/1', { headers: { 'if-none-match': before.headers.get('etag')! } });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.get('etag'), before.headers.get('etag'));
    assert.ok(Date.parse(after.body.updated_at) > Date.parse(before.body.updated_at));
  });

  it('moves updated_at forward on every write, even several within one second', async () => {
    const stamps: string[] = [];
    for (const title of ['a', 'b', 'c']) {
      stamps.push((await call(emu.url, 'PATCH', '/repos/octo/repo/issues/1', { body: { title } })).body.updated_at);
    }
    assert.equal(new Set(stamps).size, 3);
    assert.deepEqual([...stamps].sort(), stamps);
  });

  it('puts GitHub headers on every answer, errors included', async () => {
    const reply = await call(emu.url, 'GET', '/repos/octo/missing');
    assert.equal(reply.status, 404);
    assert.equal(reply.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(reply.headers.get('x-ratelimit-limit'), '5000');
    assert.equal(reply.headers.get('x-ratelimit-resource'), 'core');
    assert.ok(Number(reply.headers.get('x-ratelimit-reset')) > Date.now() / 1000);
    assert.match(reply.headers.get('x-github-request-id') ?? '', /^[0-9A-F]+(:[0-9A-F]+){4}$/);
    assert.equal(reply.headers.get('access-control-allow-origin'), '*');
  });

  it('answers CORS preflights without recording them', async () => {
    const reply = await call(emu.url, 'OPTIONS', '/repos/octo/repo/issues/1');
    assert.equal(reply.status, 204);
    assert.match(reply.headers.get('access-control-allow-headers') ?? '', /If-None-Match/);
    assert.deepEqual(emu.requests, []);
  });

  it('reports the core limit on GET /rate_limit without spending it', async () => {
    await call(emu.url, 'GET', '/repos/octo/repo');
    const reply = await call(emu.url, 'GET', '/rate_limit');
    assert.deepEqual([reply.body.rate.remaining, reply.body.resources.core.used], [4999, 1]);
    assert.equal(reply.headers.get('x-ratelimit-remaining'), '4999');
  });
});
