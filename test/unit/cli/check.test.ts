// The built CLI on a copy of the demo workspace and against the GitHub API emulator: verdicts, exit codes,
// output formats, and the step summary.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseTeamConfig } from '../../../src/core/config/config';
import { statusOf } from '../../../src/core/config/roles';
import { createLocalTracker } from '../../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../../src/trackers/nodeTrackerFiles';
import { GitHubEmulator, seedIssue, seedMilestone, seedWith } from '../../emulator/index';
import { buildCli, copyDemo, runCli } from './cliRunner';

const MILESTONE = 'v1.4 — Holiday Checkout';
const FAILING_TODAY = ['allResolved', 'noOpenBlockers', 'verified', 'noTodoOnClosedOrMissing', 'noUntrackedTodo', 'checklistComplete', 'customerApproval'];

interface JsonReport {
  verdict: string;
  criteria: { id: string; passed: boolean; skipped: boolean; reason: string; items: { kind: string; number?: number; file?: string }[] }[];
  roles: { role: string; resolved: number; verified: number; total: number }[];
  todos: { total: number; untracked: number } | null;
}

/** Everything the demo README says stands between today and GO, done through the local tracker and the files. */
async function resolveEverything(root: string): Promise<void> {
  const config = parseTeamConfig(fs.readFileSync(path.join(root, '.release', 'config.json'), 'utf8')).config;
  const tracker = createLocalTracker({ files: nodeTrackerFiles(root), config, author: 'alice' });
  const data = await tracker.loadRelease(MILESTONE);
  for (const issue of data.issues) {
    const status = statusOf(issue, config);
    if (status.machinery) continue;
    if (issue.state === 'open') await tracker.closeIssue(issue.number, 'completed', 'Fixed on main.');
    if (status.needsVerification && !status.verified) await tracker.editLabels(issue.number, [config.labels.verified], []);
  }
  await tracker.editChecklist(MILESTONE, (body) => body.replace(/- \[ \]/g, '- [x]'));
  await tracker.editLabels(48, [config.labels.approved], []);
  // The code was fixed with the issues: the TODO comments go.
  for (const dir of ['src', 'styles', 'scripts']) {
    for (const name of fs.readdirSync(path.join(root, dir))) {
      const file = path.join(root, dir, name);
      const kept = fs.readFileSync(file, 'utf8').split('\n').filter((line) => !/\b(TODO|FIXME|HACK)\b/.test(line));
      fs.writeFileSync(file, kept.join('\n'));
    }
  }
}

describe('release-readiness check (CLI)', function () {
  this.timeout(60000);
  let root: string;
  before(() => buildCli());
  beforeEach(() => (root = copyDemo()));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('says NO-GO on the demo with exit code 1 and lists every reason', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--tracker', 'local', '--dir', root], { cwd: os.tmpdir() });
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.match(stdout, /^NO-GO {2}v1\.4 — Holiday Checkout: 23 of 38 work items resolved \(60%\)/);
    for (const line of [
      'FAIL  All issues resolved: 15 of 38 issues still open.',
      'FAIL  No open blockers: 2 blockers still open.',
      '      #16 Payment gateway timeout: retry charges the card twice',
      'FAIL  No untracked TODOs: 3 TODOs not tied to an issue.',
      '      src/tax.ts:9: round half-up per line item to match the legacy ERP, which rounds per line instead of per order',
      '      src/promo.ts:25 (#999): cap percentage codes at a maximum discount per order, as Acme\'s finance team asked',
      'FAIL  Customer approval: Approval requested (#48), not given yet.',
      'SKIP  Checks green on the default branch: Not available for the local tracker.',
    ]) {
      assert.ok(stdout.split('\n').includes(line), `missing line: ${line}\n${stdout}`);
    }
  });

  it('prints the JSON shape CI scripts rely on', async () => {
    const { code, stdout } = await runCli(['check', '--format', 'json'], { cwd: root });
    assert.equal(code, 1);
    const json = JSON.parse(stdout) as JsonReport;
    assert.equal(json.verdict, 'NO-GO');
    assert.deepEqual(json.criteria.filter((c) => !c.passed && !c.skipped).map((c) => c.id), FAILING_TODAY);
    for (const c of json.criteria) assert.deepEqual(Object.keys(c).sort(), ['id', 'items', 'passed', 'reason', 'skipped', 'title']);
    assert.deepEqual(json.criteria.find((c) => c.id === 'noOpenBlockers')?.items.map((i) => i.number), [16, 17]);
    assert.deepEqual(
      json.roles.map((r) => [r.role, r.resolved, r.verified, r.total]),
      [
        ['Project Manager', 2, 0, 4],
        ['Designer', 5, 2, 11],
        ['Programmer', 13, 4, 22],
        ['QA Engineer', 4, 0, 8],
        ['Unassigned', 2, 0, 3],
      ],
    );
    assert.deepEqual({ total: json.todos?.total, untracked: json.todos?.untracked }, { total: 12, untracked: 3 });
  });

  it('prints Markdown and appends it to the GitHub Actions step summary', async () => {
    const summary = path.join(root, 'summary.md');
    fs.writeFileSync(summary, '# Earlier step\n');
    const { code, stdout } = await runCli(['check', '--format', 'markdown'], { cwd: root, env: { GITHUB_STEP_SUMMARY: summary } });
    assert.equal(code, 1);
    assert.match(stdout, /^# ⛔ NO-GO: release v1\.4 — Holiday Checkout\n/);
    assert.equal(fs.readFileSync(summary, 'utf8'), `# Earlier step\n${stdout}\n`);
  });

  it('says GO with exit code 0 once the listed items are resolved', async () => {
    await resolveEverything(root);
    const { code, stdout, stderr } = await runCli(['check', '--dir', root, '--format', 'json'], { cwd: os.tmpdir() });
    const json = JSON.parse(stdout) as JsonReport;
    assert.deepEqual(json.criteria.filter((c) => !c.passed && !c.skipped).map((c) => `${c.id}: ${c.reason}`), []);
    assert.equal(json.verdict, 'GO');
    assert.equal(code, 0, stderr);
    const text = await runCli(['check'], { cwd: root });
    assert.equal(text.code, 0);
    assert.match(text.stdout, /^GO {2}v1\.4 — Holiday Checkout: 38 of 38 work items resolved \(100%\)/);
  });

  it('checks the milestone named with --milestone', async () => {
    const { code, stdout } = await runCli(['check', '--milestone', 'v1.3', '--format', 'json'], { cwd: root });
    const json = JSON.parse(stdout) as JsonReport & { milestone: { title: string } };
    assert.equal(json.milestone.title, 'v1.3');
    assert.equal(code, json.verdict === 'GO' ? 0 : 1);
  });

  const errors: [string, string[], RegExp][] = [
    ['no command', [], /Missing command/],
    ['an unknown format', ['check', '--format', 'xml'], /--format must be one of text, markdown, json/],
    ['a folder that does not exist', ['check', '--dir', 'no/such/folder'], /Not a folder: .*no\/such\/folder/],
    ['an unknown milestone', ['check', '--milestone', 'v9'], /There is no milestone "v9" \(milestones: "v1\.3", "v1\.4 — Holiday Checkout", "v1\.5"\)/],
  ];
  for (const [what, args, message] of errors) {
    it(`exits 2 on ${what}, with the reason on stderr`, async () => {
      const { code, stdout, stderr } = await runCli(args, { cwd: root });
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('exits 2 when --tracker local finds no tracker file', async () => {
    fs.rmSync(path.join(root, '.release', 'issues.json'));
    const { code, stderr } = await runCli(['check', '--tracker', 'local'], { cwd: root });
    assert.equal(code, 2);
    assert.match(stderr, /There is no \.release\/issues\.json in /);
  });

  it('exits 2 on a team config with errors, naming the line', async () => {
    fs.writeFileSync(path.join(root, '.release', 'config.json'), '{\n  "criteria": { "allResolved": "yes" }\n}\n');
    const { code, stderr } = await runCli(['check'], { cwd: root });
    assert.equal(code, 2);
    assert.match(stderr, /^\.release\/config\.json:2:\d+: error: /m);
    assert.match(stderr, /The team config has errors/);
  });

  it('prints usage for --help and exits 0', async () => {
    const { code, stdout } = await runCli(['--help'], { cwd: root });
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: release-readiness check \[options\]/);
    assert.match(stdout, /GITHUB_API_URL/);
  });
});

describe('release-readiness check against GitHub (emulator)', function () {
  this.timeout(60000);
  let emulator: GitHubEmulator;
  let cwd: string;
  before(() => buildCli());
  beforeEach(() => (cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-cli-gh-'))));
  afterEach(async () => {
    await emulator?.stop();
    fs.rmSync(cwd, { recursive: true, force: true });
  });

  const env = (): Record<string, string> => ({ GITHUB_API_URL: emulator.url, GITHUB_TOKEN: 'rr-cli-token' });

  it('reads the repository named by --repo with the token from the environment: NO-GO on an open blocker', async () => {
    emulator = await GitHubEmulator.start({
      token: 'rr-cli-token',
      seed: seedWith({
        issues: [
          seedIssue({ number: 1, title: 'Checkout crashes', labels: ['role:code', 'blocker'] }),
          seedIssue({ number: 2, title: 'Copy review', labels: ['role:pm'], state: 'closed' }),
        ],
      }),
    });
    const { code, stdout, stderr } = await runCli(['check', '--repo', 'octo/repo', '--format', 'json'], { cwd, env: env() });
    assert.equal(code, 1, stderr);
    const json = JSON.parse(stdout) as JsonReport & { source: string };
    assert.deepEqual(json.criteria.filter((c) => !c.passed && !c.skipped).map((c) => c.id), ['allResolved', 'noOpenBlockers', 'checklistComplete', 'customerApproval']);
    assert.deepEqual(json.criteria.find((c) => c.id === 'checksGreen')?.passed, true);
    assert.match(json.source, /octo\/repo$/);
    assert.ok(emulator.requests.length > 0);
    assert.ok(emulator.requests.every((r) => r.headers.authorization === 'token rr-cli-token'), 'every request carries the token');
  });

  it('says GO from $GITHUB_REPOSITORY when the release is done and approved', async () => {
    emulator = await GitHubEmulator.start({
      seed: seedWith({
        issues: [
          seedIssue({ number: 1, title: 'Checkout', labels: ['role:code'], state: 'closed' }),
          seedIssue({ number: 2, title: 'Release checklist: v1.0', labels: ['release-checklist'], body: '- [x] QA sign-off\n- [x] Docs updated\n' }),
          seedIssue({ number: 3, title: 'Customer approval', labels: ['customer-approval', 'approved'] }),
        ],
      }),
    });
    const summary = path.join(cwd, 'summary.md');
    const { code, stdout, stderr } = await runCli(['check'], { cwd, env: { ...env(), GITHUB_REPOSITORY: 'octo/repo', GITHUB_STEP_SUMMARY: summary } });
    assert.equal(code, 0, `${stdout}\n${stderr}`);
    assert.match(stdout, /^GO {2}v1\.0: 1 of 1 work items resolved \(100%\)/);
    assert.match(fs.readFileSync(summary, 'utf8'), /^# ✅ GO: release \[v1\.0\]\(http:\/\/127\.0\.0\.1:\d+\/octo\/repo\/milestone\/\d+\)/);
  });

  describe('a TODO on an issue outside the milestone counts by its real state', () => {
    const doneRelease = () =>
      seedWith({
        milestones: [seedMilestone(), seedMilestone({ title: 'v2.1', due_on: '2027-03-01T08:00:00Z' })],
        issues: [
          seedIssue({ number: 1, title: 'Checkout', labels: ['role:code'], state: 'closed' }),
          seedIssue({ number: 2, title: 'Release checklist: v1.0', labels: ['release-checklist'], body: '- [x] QA sign-off\n' }),
          seedIssue({ number: 3, title: 'Customer approval', labels: ['customer-approval', 'approved'] }),
          seedIssue({ number: 50, title: 'Plugin marketplace', milestone: 'v2.1' }),
          seedIssue({ number: 60, title: 'Old crash', milestone: null, state: 'closed' }),
        ],
        deletedIssues: [70],
      });
    const check = async (ref: number) => {
      fs.writeFileSync(path.join(cwd, 'app.ts'), `// TODO(#${ref}): follow up\nexport {};\n`);
      const { code, stdout, stderr } = await runCli(['check', '--repo', 'octo/repo', '--format', 'json'], { cwd, env: env() });
      const criterion = code === 2 ? undefined : (JSON.parse(stdout) as JsonReport).criteria.find((c) => c.id === 'noTodoOnClosedOrMissing');
      return { code, stderr, criterion };
    };

    it('open in the next milestone: GO; closed without milestone, deleted or missing: NO-GO', async () => {
      emulator = await GitHubEmulator.start({ seed: doneRelease() });
      const planned = await check(50);
      assert.deepEqual([planned.code, planned.criterion?.passed], [0, true], planned.stderr);
      const closed = await check(60);
      assert.deepEqual([closed.code, closed.criterion?.reason], [1, '1 TODO references a closed issue.']);
      for (const gone of [70, 999]) {
        const result = await check(gone);
        assert.deepEqual([result.code, result.criterion?.reason], [1, '1 TODO references an issue the tracker does not have.'], `#${gone}`);
      }
      assert.equal(emulator.requests.filter((r) => r.path === '/repos/octo/repo/issues/999').length, 1, 'one look-up per number');
    });

    it('exits 2, not "not found", when the look-up fails', async () => {
      emulator = await GitHubEmulator.start({ seed: doneRelease() });
      emulator.injectFault({ kind: 'serverError', status: 503, count: 20, match: 'GET /repos/octo/repo/issues/50' });
      const failed = await check(50);
      assert.equal(failed.code, 2);
      assert.match(failed.stderr, /Could not read #50 from \S*octo\/repo: .*server error/);
    });
  });

  it('exits 2 with a clear message when the token is refused', async () => {
    emulator = await GitHubEmulator.start({ token: 'the-right-token', seed: seedWith() });
    const { code, stderr } = await runCli(['check', '--repo', 'octo/repo'], { cwd, env: env() });
    assert.equal(code, 2);
    assert.match(stderr, /^release-readiness: .*(token|credentials|sign)/im);
    assert.doesNotMatch(stderr, /rr-cli-token/, 'the token is never printed');
  });

  it('exits 2 when no repository can be found', async () => {
    emulator = await GitHubEmulator.start({ seed: seedWith() });
    const { code, stderr } = await runCli(['check'], { cwd, env: env() });
    assert.equal(code, 2);
    assert.match(stderr, /No GitHub repository: .* Pass --repo OWNER\/NAME or --tracker local\./);
    assert.equal(emulator.requests.length, 0);
  });
});
