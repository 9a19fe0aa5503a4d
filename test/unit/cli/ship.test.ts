import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs, UsageError } from '../../../src/cli/args';
import { parseTeamConfig } from '../../../src/core/config/config';
import { statusOf } from '../../../src/core/config/roles';
import { createLocalTracker } from '../../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../../src/trackers/nodeTrackerFiles';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { GitFixture } from '../ship/gitFixture';
import { buildCli, copyDemo, runCli } from './cliRunner';
import { commitEverything } from '../../gitRepository';

const GO_ISSUES = [
  seedIssue({ number: 1, title: 'Checkout', labels: ['role:code'], state: 'closed' }),
  seedIssue({ number: 2, title: 'Release checklist: v1.0', labels: ['release-checklist'], body: '- [x] QA sign-off\n' }),
  seedIssue({ number: 3, title: 'Customer approval', labels: ['customer-approval', 'approved'], comments: [{ body: 'Signed off by Dana' }] }),
  seedIssue({ number: 4, title: 'Wrap <b>gifts</b>', body: 'Fixes #1', state: 'closed', pull_request: { merged_at: '2026-11-01T10:00:00Z' } }),
];

describe('release-readiness notes and ship', function () {
  this.timeout(60000);
  let emulator: GitHubEmulator;
  let repo: GitFixture;
  before(() => buildCli());
  beforeEach(() => (repo = new GitFixture()));
  afterEach(async () => {
    await emulator?.stop();
    repo.dispose();
  });

  const env = (): Record<string, string> => ({ GITHUB_API_URL: emulator.url, GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'octo/repo' });
  const writes = () => emulator.requests.filter((r) => r.method !== 'GET');

  it('parses ship options: --tag, --publish, --push; refuses them on check and a bad tag', () => {
    assert.deepEqual(parseArgs(['ship', '--tag', 'v2.0.0', '--publish', '--push']), {
      kind: 'ship',
      options: { tracker: null, repo: null, milestone: null, format: 'text', dir: null, tag: 'v2.0.0', publish: true, push: true },
    });
    assert.equal(parseArgs(['notes', '--milestone', 'v1']).kind, 'notes');
    assert.throws(() => parseArgs(['check', '--publish']), (e: unknown) => e instanceof UsageError && /Unknown option "--publish" for "check"/.test(e.message));
    assert.throws(() => parseArgs(['ship', '--push=yes']), /--push takes no value/);
    assert.throws(() => parseArgs(['notes', '--format', 'json']), /Unknown option "--format" for "notes"/);
  });

  it('notes: prints the Markdown notes with the approval note, the hostile title escaped', async () => {
    emulator = await GitHubEmulator.start({ seed: seedWith({ issues: GO_ISSUES }) });
    const { code, stdout, stderr } = await runCli(['notes'], { cwd: repo.work, env: env() });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^# Release notes: v1\.0\n/);
    assert.match(stdout, /> Signed off by Dana/);
    assert.match(stdout, /- Checkout \(\[#1\]\(http:\/\/127\.0\.0\.1:\d+\/octo\/repo\/issues\/1\)\) — #4/);
    assert.deepEqual(writes(), []);
  });

  it('ship on NO-GO: exit 1, the failing criteria, no write at all and no tag', async () => {
    emulator = await GitHubEmulator.start({ seed: seedWith({ issues: [...GO_ISSUES, seedIssue({ number: 5, title: 'Open PR', pull_request: {} })] }) });
    const { code, stdout, stderr } = await runCli(['ship'], { cwd: repo.work, env: env() });
    assert.equal(code, 1, stdout + stderr);
    assert.match(stderr, /Not shipping: the verdict is NO-GO\.\n✗ No open pull requests in the milestone: 1 pull request still open\./);
    assert.deepEqual(writes(), []);
    assert.deepEqual(repo.tags(), []);
  });

  it('ship on GO: one tag, one draft release, milestone closed; again: exit 0 and nothing new', async () => {
    emulator = await GitHubEmulator.start({ seed: seedWith({ issues: GO_ISSUES }) });
    const first = await runCli(['ship'], { cwd: repo.work, env: env() });
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^Shipped v1\.0 as v1\.0\.0: tag created, GitHub Release created, milestone closed\.\nGitHub Release \(draft\): http/);
    assert.deepEqual(repo.tags(), ['v1.0.0']);
    const state = emulator.state().repos[0];
    assert.deepEqual(state.releases.map((r) => [r.tag_name, r.draft]), [['v1.0.0', true]]);
    assert.match(state.releases[0].body ?? '', /^# Release notes: v1\.0\n[^]*> Signed off by Dana[^]*- Checkout /, 'the notes are the body');
    assert.equal(state.milestones[0].state, 'closed');
    // The milestone is closed now, so name it.
    const again = await runCli(['ship', '--milestone', 'v1.0'], { cwd: repo.work, env: env() });
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /already done before: tag created, GitHub Release created, milestone closed/);
    assert.equal(emulator.state().repos[0].releases.length, 1);
  });

  it('ship: a 502 on the release POST exits 2 saying what is done; the rerun finishes with one release', async () => {
    emulator = await GitHubEmulator.start({ seed: seedWith({ issues: GO_ISSUES }) });
    emulator.injectFault({ kind: 'serverError', status: 502, match: 'POST /repos/octo/repo/releases' });
    const failed = await runCli(['ship'], { cwd: repo.work, env: env() });
    assert.equal(failed.code, 2);
    assert.match(failed.stderr, /Ship stopped at "GitHub Release created": .*\nDone: tag created\. Run "release-readiness ship" again/);
    const rerun = await runCli(['ship'], { cwd: repo.work, env: env() });
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.equal(emulator.state().repos[0].releases.length, 1);
  });

  it('ship with the local tracker: tags and closes the milestone in .release/issues.json', async () => {
    emulator = await GitHubEmulator.start({ seed: seedWith() }); // unused, keeps afterEach simple
    const release = path.join(repo.work, '.release');
    fs.mkdirSync(release);
    fs.writeFileSync(
      path.join(release, 'issues.json'),
      JSON.stringify({
        version: 1,
        milestones: [{ number: 1, title: 'v2.1', description: [], dueOn: null, state: 'open', checklist: ['- [x] QA sign-off'] }],
        issues: [
          { number: 1, title: 'Done', body: [], state: 'closed', stateReason: 'completed', labels: ['role:code'], assignees: [], milestone: 'v2.1', author: null, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', closedAt: '2026-11-02T00:00:00Z', comments: [] },
          { number: 2, title: 'Approval', body: [], state: 'open', stateReason: null, labels: ['customer-approval', 'approved'], assignees: [], milestone: 'v2.1', author: null, createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z', closedAt: null, comments: [] },
        ],
      }, null, 2),
    );
    const { code, stdout, stderr } = await runCli(['ship'], { cwd: repo.work });
    assert.equal(code, 0, stdout + stderr);
    assert.match(stdout, /^Shipped v2\.1 as v2\.1\.0: tag created, milestone closed\./);
    assert.deepEqual(repo.tags(), ['v2.1.0']);
    assert.equal(JSON.parse(fs.readFileSync(path.join(release, 'issues.json'), 'utf8')).milestones[0].state, 'closed');
  });

  it('the demo in a fresh clone: refuses today, ships once driven to GO (tag v1.4.0, milestone closed)', async () => {
    emulator = await GitHubEmulator.start({ seed: seedWith() }); // unused, keeps afterEach simple
    const root = copyDemo();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
    try {
      commitEverything(root, 'clone', { name: 'alice', email: 'alice@example.com' });
      const issuesFile = path.join(root, '.release', 'issues.json');
      const before = fs.readFileSync(issuesFile, 'utf8');
      const refused = await runCli(['ship'], { cwd: root });
      assert.equal(refused.code, 1, refused.stderr);
      assert.match(refused.stderr, /^Not shipping: the verdict is NO-GO\.\n✗ All issues resolved: 15 of 38 issues still open\./);
      assert.equal(fs.readFileSync(issuesFile, 'utf8'), before, 'nothing written');
      assert.equal(git('tag', '--list'), '');

      // What the demo README asks of the team, done through the local tracker, and the TODOs fixed in the code.
      const config = parseTeamConfig(fs.readFileSync(path.join(root, '.release', 'config.json'), 'utf8')).config;
      const tracker = createLocalTracker({ files: nodeTrackerFiles(root), config, author: 'alice' });
      const milestone = 'v1.4 — Holiday Checkout';
      for (const issue of (await tracker.loadRelease(milestone)).issues) {
        const status = statusOf(issue, config);
        if (status.machinery) continue;
        if (issue.state === 'open') await tracker.closeIssue(issue.number, 'completed');
        if (status.needsVerification && !status.verified) await tracker.editLabels(issue.number, ['verified'], []);
      }
      await tracker.editChecklist(milestone, (body) => body.replace(/- \[ \]/g, '- [x]'));
      await tracker.addComment(48, 'Approved by priya for Acme Retail.');
      await tracker.editLabels(48, ['approved'], []);
      for (const dir of ['src', 'styles', 'scripts']) {
        for (const name of fs.readdirSync(path.join(root, dir))) {
          const file = path.join(root, dir, name);
          fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n').filter((line) => !/\b(TODO|FIXME|HACK)\b/.test(line)).join('\n'));
        }
      }
      git('commit', '--quiet', '--all', '-m', 'release work');

      const shipped = await runCli(['ship'], { cwd: root });
      assert.equal(shipped.code, 0, shipped.stdout + shipped.stderr);
      assert.match(shipped.stdout, /^Shipped v1\.4 — Holiday Checkout as v1\.4\.0: tag created, milestone closed\.\n$/);
      assert.equal(git('tag', '--list'), 'v1.4.0');
      assert.equal(git('rev-parse', 'v1.4.0^{commit}'), git('rev-parse', 'HEAD'));
      const doc = JSON.parse(fs.readFileSync(issuesFile, 'utf8')) as { milestones: { title: string; state: string }[] };
      assert.equal(doc.milestones.find((m) => m.title === milestone)?.state, 'closed');
      const notes = await runCli(['notes', '--milestone', milestone], { cwd: root });
      assert.match(notes.stdout, /> Approved by priya for Acme Retail\./);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
