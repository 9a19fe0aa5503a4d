import * as assert from 'node:assert/strict';
import { parseIssuesFile, serializeIssuesFile } from '../../../src/trackers/localFormat';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { calls, trackerFor } from './github/emulatorKit';
import { aDocument, aLocalIssue, Workspace } from './localFixtures';

describe('pull requests in the trackers', () => {
  describe('GitHub', () => {
    let emulator: GitHubEmulator;
    before(async () => (emulator = await GitHubEmulator.start()));
    after(() => emulator.stop());
    beforeEach(() => emulator.reset());

    const seed = seedWith({
      issues: [
        seedIssue({ number: 1, labels: ['role:code'], state: 'closed' }),
        seedIssue({ number: 2, title: 'Gift wrap', labels: ['role:code'], pull_request: { draft: true, head: 'gift', reviews: [{ user: 'ana', state: 'CHANGES_REQUESTED' }] } }),
        seedIssue({ number: 3, title: 'Fix wrap', body: 'Fixes #1', state: 'closed', pull_request: { merged_at: '2026-11-01T10:00:00Z' } }),
        seedIssue({ number: 4, title: 'Elsewhere', milestone: null, pull_request: {} }),
      ],
      checkRuns: [{ ref: 'gift', name: 'test', conclusion: 'failure' }],
    });

    it('loads the milestone\'s pull requests apart from its issues, with draft, review and head checks', async () => {
      emulator.seed(seed);
      const data = await trackerFor(emulator).loadRelease('v1.0');
      assert.deepEqual(data.issues.map((i) => i.number), [1]);
      assert.deepEqual(data.pullRequests?.map((p) => [p.number, p.state, p.draft, p.mergedAt, p.review, p.checks]), [
        [2, 'open', true, null, 'changesRequested', 'failure'],
        [3, 'closed', false, '2026-11-01T10:00:00Z', 'none', null],
      ]);
      assert.equal(data.pullRequests?.[0].url, `${emulator.url}/octo/repo/pull/2`);
      assert.ok(!calls(emulator).includes('GET /repos/octo/repo/pulls/3'), 'closed pull requests are not read in detail');
    });

    it('retries a 502 on a pull request\'s reviews like any read, and loses nothing', async () => {
      emulator.seed(seed);
      emulator.injectFault({ kind: 'serverError', status: 502, count: 1, match: 'GET /repos/octo/repo/pulls/2/reviews' });
      const data = await trackerFor(emulator).loadRelease('v1.0');
      assert.equal(data.pullRequests?.[0].review, 'changesRequested');
      assert.equal(emulator.requests.filter((r) => r.path === '/repos/octo/repo/pulls/2/reviews').length, 2);
    });
  });

  describe('local', () => {
    let ws: Workspace;
    beforeEach(() => (ws = new Workspace()));
    afterEach(() => ws.dispose());

    const pull = aLocalIssue({
      number: 2,
      title: 'Fix wrap',
      body: 'Fixes #1',
      state: 'closed',
      closedAt: '2026-11-05T00:00:00Z',
      labels: ['role:code'],
      pullRequest: { draft: false, mergedAt: '2026-11-05T00:00:00Z', review: 'approved', checks: 'success' },
    });

    it('reads pull requests from .release/issues.json apart from the issues, and writes them back unchanged', async () => {
      ws.write(aDocument([aLocalIssue({ number: 1, state: 'closed', closedAt: '2026-11-05T00:00:00Z' }), pull]));
      const data = await ws.tracker().loadRelease('v1.0');
      assert.deepEqual(data.issues.map((i) => i.number), [1]);
      assert.equal('pullRequest' in data.issues[0], false);
      assert.deepEqual(data.pullRequests?.map((p) => [p.number, p.mergedAt, p.review, p.checks]), [[2, '2026-11-05T00:00:00Z', 'approved', 'success']]);
      const text = ws.text();
      assert.equal(serializeIssuesFile(parseIssuesFile(text)), text, 'round trip');
      await ws.tracker().closeIssue(1, 'completed').catch(() => undefined);
      await ws.tracker().addComment(1, 'shipped');
      assert.deepEqual(parseIssuesFile(ws.text()).issues[1].pullRequest, pull.pullRequest, 'a write keeps the pull request');
    });

    it('points at a wrong pull request field, and at a merged pull request that is still open', () => {
      const doc = JSON.parse(serializeIssuesFile(aDocument([pull])));
      doc.issues[0].pullRequest.review = 'lgtm';
      assert.throws(() => parseIssuesFile(JSON.stringify(doc, null, 2)), /pull request #2: "review" must be "approved", "changesRequested", "commented" or "none", not "lgtm"/);
      doc.issues[0].pullRequest.review = 'approved';
      doc.issues[0].state = 'open';
      assert.throws(() => parseIssuesFile(JSON.stringify(doc, null, 2)), /"mergedAt" is set but "state" is not "closed"/);
    });
  });
});
