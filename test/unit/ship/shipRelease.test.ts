import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GitRepository } from '../../../src/git/gitRunner';
import { ShipConflictError, ShipStepError, shipRelease } from '../../../src/ship/shipRelease';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { trackerFor } from '../trackers/github/emulatorKit';
import { aDocument, aLocalIssue, aLocalMilestone, Workspace } from '../trackers/localFixtures';
import { GitFixture } from './gitFixture';

const options = { tag: 'v1.0.0', draft: true, pushTag: false };

describe('Ship Release (runner)', () => {
  let repo: GitFixture;
  afterEach(() => repo?.dispose());

  describe('GitHub', () => {
    let emulator: GitHubEmulator;
    before(async () => (emulator = await GitHubEmulator.start()));
    after(() => emulator.stop());
    beforeEach(() => {
      emulator.reset();
      emulator.seed(seedWith({ issues: [seedIssue({ number: 1, state: 'closed' })] }));
    });

    const context = (tracker = trackerFor(emulator)) => ({ tracker, git: new GitRepository(repo.work), milestone: 'v1.0', notes: '# Notes\n- one' });
    const releases = () => emulator.state().repos[0].releases;

    it('tags HEAD (annotated), creates one draft release with the notes, closes the milestone; again: nothing more', async () => {
      repo = new GitFixture();
      const outcome = await shipRelease(context(), options);
      assert.deepEqual(outcome.done, ['createTag', 'createRelease', 'closeMilestone']);
      assert.deepEqual(repo.tags(), ['v1.0.0']);
      assert.equal(repo.git('cat-file', '-t', 'v1.0.0'), 'tag', 'annotated');
      assert.equal(repo.git('rev-parse', 'v1.0.0^{commit}'), repo.git('rev-parse', 'HEAD'));
      assert.deepEqual(releases().map((r) => [r.tag_name, r.draft, r.body]), [['v1.0.0', true, '# Notes\n- one']]);
      assert.equal(emulator.milestone('octo', 'repo', 1)?.state, 'closed');
      emulator.resetRequests();
      const again = await shipRelease(context(), options);
      assert.deepEqual([again.plan.steps, again.plan.done], [[], ['createTag', 'createRelease', 'closeMilestone']]);
      assert.equal(releases().length, 1);
      assert.deepEqual(emulator.requests.filter((r) => r.method !== 'GET'), [], 'no write on a finished ship');
    });

    it('after a 502 on the release POST, says what is done, and a retry makes exactly one release', async () => {
      repo = new GitFixture();
      emulator.injectFault({ kind: 'serverError', status: 502, match: 'POST /repos/octo/repo/releases' });
      const failed = await shipRelease(context(), options).catch((e: unknown) => e);
      assert.ok(failed instanceof ShipStepError);
      assert.deepEqual([failed.step, failed.done], ['createRelease', ['createTag']]);
      assert.equal(emulator.requests.filter((r) => r.method === 'POST' && r.path === '/repos/octo/repo/releases').length, 1, 'the POST is not retried blindly');
      assert.equal(emulator.milestone('octo', 'repo', 1)?.state, 'open');
      const retried = await shipRelease(context(), options);
      assert.deepEqual([retried.plan.done, retried.plan.steps], [['createTag'], ['createRelease', 'closeMilestone']]);
      assert.equal(releases().length, 1);
      assert.deepEqual(repo.tags(), ['v1.0.0']);
    });

    it('finds a release whose answer was lost (dropped connection) instead of creating a second one', async () => {
      repo = new GitFixture();
      await shipRelease(context(), options); // everything done…
      emulator.seed(seedWith({ issues: [seedIssue({ number: 1, state: 'closed' })], releases: [{ tag_name: 'v1.0.0', draft: true }] }));
      const outcome = await shipRelease(context(), options);
      assert.deepEqual(outcome.plan.steps, ['closeMilestone']);
      assert.equal(releases().length, 1);
    });

    it('refuses, writing nothing, when the tag exists on another commit', async () => {
      repo = new GitFixture();
      repo.git('tag', 'v1.0.0');
      fs.writeFileSync(path.join(repo.work, 'b.txt'), 'b');
      repo.git('add', '.');
      repo.git('commit', '--quiet', '-m', 'second');
      await assert.rejects(shipRelease(context(), options), ShipConflictError);
      assert.equal(releases().length, 0);
      assert.equal(emulator.requests.filter((r) => r.method !== 'GET').length, 0);
    });

    it('pushes the tag only when asked, and not twice', async () => {
      repo = new GitFixture(true);
      await shipRelease(context(), options);
      assert.deepEqual(repo.tags('origin'), []);
      const pushed = await shipRelease(context(), { ...options, pushTag: true });
      assert.deepEqual(pushed.plan.steps, ['pushTag']);
      assert.deepEqual(repo.tags('origin'), ['v1.0.0']);
      assert.deepEqual((await shipRelease(context(), { ...options, pushTag: true })).plan.steps, []);
    });
  });

  describe('local tracker', () => {
    let ws: Workspace;
    beforeEach(() => (ws = new Workspace()));
    afterEach(() => ws.dispose());

    it('tags and closes the milestone in .release/issues.json; no release step', async () => {
      repo = new GitFixture();
      ws.write(aDocument([aLocalIssue({ number: 1, state: 'closed', closedAt: '2026-11-05T00:00:00Z' })], [aLocalMilestone()]));
      const ctx = { tracker: ws.tracker(), git: new GitRepository(repo.work), milestone: 'v1.0', notes: '' };
      const outcome = await shipRelease(ctx, options);
      assert.deepEqual([outcome.done, outcome.release], [['createTag', 'closeMilestone'], null]);
      assert.equal(ws.json().milestones[0].state, 'closed');
      const before = ws.text();
      assert.deepEqual((await shipRelease(ctx, options)).plan.steps, []);
      assert.equal(ws.text(), before, 'nothing rewritten');
    });

    it('says clearly when the folder is no git repository', async () => {
      ws.write(aDocument([], [aLocalMilestone()]));
      await assert.rejects(shipRelease({ tracker: ws.tracker(), git: new GitRepository(ws.root), milestone: 'v1.0', notes: '' }, options), /not a git repository with a commit/);
      assert.equal(ws.json().milestones[0].state, 'open');
    });
  });
});
