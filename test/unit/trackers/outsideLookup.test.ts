// Issues TODOs reference outside the release milestone, looked up over the wire (GitHub tracker against the API
// emulator) and from the file (local tracker), and resolveOutside, the step the extension and the CLI share.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import type { OutsideIssue, TodoItem } from '../../../src/core/model';
import { createLocalTracker } from '../../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../../src/trackers/nodeTrackerFiles';
import { lastKnownOutside, resolveOutside } from '../../../src/trackers/outsideLookup';
import { GitHubEmulator, seedIssue, seedMilestone, seedRepo } from '../../emulator/index';
import { aTodo } from '../core/releaseBuilders';
import { trackerFor } from './github/emulatorKit';

const byNumber = (outside: readonly OutsideIssue[] | undefined) => new Map((outside ?? []).map((o) => [`${o.repository ?? ''}#${o.number}`, o]));

describe('outside issues', () => {
  let emulator: GitHubEmulator;
  before(async () => {
    emulator = await GitHubEmulator.start();
  });
  after(async () => {
    await emulator.stop();
  });
  beforeEach(() => {
    emulator.reset();
    emulator.seed({
      repos: [
        seedRepo({
          milestones: [seedMilestone({ title: 'v2.0' }), seedMilestone({ title: 'v2.1', due_on: '2027-03-01T08:00:00Z' })],
          issues: [
            seedIssue({ number: 1, title: 'In the release', milestone: 'v2.0' }),
            seedIssue({ number: 50, title: 'Plugin marketplace', milestone: 'v2.1' }),
            seedIssue({ number: 51, title: 'Someday maybe', milestone: null }),
            seedIssue({ number: 60, title: 'Old crash', milestone: null, state: 'closed' }),
            seedIssue({ number: 61, title: 'Won\'t do', milestone: null, state: 'closed', state_reason: 'not_planned' }),
          ],
          deletedIssues: [70],
          transferredIssues: [{ number: 71, to: 'octo/other#3' }],
        }),
        seedRepo({ name: 'other', milestones: [], issues: [seedIssue({ number: 3, title: 'Now over here', milestone: null })] }),
      ],
    });
  });

  const refs = [50, 51, 60, 61, 70, 71, 999].map((number) => ({ number }));
  const lookups = () => emulator.requests.filter((r) => /^\/repos\/octo\/[^/]+\/issues\/\d+$/.test(r.path));

  it('maps every answer of GET /repos/{o}/{r}/issues/{n}: other milestone, none, closed, 404, 410, 301', async () => {
    const answers = byNumber(await trackerFor(emulator).lookupOutside(refs));
    const brief = (n: number) => {
      const o = answers.get(`#${n}`)!;
      return [o.status, o.title, o.milestone, o.stateReason, o.movedTo, o.lastError];
    };
    assert.deepEqual(brief(50), ['open', 'Plugin marketplace', 'v2.1', null, null, null]);
    assert.deepEqual(brief(51), ['open', 'Someday maybe', null, null, null, null]);
    assert.deepEqual(brief(60), ['closed', 'Old crash', null, 'completed', null, null]);
    assert.deepEqual(brief(61), ['closed', 'Won\'t do', null, 'not_planned', null, null]);
    assert.deepEqual(brief(70), ['deleted', null, null, null, null, null]);
    assert.deepEqual(brief(71), ['transferred', 'Now over here', null, null, 'octo/other#3', null]);
    assert.deepEqual(brief(999), ['notFound', null, null, null, null, null]);
    assert.deepEqual(lookups().map((r) => r.status).sort(), [200, 200, 200, 200, 200, 301, 404, 410]);
  });

  it('asks each reference once, and an unchanged refresh answers 304 for every issue that exists', async () => {
    const tracker = trackerFor(emulator);
    const first = await tracker.lookupOutside(refs);
    assert.equal(lookups().filter((r) => r.path.startsWith('/repos/octo/repo/')).length, refs.length);
    emulator.resetRequests();
    const again = await tracker.lookupOutside(refs, first);
    assert.deepEqual(again, first);
    const statuses = new Map(lookups().map((r) => [r.path, r.status]));
    assert.equal(lookups().filter((r) => r.path.startsWith('/repos/octo/repo/')).length, refs.length, 'one request per reference');
    for (const n of [50, 51, 60, 61]) assert.equal(statuses.get(`/repos/octo/repo/issues/${n}`), 304, `#${n}`);
    assert.ok(lookups().every((r) => r.headers['if-none-match'] !== undefined || ![50, 51, 60, 61].some((n) => r.path.endsWith(`/${n}`))));
  });

  it('offline or rate limited: the last known answer, marked, never "not found"', async () => {
    const tracker = trackerFor(emulator, { tuning: { retries: 0 } });
    const first = await tracker.lookupOutside([{ number: 60 }, { number: 999 }]);
    emulator.injectFault({ kind: 'serverError', status: 502, count: 10, match: 'GET /repos/octo/repo/issues/' });
    const offline = byNumber(await tracker.lookupOutside([{ number: 60 }, { number: 999 }, { number: 50 }], first));
    assert.equal(offline.get('#60')?.status, 'closed');
    assert.equal(offline.get('#999')?.status, 'notFound', 'a 404 known from before stays what it was');
    assert.match(offline.get('#60')?.lastError ?? '', /server error/);
    assert.deepEqual([offline.get('#50')?.status, typeof offline.get('#50')?.lastError], ['unknown', 'string']);
    emulator.clearFaults();
    emulator.setRateLimit(0, 3600);
    const limited = byNumber(await tracker.lookupOutside([{ number: 51 }], first));
    assert.equal(limited.get('#51')?.status, 'unknown');
    assert.match(limited.get('#51')?.lastError ?? '', /rate limit/i);
  });

  it('looks up another repository on the same host only; shows which repository answered', async () => {
    const tracker = trackerFor(emulator);
    const host = new URL(emulator.url).host;
    const answers = byNumber(await tracker.lookupOutside([
      { number: 3, owner: 'octo', repo: 'other' },
      { number: 3, owner: 'octo', repo: 'other2', host: 'ghe.example.com' },
      { number: 3, owner: 'octo', repo: 'other3', host },
    ]));
    assert.deepEqual([answers.get('octo/other#3')?.status, answers.get('octo/other#3')?.title], ['open', 'Now over here']);
    assert.equal(answers.get('octo/other2#3')?.status, 'unknown');
    assert.equal(answers.get('octo/other3#3')?.status, 'notFound');
    assert.deepEqual(lookups().map((r) => r.path).sort(), ['/repos/octo/other/issues/3', '/repos/octo/other3/issues/3']);
  });

  it('resolveOutside: one request per distinct number the milestone lacks, however many TODOs name it', async () => {
    const tracker = trackerFor(emulator);
    const data = await tracker.loadRelease('v2.0');
    emulator.resetRequests();
    const todos: TodoItem[] = [aTodo({ refTo: 1 }), aTodo({ refTo: 50 }), aTodo({ refTo: 50, line: 20 }), aTodo({ refTo: 'octo/repo#50' }), aTodo({ refTo: 60 }), aTodo()];
    const resolved = await resolveOutside(tracker, data, todos);
    assert.deepEqual(resolved.outside?.map((o) => [o.number, o.status]), [[50, 'open'], [60, 'closed']]);
    assert.deepEqual(lookups().map((r) => r.path), ['/repos/octo/repo/issues/50', '/repos/octo/repo/issues/60']);
    assert.deepEqual(await resolveOutside(tracker, data, null), data, 'before the scan: nothing to ask');
  });

  it('lastKnownOutside: a snapshot\'s answers marked, unknown for a reference it lacks, no requests', async () => {
    const tracker = trackerFor(emulator);
    const data = await resolveOutside(tracker, await tracker.loadRelease('v2.0'), [aTodo({ refTo: 60 })]);
    emulator.resetRequests();
    const stale = lastKnownOutside(data, [aTodo({ refTo: 60 }), aTodo({ refTo: 77 })], 'Cannot reach the host');
    assert.deepEqual(stale.outside?.map((o) => [o.number, o.status, o.lastError]), [[60, 'closed', 'Cannot reach the host'], [77, 'unknown', 'Cannot reach the host']]);
    assert.equal(emulator.requests.length, 0);
  });

  it('local tracker: from the file, every milestone\'s issues; other repositories unknown', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-outside-'));
    try {
      const local = createLocalTracker({ files: nodeTrackerFiles(root), config: DEFAULT_CONFIG, clock: () => new Date('2026-11-01T00:00:00Z') });
      // Created through the tracker itself, so the file is in the format it writes.
      const file = {
        version: 1,
        milestones: [{ number: 1, title: 'v2.0', description: '', dueOn: null, state: 'open' }, { number: 2, title: 'v2.1', description: '', dueOn: null, state: 'open' }],
        issues: [],
      };
      fs.mkdirSync(path.join(root, '.release'));
      fs.writeFileSync(path.join(root, '.release', 'issues.json'), JSON.stringify(file));
      await local.createIssue({ title: 'Later', body: '', labels: [], milestone: 'v2.1' });
      const closed = await local.createIssue({ title: 'Old', body: '', labels: [], milestone: null });
      await local.closeIssue(closed.number, 'not_planned');
      const answers = byNumber(await local.lookupOutside([{ number: 1 }, { number: 2 }, { number: 9 }, { number: 1, owner: 'a', repo: 'b' }]));
      assert.deepEqual([answers.get('#1')?.status, answers.get('#1')?.milestone], ['open', 'v2.1']);
      assert.deepEqual([answers.get('#2')?.status, answers.get('#2')?.stateReason], ['closed', 'not_planned']);
      assert.equal(answers.get('#9')?.status, 'notFound');
      assert.equal(answers.get('a/b#1')?.status, 'unknown');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
