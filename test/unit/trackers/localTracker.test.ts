import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { TrackerError } from '../../../src/trackers/tracker';
import { aDocument, aLocalIssue, aLocalMilestone, Workspace } from './localFixtures';

const CHECKLIST = '## Code\n- [ ] Version bumped <!-- rr:check=versionBumped -->\n- [x] Code review done';

function rejectsWith(code: string, message: RegExp | string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof TrackerError, `expected a TrackerError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  };
}

describe('localTracker', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    ws.write(
      aDocument(
        [
          aLocalIssue({ number: 1, title: 'Checkout button', labels: ['role:code'], assignees: ['bob'], comments: [{ author: 'alice', body: 'Looks good\nShip it', createdAt: '2026-11-02T10:00:00Z' }] }),
          aLocalIssue({ number: 2, title: 'Closed one', state: 'closed', stateReason: 'completed', closedAt: '2026-11-05T10:00:00Z' }),
          aLocalIssue({ number: 7, title: 'Older release', milestone: 'v0.9' }),
          aLocalIssue({ number: 8, title: 'No milestone', milestone: null }),
        ],
        [aLocalMilestone({ checklist: CHECKLIST }), aLocalMilestone({ number: 2, title: 'v0.9', state: 'closed', dueOn: null })],
      ),
    );
  });
  afterEach(() => ws.dispose());

  it('says what it is', () => {
    const tracker = ws.tracker();
    assert.equal(tracker.kind, 'local');
    assert.equal(tracker.label, '.release/issues.json');
  });

  it('lists every milestone, open and closed, without URLs', async () => {
    const milestones = await ws.tracker().listMilestones();
    assert.deepEqual(milestones, [
      { number: 1, title: 'v1.0', description: '', dueOn: '2026-12-15T00:00:00Z', state: 'open', url: null },
      { number: 2, title: 'v0.9', description: '', dueOn: null, state: 'closed', url: null },
    ]);
  });

  it('loads a release: its issues only, the checklist, no checks, the read time', async () => {
    const release = await ws.tracker().loadRelease('v1.0');
    assert.equal(release.milestone.title, 'v1.0');
    assert.deepEqual(release.issues.map((i) => i.number), [1, 2]);
    assert.equal(release.issues[0].url, null);
    assert.deepEqual(release.issues[0].labels, ['role:code']);
    assert.deepEqual(release.checklist, { issueNumber: null, body: CHECKLIST, url: null });
    assert.equal(release.checks, null);
    assert.equal(release.fetchedAt, '2026-11-20T10:00:00Z');
  });

  it('names the milestones it has when asked for one it does not', async () => {
    await assert.rejects(ws.tracker().loadRelease('v2.0'), rejectsWith('notFound', 'No milestone "v2.0" in .release/issues.json (it has: "v1.0", "v0.9")'));
  });

  it('tells how to start when the file is missing', async () => {
    fs.rmSync(ws.file);
    await assert.rejects(ws.tracker().loadRelease('v1.0'), rejectsWith('notFound', new RegExp(`^No \\.release/issues\\.json in ${ws.root.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\\. Run "Release: Create Release Checklist"`)));
    await assert.rejects(ws.tracker().closeIssue(1, 'completed'), rejectsWith('notFound', /^No \.release\/issues\.json in /));
  });

  it('gets one issue and its comments', async () => {
    const tracker = ws.tracker();
    assert.equal((await tracker.getIssue(1)).title, 'Checkout button');
    assert.deepEqual(await tracker.listComments(1), [{ author: 'alice', body: 'Looks good\nShip it', createdAt: '2026-11-02T10:00:00Z' }]);
    await assert.rejects(tracker.getIssue(99), rejectsWith('notFound', 'No issue #99 in .release/issues.json'));
  });

  it('closes an issue with a reason and a comment, and writes it to disk', async () => {
    const closed = await ws.tracker().closeIssue(1, 'not_planned', 'Out of scope');
    assert.equal(closed.state, 'closed');
    assert.equal(closed.stateReason, 'not_planned');
    assert.equal(closed.closedAt, '2026-11-20T10:00:00Z');
    assert.equal(closed.updatedAt, '2026-11-20T10:00:00Z');
    const onDisk = ws.json().issues[0];
    assert.equal(onDisk.state, 'closed');
    assert.deepEqual(onDisk.comments, [
      { author: 'alice', body: ['Looks good', 'Ship it'], createdAt: '2026-11-02T10:00:00Z' },
      { author: 'tester', body: ['Out of scope'], createdAt: '2026-11-20T10:00:00Z' },
    ]);
  });

  it('keeps the first close time when closing a closed issue again', async () => {
    const closed = await ws.tracker().closeIssue(2, 'not_planned');
    assert.equal(closed.closedAt, '2026-11-05T10:00:00Z');
    assert.equal(closed.stateReason, 'not_planned');
  });

  it('reopens an issue', async () => {
    const reopened = await ws.tracker().reopenIssue(2, 'Regressed on Safari');
    assert.equal(reopened.state, 'open');
    assert.equal(reopened.stateReason, 'reopened');
    assert.equal(reopened.closedAt, null);
    assert.deepEqual((await ws.tracker().listComments(2)).map((c) => c.body), ['Regressed on Safari']);
  });

  it('adds and removes labels case-insensitively, leaving the others alone', async () => {
    const issue = await ws.tracker().editLabels(1, ['needs-verification', 'ROLE:CODE', 'needs-verification'], ['Role:Code', 'missing']);
    assert.deepEqual(issue.labels, ['needs-verification', 'ROLE:CODE']);
    assert.deepEqual(ws.json().issues[0].labels, ['needs-verification', 'ROLE:CODE']);
  });

  it('writes nothing when an edit changes nothing', async () => {
    const before = ws.text();
    const issue = await ws.tracker().editLabels(1, ['role:code'], []);
    assert.equal(issue.updatedAt, '2026-11-01T09:00:00Z');
    await ws.tracker().editBody(1, (body) => body);
    await ws.tracker().reopenIssue(1);
    assert.equal(ws.text(), before);
  });

  it('edits a body through a function of the fresh body, and refuses when the function throws', async () => {
    const tracker = ws.tracker();
    const edited = await tracker.editBody(1, (body) => `${body}- [x] done`);
    assert.equal(edited.body, '- [x] done');
    const before = ws.text();
    await assert.rejects(tracker.editBody(1, () => { throw new Error('item vanished'); }), /item vanished/);
    assert.equal(ws.text(), before);
  });

  it('creates an issue numbered after the highest one, with the author and the time', async () => {
    const created = await ws.tracker().createIssue({ title: '  Track TODO in cart.ts ', body: 'From `src/cart.ts:12`', labels: ['role:code', 'role:code'], milestone: 'v1.0', assignees: ['carol'] });
    assert.equal(created.number, 9);
    assert.equal(created.title, 'Track TODO in cart.ts');
    assert.deepEqual(created.labels, ['role:code']);
    assert.equal(created.author, 'tester');
    assert.equal(created.createdAt, '2026-11-20T10:00:00Z');
    assert.equal(created.url, null);
    assert.deepEqual(ws.json().issues.map((i) => i.number), [1, 2, 7, 8, 9]);
  });

  it('refuses an issue without a title or with an unknown milestone', async () => {
    await assert.rejects(ws.tracker().createIssue({ title: ' ', body: '', labels: [], milestone: null }), rejectsWith('invalidData', 'An issue needs a title'));
    await assert.rejects(ws.tracker().createIssue({ title: 'x', body: '', labels: [], milestone: 'v9' }), rejectsWith('notFound', 'No milestone "v9" in .release/issues.json'));
  });

  it('adds a comment and bumps updatedAt', async () => {
    await ws.tracker().addComment(8, 'Verified on staging');
    const issue = ws.json().issues[3];
    assert.deepEqual(issue.comments, [{ author: 'tester', body: ['Verified on staging'], createdAt: '2026-11-20T10:00:00Z' }]);
    assert.equal(issue.updatedAt, '2026-11-20T10:00:00Z');
  });

  it('reads, edits and creates the checklist of a milestone', async () => {
    const tracker = ws.tracker();
    assert.equal((await tracker.getChecklist('v1.0'))?.body, CHECKLIST);
    assert.equal(await tracker.getChecklist('v0.9'), null);
    assert.equal(await tracker.getChecklist('v7'), null);
    const edited = await tracker.editChecklist('v1.0', (body) => body.replace('- [ ] Version', '- [x] Version'));
    assert.equal(edited.body.split('\n')[1], '- [x] Version bumped <!-- rr:check=versionBumped -->');
    assert.deepEqual(ws.json().milestones[0].checklist, ['## Code', '- [x] Version bumped <!-- rr:check=versionBumped -->', '- [x] Code review done']);
    await assert.rejects(tracker.editChecklist('v0.9', (b) => b), rejectsWith('notFound', 'Milestone "v0.9" has no release checklist yet; create one first'));
    await assert.rejects(tracker.createChecklist('v1.0', '- [ ] x'), rejectsWith('conflict', /already has a release checklist/));
    const created = await tracker.createChecklist('v0.9', '- [ ] Tag the release');
    assert.deepEqual(created, { issueNumber: null, body: '- [ ] Tag the release', url: null });
    assert.deepEqual(ws.json().milestones[1].checklist, ['- [ ] Tag the release']);
  });

  it('starts the file and the milestone when creating a checklist in an empty workspace', async () => {
    fs.rmSync(ws.dir, { recursive: true });
    const tracker = ws.tracker();
    await tracker.createChecklist('v2.0', '- [ ] Ship');
    assert.deepEqual(await tracker.listMilestones(), [{ number: 1, title: 'v2.0', description: '', dueOn: null, state: 'open', url: null }]);
    assert.deepEqual((await tracker.loadRelease('v2.0')).issues, []);
  });
});
