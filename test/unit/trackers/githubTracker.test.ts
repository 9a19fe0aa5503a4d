import * as assert from 'node:assert/strict';
import { TrackerError } from '../../../src/trackers/tracker';
import { GitHubEmulator, largeMilestoneSeed, seedIssue, seedWith } from '../../emulator/index';
import { calls, trackerFor } from './github/emulatorKit';

describe('GitHub tracker (against the emulator)', () => {
  let emulator: GitHubEmulator;
  before(async () => {
    emulator = await GitHubEmulator.start();
  });
  after(async () => {
    await emulator.stop();
  });
  beforeEach(() => {
    emulator.reset();
  });

  describe('reading', () => {
    it('lists open and closed milestones by due date', async () => {
      emulator.seed(largeMilestoneSeed(3));
      const milestones = await trackerFor(emulator).listMilestones();
      assert.deepEqual(milestones.map((m) => `${m.title} ${m.state} ${m.dueOn}`), [
        'v0.9 closed 2026-08-01T08:00:00Z',
        'v1.0 open 2026-12-15T08:00:00Z',
        'v2.0 open null',
      ]);
      assert.equal(milestones[1].description, 'The big one');
    });

    it('loads a milestone: issues mapped from the wire, default-branch checks, fetch time', async () => {
      emulator.seed(largeMilestoneSeed(30));
      const clock = () => new Date('2026-11-02T10:00:00Z');
      const data = await trackerFor(emulator, { clock }).loadRelease('v1.0');
      assert.equal(data.milestone.title, 'v1.0');
      assert.equal(data.fetchedAt, '2026-11-02T10:00:00.000Z');
      assert.deepEqual(data.issues.map((i) => i.number), Array.from({ length: 30 }, (_, i) => i + 1));
      const thirtieth = data.issues[29];
      assert.equal(thirtieth.title, 'Design step 30');
      assert.equal(thirtieth.body, 'Work item 30 of the release.');
      assert.equal(thirtieth.state, 'closed');
      assert.equal(thirtieth.stateReason, 'completed');
      assert.deepEqual([...thirtieth.labels].sort(), ['blocker', 'needs-verification', 'role:design', 'verified']);
      assert.deepEqual(thirtieth.assignees, []);
      assert.equal(thirtieth.milestone, 'v1.0');
      assert.equal(thirtieth.author, 'octo');
      assert.match(thirtieth.url ?? '', /\/octo\/repo\/issues\/30$/);
      assert.deepEqual(data.issues[0].assignees, ['dev1']);
      assert.equal(data.checklist, null);
      assert.equal(data.checks?.branch, 'main');
      assert.equal(data.checks?.state, 'success');
      assert.match(data.checks?.sha ?? '', /^[0-9a-f]{40}$/);
    });

    it('finds the checklist issue and reports failing checks', async () => {
      emulator.seed(seedWith({
        issues: [
          seedIssue({ number: 1, title: 'Old list', labels: ['release-checklist'], state: 'closed', body: '- [x] old' }),
          seedIssue({ number: 2, title: 'Work' }),
          seedIssue({ number: 3, title: 'Checklist', labels: ['release-checklist'], body: '- [ ] QA sign-off' }),
        ],
        statuses: [{ context: 'ci/build', state: 'failure', target_url: 'https://ci.example/build/1' }],
        checkRuns: [{ name: 'unit', status: 'in_progress', conclusion: null }],
      }));
      const data = await trackerFor(emulator).loadRelease('v1.0');
      assert.equal(data.checklist?.issueNumber, 3);
      assert.equal(data.checklist?.body, '- [ ] QA sign-off');
      assert.equal(data.checks?.state, 'failure');
      assert.deepEqual(data.checks?.failing, [{ name: 'ci/build', url: 'https://ci.example/build/1' }]);
    });

    it('reports no checks when the default branch has neither statuses nor check runs', async () => {
      emulator.seed(seedWith({ issues: [seedIssue({ number: 1 })] }));
      const data = await trackerFor(emulator).loadRelease('v1.0');
      assert.equal(data.checks?.state, 'none');
    });

    it('leaves pull requests out of the milestone', async () => {
      emulator.seed(seedWith({ issues: [seedIssue({ number: 1 }), seedIssue({ number: 2 })] }));
      // The emulator has no pull requests; add one to the issues page the way GitHub lists them.
      const withPullRequest: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (!String(input).includes('/issues?') || response.status !== 200) return response;
        const items = (await response.json()) as unknown[];
        items.push({ number: 9, title: 'A PR', state: 'open', pull_request: { url: 'x' }, created_at: 'x', updated_at: 'x' });
        return new Response(JSON.stringify(items), { status: 200, headers: response.headers });
      };
      const data = await trackerFor(emulator, { tuning: { fetch: withPullRequest } }).loadRelease('v1.0');
      assert.deepEqual(data.issues.map((i) => i.number), [1, 2]);
    });

    it('says which milestone is missing', async () => {
      emulator.seed(seedWith());
      await assert.rejects(trackerFor(emulator).loadRelease('v9'), (error: unknown) => {
        assert.ok(error instanceof TrackerError);
        assert.equal(error.code, 'notFound');
        assert.match(error.message, /^There is no milestone "v9" in 127\.0\.0\.1:\d+\/octo\/repo\.$/);
        return true;
      });
    });

    it('says which issue is missing', async () => {
      emulator.seed(seedWith());
      await assert.rejects(trackerFor(emulator).getIssue(999), { code: 'notFound', message: `Issue #999 was not found in ${emulator.url.slice(7)}/octo/repo.` });
    });

    it('reads one issue and its comments', async () => {
      emulator.seed(seedWith({
        issues: [seedIssue({ number: 4, title: 'Crash', comments: [{ body: 'Seen on Linux', user: 'qa1' }, { body: 'Fixed?', user: 'pm' }] })],
      }));
      const tracker = trackerFor(emulator);
      assert.equal((await tracker.getIssue(4)).title, 'Crash');
      const comments = await tracker.listComments(4);
      assert.deepEqual(comments.map((c) => `${c.author}: ${c.body}`), ['qa1: Seen on Linux', 'pm: Fixed?']);
    });
  });

  describe('writing sends exactly the expected requests', () => {
    beforeEach(() => {
      emulator.seed(seedWith({
        issues: [
          seedIssue({ number: 1, title: 'Work', labels: ['role:qa', 'needs-verification'], body: 'one' }),
          seedIssue({ number: 2, title: 'Done', state: 'closed', state_reason: 'completed' }),
        ],
      }));
      emulator.resetRequests();
    });

    it('closeIssue comments first, then closes with the reason', async () => {
      const issue = await trackerFor(emulator).closeIssue(1, 'not_planned', 'Out of scope');
      assert.deepEqual(calls(emulator), ['POST /repos/octo/repo/issues/1/comments', 'PATCH /repos/octo/repo/issues/1']);
      assert.deepEqual(emulator.requests[0].body, { body: 'Out of scope' });
      assert.deepEqual(emulator.requests[1].body, { state: 'closed', state_reason: 'not_planned' });
      assert.equal(issue.state, 'closed');
      assert.equal(issue.stateReason, 'not_planned');
    });

    it('a retried close does not post its comment twice when only the PATCH failed', async () => {
      const tracker = trackerFor(emulator);
      emulator.injectFault({ kind: 'serverError', status: 502, count: 1e9, match: 'PATCH /repos/octo/repo/issues/1' });
      await assert.rejects(tracker.closeIssue(1, 'completed', 'Done in abc123'));
      emulator.clearFaults();
      await tracker.closeIssue(1, 'completed', 'Done in abc123');
      assert.equal(calls(emulator).filter((call) => call === 'POST /repos/octo/repo/issues/1/comments').length, 1);
      assert.equal(emulator.requests.at(-1)!.method, 'PATCH');
      // A later close with the same words (after a reopen) is a new comment.
      await tracker.reopenIssue(1);
      await tracker.closeIssue(1, 'completed', 'Done in abc123');
      assert.equal(calls(emulator).filter((call) => call === 'POST /repos/octo/repo/issues/1/comments').length, 2);
    });

    it('closeIssue without a comment is one PATCH', async () => {
      await trackerFor(emulator).closeIssue(1, 'completed');
      assert.deepEqual(calls(emulator), ['PATCH /repos/octo/repo/issues/1']);
    });

    it('reopenIssue comments, then reopens', async () => {
      const issue = await trackerFor(emulator).reopenIssue(2, 'Regressed');
      assert.deepEqual(calls(emulator), ['POST /repos/octo/repo/issues/2/comments', 'PATCH /repos/octo/repo/issues/2']);
      assert.deepEqual(emulator.requests[1].body, { state: 'open' });
      assert.equal(issue.state, 'open');
    });

    it('editLabels adds in one POST, deletes each removed label, and returns the fresh issue', async () => {
      const issue = await trackerFor(emulator).editLabels(1, ['verified'], ['needs-verification', 'role:qa', 'not-there']);
      assert.deepEqual(calls(emulator), [
        'POST /repos/octo/repo/issues/1/labels',
        'DELETE /repos/octo/repo/issues/1/labels/needs-verification',
        'DELETE /repos/octo/repo/issues/1/labels/role:qa',
        'DELETE /repos/octo/repo/issues/1/labels/not-there',
        'GET /repos/octo/repo/issues/1',
      ]);
      assert.deepEqual(emulator.requests[0].body, { labels: ['verified'] });
      assert.deepEqual(issue.labels, ['verified']);
    });

    it('editBody re-reads without the ETag cache, so an edit made elsewhere is kept', async () => {
      const tracker = trackerFor(emulator);
      await tracker.getIssue(1); // primes the ETag cache
      // Someone edits the issue on github.com in between; the tracker's cached copy is now stale.
      await fetch(`${emulator.url}/repos/octo/repo/issues/1`, { method: 'PATCH', body: JSON.stringify({ body: 'one\ntwo' }) });
      emulator.resetRequests();
      let seen = '';
      const issue = await tracker.editBody(1, (fresh) => {
        seen = fresh;
        return `${fresh}\nthree`;
      });
      assert.equal(seen, 'one\ntwo');
      assert.equal(issue.body, 'one\ntwo\nthree');
      assert.deepEqual(calls(emulator), ['GET /repos/octo/repo/issues/1', 'PATCH /repos/octo/repo/issues/1']);
      assert.equal(emulator.requests[0].headers['if-none-match'], undefined);
      assert.deepEqual(Object.keys(emulator.requests[0].headers).filter((h) => h.startsWith('x-release-readiness') || h === 'cache-control'), []);
      assert.deepEqual(emulator.requests[1].body, { body: 'one\ntwo\nthree' });
    });

    it('editBody writes nothing when the edit changes nothing, and nothing when it refuses', async () => {
      const tracker = trackerFor(emulator);
      await tracker.editBody(1, (fresh) => fresh);
      await assert.rejects(tracker.editBody(1, () => {
        throw new Error('item vanished');
      }), /item vanished/);
      assert.deepEqual(calls(emulator), ['GET /repos/octo/repo/issues/1', 'GET /repos/octo/repo/issues/1']);
    });

    it('createIssue resolves the milestone title to its number', async () => {
      const issue = await trackerFor(emulator).createIssue({ title: 'TODO: fix parser', body: 'From src/a.ts:3', labels: ['role:code'], milestone: 'v1.0', assignees: ['ana'] });
      assert.deepEqual(calls(emulator), ['GET /repos/octo/repo/milestones', 'POST /repos/octo/repo/issues']);
      assert.deepEqual(emulator.requests[1].body, { title: 'TODO: fix parser', body: 'From src/a.ts:3', labels: ['role:code'], milestone: 1, assignees: ['ana'] });
      assert.equal(issue.number, 3);
      assert.equal(issue.milestone, 'v1.0');
      assert.deepEqual(issue.assignees, ['ana']);
    });

    it('createIssue without a milestone skips the lookup', async () => {
      await trackerFor(emulator).createIssue({ title: 'x', body: '', labels: [], milestone: null });
      assert.deepEqual(calls(emulator), ['POST /repos/octo/repo/issues']);
      assert.deepEqual(emulator.requests[0].body, { title: 'x', body: '', labels: [] });
    });

    it('createIssue never posts twice: a lost answer is looked up before the next attempt creates anything', async () => {
      const tracker = trackerFor(emulator, { tuning: { timeoutMs: 300 } });
      const draft = { title: 'TODO: flatten line breaks', body: 'From scripts/export.py:22', labels: ['role:code'], milestone: 'v1.0' };
      const titled = (title = draft.title) => emulator.issues('octo', 'repo').filter((i) => i.title === title).length;
      // The server creates the issue, but only after the client has given up waiting.
      emulator.injectFault({ kind: 'slow', delayMs: 800, match: 'POST /repos/octo/repo/issues' });
      await assert.rejects(tracker.createIssue(draft), (error: unknown) => error instanceof TrackerError && error.code === 'offline');
      await new Promise((resolve) => setTimeout(resolve, 900));
      assert.equal(titled(), 1, 'the first POST landed');
      assert.equal(calls(emulator).filter((c) => c === 'POST /repos/octo/repo/issues').length, 1, 'and was not retried blindly');

      const again = await tracker.createIssue(draft);
      assert.equal(titled(), 1, 'Retry found the issue instead of creating a second');
      assert.equal(again.title, draft.title);
      assert.equal(calls(emulator).filter((c) => c === 'POST /repos/octo/repo/issues').length, 1);

      // A failure that did create nothing: the next attempt looks, finds nothing, and creates it once.
      const other = { ...draft, title: 'TODO: second' };
      emulator.injectFault({ kind: 'serverError', status: 502, match: 'POST /repos/octo/repo/issues' });
      await assert.rejects(tracker.createIssue(other));
      await tracker.createIssue(other);
      assert.equal(titled(other.title), 1);
    });

    it('addComment posts one comment', async () => {
      await trackerFor(emulator).addComment(1, 'Verified on staging');
      assert.deepEqual(calls(emulator), ['POST /repos/octo/repo/issues/1/comments']);
      assert.equal(emulator.issue('octo', 'repo', 1)?.comments.at(-1)?.body, 'Verified on staging');
    });

    it('creates, finds and edits the release checklist', async () => {
      const tracker = trackerFor(emulator);
      assert.equal(await tracker.getChecklist('v1.0'), null);
      const created = await tracker.createChecklist('v1.0', '- [ ] QA sign-off');
      const post = emulator.requests.find((r) => r.method === 'POST');
      assert.deepEqual(post?.body, { title: 'Release checklist: v1.0', body: '- [ ] QA sign-off', labels: ['release-checklist'], milestone: 1 });
      assert.equal(created.issueNumber, 3);

      const found = await tracker.getChecklist('v1.0');
      assert.deepEqual(found, created);
      const checklistQuery = emulator.requests.filter((r) => r.path === '/repos/octo/repo/issues').at(-1)?.query;
      assert.equal(checklistQuery?.labels, 'release-checklist');
      assert.equal(checklistQuery?.milestone, '1');

      const edited = await tracker.editChecklist('v1.0', (body) => body.replace('[ ]', '[x]'));
      assert.equal(edited.body, '- [x] QA sign-off');
      assert.equal(emulator.issue('octo', 'repo', 3)?.body, '- [x] QA sign-off');
    });

    it('refuses to edit a checklist that does not exist', async () => {
      await assert.rejects(trackerFor(emulator).editChecklist('v1.0', (b) => b), { code: 'notFound' });
    });
  });
});
