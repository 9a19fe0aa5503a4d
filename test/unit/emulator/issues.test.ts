import * as assert from 'node:assert/strict';
import { GitHubEmulator, seedIssue, seedMilestone, seedWith } from '../../emulator/index';
import { call } from './emulatorClient';

const seed = seedWith({
  milestones: [seedMilestone({ title: 'v1.0' }), seedMilestone({ title: 'v2.0', due_on: null })],
  issues: [
    seedIssue({ number: 1, labels: ['role:code', 'blocker'], assignees: ['ana'] }),
    seedIssue({ number: 2, labels: ['role:qa'], state: 'closed' }),
    seedIssue({ number: 3, labels: ['role:code'], milestone: 'v2.0', state: 'closed', state_reason: 'not_planned' }),
    seedIssue({ number: 4, labels: [], milestone: null }),
  ],
});

describe('emulator issues', () => {
  let emu: GitHubEmulator;
  before(async () => (emu = await GitHubEmulator.start({ seed })));
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  const numbers = async (query: string): Promise<number[]> =>
    (await call<{ number: number }[]>(emu.url, 'GET', `/repos/octo/repo/issues${query}`)).body.map((i) => i.number).sort();

  describe('filters', () => {
    it('lists open issues by default and honours state', async () => {
      assert.deepEqual(await numbers(''), [1, 4]);
      assert.deepEqual(await numbers('?state=closed'), [2, 3]);
      assert.deepEqual(await numbers('?state=all'), [1, 2, 3, 4]);
    });

    it('filters by milestone number, * and none', async () => {
      assert.deepEqual(await numbers('?state=all&milestone=1'), [1, 2]);
      assert.deepEqual(await numbers('?state=all&milestone=*'), [1, 2, 3]);
      assert.deepEqual(await numbers('?state=all&milestone=none'), [4]);
      assert.deepEqual(await numbers('?state=all&milestone=99'), []);
    });

    it('requires every label of labels=a,b, case-insensitively', async () => {
      assert.deepEqual(await numbers('?state=all&labels=role:code'), [1, 3]);
      assert.deepEqual(await numbers('?state=all&labels=ROLE:CODE,blocker'), [1]);
    });

    it('filters by assignee and since', async () => {
      assert.deepEqual(await numbers('?assignee=ana'), [1]);
      assert.deepEqual(await numbers('?assignee=none'), [4]);
      await call(emu.url, 'PATCH', '/repos/octo/repo/issues/4', { body: { body: 'touched' } });
      const since = emu.issue('octo', 'repo', 4)!.updated_at;
      assert.deepEqual(await numbers(`?state=all&since=${since}`), [4]);
    });

    it('sorts by created descending by default and ascending on request', async () => {
      const order = async (q: string) => (await call<{ number: number }[]>(emu.url, 'GET', `/repos/octo/repo/issues?state=all${q}`)).body.map((i) => i.number);
      assert.deepEqual(await order(''), [4, 3, 2, 1]);
      assert.deepEqual(await order('&direction=asc'), [1, 2, 3, 4]);
    });

    it('rejects an invalid state with 422', async () => {
      const reply = await call(emu.url, 'GET', '/repos/octo/repo/issues?state=bogus');
      assert.equal(reply.status, 422);
      assert.equal(reply.body.message, 'Validation Failed');
    });
  });

  describe('milestones', () => {
    it('lists open milestones by due date with issue counts', async () => {
      const reply = await call(emu.url, 'GET', '/repos/octo/repo/milestones?state=open&sort=due_on&direction=asc');
      assert.deepEqual(reply.body.map((m: { title: string }) => m.title), ['v1.0', 'v2.0']);
      assert.deepEqual([reply.body[0].open_issues, reply.body[0].closed_issues], [1, 1]);
      assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/milestones/2')).body.title, 'v2.0');
      assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/milestones/9')).status, 404);
    });
  });

  describe('writes', () => {
    it('closes with closed_at, closed_by and a reason, and reopens as "reopened"', async () => {
      const closed = await call(emu.url, 'PATCH', '/repos/octo/repo/issues/1', { body: { state: 'closed', state_reason: 'not_planned' } });
      assert.equal(closed.status, 200);
      assert.deepEqual([closed.body.state, closed.body.state_reason, closed.body.closed_by.login], ['closed', 'not_planned', 'octocat']);
      assert.equal(closed.body.closed_at, closed.body.updated_at);
      const reopened = await call(emu.url, 'PATCH', '/repos/octo/repo/issues/1', { body: { state: 'open' } });
      assert.deepEqual([reopened.body.state, reopened.body.state_reason, reopened.body.closed_at], ['open', 'reopened', null]);
      assert.equal(emu.issue('octo', 'repo', 1)!.state_reason, 'reopened');
    });

    it('closes as completed when no reason is given', async () => {
      const closed = await call(emu.url, 'PATCH', '/repos/octo/repo/issues/4', { body: { state: 'closed' } });
      assert.equal(closed.body.state_reason, 'completed');
    });

    it('edits title, body, labels, assignees and milestone in one PATCH', async () => {
      const reply = await call(emu.url, 'PATCH', '/repos/octo/repo/issues/4', {
        body: { title: 'New', body: '- [x] done', labels: ['role:pm', 'brand-new'], assignees: ['bo'], milestone: 2 },
      });
      assert.equal(reply.status, 200);
      assert.deepEqual(emu.issue('octo', 'repo', 4), {
        ...emu.issue('octo', 'repo', 4),
        title: 'New', body: '- [x] done', labels: ['role:pm', 'brand-new'], assignees: ['bo'], milestone: 'v2.0', milestone_number: 2,
      });
      assert.equal(reply.body.labels[1].color, 'ededed');
      assert.equal(reply.body.assignee.login, 'bo');
      assert.equal(reply.body.milestone.open_issues, 1);
    });

    it('answers 422 for an unknown milestone and changes nothing', async () => {
      const reply = await call(emu.url, 'PATCH', '/repos/octo/repo/issues/4', { body: { title: 'x', milestone: 42 } });
      assert.equal(reply.status, 422);
      assert.deepEqual(reply.body.errors, [{ resource: 'Issue', field: 'milestone', code: 'invalid', value: 42 }]);
      assert.equal(emu.issue('octo', 'repo', 4)!.title, 'Issue 4');
    });

    it('answers 400 for malformed JSON and 404 for a missing issue', async () => {
      const bad = await call(emu.url, 'PATCH', '/repos/octo/repo/issues/1', { raw: '{"title":' });
      assert.deepEqual([bad.status, bad.body.message], [400, 'Problems parsing JSON']);
      const missing = await call(emu.url, 'GET', '/repos/octo/repo/issues/77');
      assert.deepEqual(missing.body, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
    });

    it('creates an issue with the next number, a milestone and new labels; a title is required', async () => {
      const created = await call(emu.url, 'POST', '/repos/octo/repo/issues', { body: { title: 'Track TODO', body: 'b', milestone: 1, labels: ['todo'] } });
      assert.equal(created.status, 201);
      assert.equal(created.body.number, 5);
      assert.equal(created.headers.get('location'), `${emu.url}/repos/octo/repo/issues/5`);
      assert.deepEqual([created.body.state, created.body.state_reason, created.body.milestone.number, created.body.user.login], ['open', null, 1, 'octocat']);
      assert.ok((await call(emu.url, 'GET', '/repos/octo/repo/labels')).body.some((l: { name: string }) => l.name === 'todo'));
      const untitled = await call(emu.url, 'POST', '/repos/octo/repo/issues', { body: { body: 'no title' } });
      assert.equal(untitled.status, 422);
      assert.deepEqual(untitled.body.errors, [{ resource: 'Issue', field: 'title', code: 'missing_field' }]);
    });

    it('adds, replaces and removes issue labels', async () => {
      const added = await call(emu.url, 'POST', '/repos/octo/repo/issues/2/labels', { body: { labels: ['verified', 'role:qa'] } });
      assert.deepEqual(added.body.map((l: { name: string }) => l.name), ['role:qa', 'verified']);
      const removed = await call(emu.url, 'DELETE', `/repos/octo/repo/issues/2/labels/${encodeURIComponent('role:qa')}`);
      assert.deepEqual(removed.body.map((l: { name: string }) => l.name), ['verified']);
      const again = await call(emu.url, 'DELETE', '/repos/octo/repo/issues/2/labels/role%3Aqa');
      assert.deepEqual([again.status, again.body.message], [404, 'Label does not exist']);
      const replaced = await call(emu.url, 'PUT', '/repos/octo/repo/issues/2/labels', { body: { labels: ['blocker'] } });
      assert.deepEqual(replaced.body.map((l: { name: string }) => l.name), ['blocker']);
      assert.deepEqual(emu.issue('octo', 'repo', 2)!.labels, ['blocker']);
    });

    it('adds comments, counts them on the issue and lists them', async () => {
      const posted = await call(emu.url, 'POST', '/repos/octo/repo/issues/1/comments', { body: { body: 'Fixed in abc123' } });
      assert.equal(posted.status, 201);
      assert.equal(posted.body.user.login, 'octocat');
      const list = await call(emu.url, 'GET', '/repos/octo/repo/issues/1/comments');
      assert.deepEqual(list.body.map((c: { body: string }) => c.body), ['Fixed in abc123']);
      assert.equal((await call(emu.url, 'GET', '/repos/octo/repo/issues/1')).body.comments, 1);
      assert.equal((await call(emu.url, 'POST', '/repos/octo/repo/issues/1/comments', { body: {} })).status, 422);
    });

    it('creates repository labels and refuses duplicates', async () => {
      const created = await call(emu.url, 'POST', '/repos/octo/repo/labels', { body: { name: 'release-blocker', color: '#B60205' } });
      assert.deepEqual([created.status, created.body.color], [201, 'b60205']);
      const dup = await call(emu.url, 'POST', '/repos/octo/repo/labels', { body: { name: 'Release-Blocker' } });
      assert.deepEqual([dup.status, dup.body.errors[0].code], [422, 'already_exists']);
    });
  });
});
