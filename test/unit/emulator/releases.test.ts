import * as assert from 'node:assert/strict';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { call } from './emulatorClient';

const seed = seedWith({
  issues: [
    seedIssue({ number: 1, labels: ['role:code'] }),
    seedIssue({ number: 2, title: 'Add export', labels: ['role:code'], pull_request: { draft: true, head: 'feature/export', reviews: [{ user: 'ana', state: 'CHANGES_REQUESTED' }] } }),
    seedIssue({ number: 3, title: 'Fix wrap', state: 'closed', body: 'Fixes #1', pull_request: { merged_at: '2026-11-01T10:00:00Z' } }),
  ],
  checkRuns: [{ ref: 'feature/export', name: 'test', status: 'completed', conclusion: 'failure' }],
});

describe('emulator pull requests, milestones, releases and tags', () => {
  let emu: GitHubEmulator;
  before(async () => (emu = await GitHubEmulator.start({ seed })));
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  it('issue lists carry pull requests with a pull_request key; plain issues have none', async () => {
    const { body } = await call(emu.url, 'GET', '/repos/octo/repo/issues?state=all&milestone=1');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the wire JSON, checked field by field
    const byNumber = new Map<number, any>(body.map((i: { number: number }) => [i.number, i]));
    assert.equal(byNumber.get(1).pull_request, undefined);
    assert.equal(byNumber.get(2).pull_request.merged_at, null);
    assert.equal(byNumber.get(2).draft, true);
    assert.equal(byNumber.get(3).pull_request.merged_at, '2026-11-01T10:00:00Z');
    assert.equal(byNumber.get(3).state_reason, null);
  });

  it('GET /pulls lists open pull requests with draft, head sha; /pulls/{n}/reviews the reviews', async () => {
    const open = await call(emu.url, 'GET', '/repos/octo/repo/pulls');
    assert.deepEqual(open.body.map((p: { number: number }) => p.number), [2]);
    assert.equal(open.body[0].draft, true);
    assert.equal(open.body[0].head.ref, 'feature/export');
    assert.match(open.body[0].head.sha, /^[0-9a-f]{40}$/);
    const all = await call(emu.url, 'GET', '/repos/octo/repo/pulls?state=all');
    assert.deepEqual(all.body.map((p: { number: number }) => p.number).sort(), [2, 3]);
    assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/pulls/1')).status, 404, 'an issue is not a pull request');
    const reviews = await call(emu.url, 'GET', '/repos/octo/repo/pulls/2/reviews');
    assert.deepEqual(reviews.body.map((r: { state: string; user: { login: string } }) => [r.user.login, r.state]), [['ana', 'CHANGES_REQUESTED']]);
    const runs = await call(emu.url, 'GET', `/repos/octo/repo/commits/${open.body[0].head.sha}/check-runs`);
    assert.equal(runs.body.check_runs[0].conclusion, 'failure');
  });

  it('PATCH /milestones/{n} closes the milestone and stamps closed_at; a bad state is 422 and changes nothing', async () => {
    const bad = await call(emu.url, 'PATCH', '/repos/octo/repo/milestones/1', { body: { state: 'done' } });
    assert.equal(bad.status, 422);
    assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/milestones/1')).body.state, 'open');
    const closed = await call(emu.url, 'PATCH', '/repos/octo/repo/milestones/1', { body: { state: 'closed' } });
    assert.deepEqual([closed.status, closed.body.state, typeof closed.body.closed_at], [200, 'closed', 'string']);
    assert.equal((await call(emu.url, 'PATCH', '/repos/octo/repo/milestones/9', { body: { state: 'closed' } })).status, 404);
  });

  it('creates a draft release (no tag), finds it in the list, refuses a second one for the tag, publishes it (tag appears)', async () => {
    const created = await call(emu.url, 'POST', '/repos/octo/repo/releases', { body: { tag_name: 'v1.0.0', name: 'v1.0.0', body: '# Notes', draft: true } });
    assert.deepEqual([created.status, created.body.draft, created.body.body], [201, true, '# Notes']);
    assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/git/ref/tags/v1.0.0')).status, 404);
    assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/releases/tags/v1.0.0')).status, 404, 'drafts are not found by tag');
    const list = await call(emu.url, 'GET', '/repos/octo/repo/releases');
    assert.deepEqual(list.body.map((r: { tag_name: string }) => r.tag_name), ['v1.0.0']);
    const again = await call(emu.url, 'POST', '/repos/octo/repo/releases', { body: { tag_name: 'v1.0.0' } });
    assert.deepEqual([again.status, again.body.errors[0].code], [422, 'already_exists']);
    const published = await call(emu.url, 'PATCH', `/repos/octo/repo/releases/${created.body.id}`, { body: { draft: false } });
    assert.equal(published.body.draft, false);
    assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/git/ref/tags/v1.0.0')).status, 200);
    assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/releases/tags/v1.0.0')).body.id, created.body.id);
    assert.equal(emu.state().repos[0].releases.length, 1);
  });

  it('creates an annotated tag object and its ref; a second ref with the name is 422', async () => {
    const main = (await call(emu.url, 'GET', '/repos/octo/repo/git/ref/heads/main')).body.object.sha;
    const tag = await call(emu.url, 'POST', '/repos/octo/repo/git/tags', { body: { tag: 'v1.0.0', message: 'Release v1.0.0', object: main, type: 'commit' } });
    assert.equal(tag.status, 201);
    const ref = await call(emu.url, 'POST', '/repos/octo/repo/git/refs', { body: { ref: 'refs/tags/v1.0.0', sha: tag.body.sha } });
    assert.deepEqual([ref.status, ref.body.object.type], [201, 'tag']);
    const twice = await call(emu.url, 'POST', '/repos/octo/repo/git/refs', { body: { ref: 'refs/tags/v1.0.0', sha: main } });
    assert.equal(twice.status, 422);
    assert.deepEqual(emu.state().repos[0].tags, [{ name: 'v1.0.0', sha: main }]);
  });

  it('fault injection applies to the new routes like to issues', async () => {
    emu.injectFault({ kind: 'serverError', status: 502, match: 'POST /repos/octo/repo/releases' });
    const failed = await call(emu.url, 'POST', '/repos/octo/repo/releases', { body: { tag_name: 'v1.0.0' } });
    assert.equal(failed.status, 502);
    assert.equal(emu.state().repos[0].releases.length, 0, 'a faulted request changes nothing');
    assert.equal((await call(emu.url, 'POST', '/repos/octo/repo/releases', { body: { tag_name: 'v1.0.0' } })).status, 201);
  });
});
