import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import type { Issue } from '../../../src/core/model';
import { ReleaseStore, type LoadRelease, type ReleaseState } from '../../../src/state/releaseStore';
import type { KeyValueStore } from '../../../src/trackers/keyValueStore';
import type { WriteFile } from '../../../src/trackers/nodeTrackerFiles';
import { atomicWrite } from '../../../src/trackers/atomicWrite';
import { loadReleaseWithFallback, SnapshotCache } from '../../../src/trackers/snapshotCache';
import { TrackerError, type Tracker } from '../../../src/trackers/tracker';
import { aDocument, aLocalIssue, aLocalMilestone, Workspace } from '../trackers/localFixtures';

const close = (issue: Issue): Issue => ({ ...issue, state: 'closed', stateReason: 'completed' });

/** A promise the test resolves by hand, to hold a write or a load at a chosen point. */
function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

class MemoryStore implements KeyValueStore {
  readonly values = new Map<string, string>();
  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }
}

/** The local tracker, switchable to "cannot reach the server", the way the GitHub tracker fails offline. */
function unplugged(tracker: Tracker): { tracker: Tracker; offline: boolean } {
  const plug = { offline: false, tracker };
  plug.tracker = new Proxy(tracker, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        plug.offline ? Promise.reject(new TrackerError('offline', 'Cannot reach github.com (connection reset).')) : value.apply(target, args);
    },
  });
  return plug;
}

describe('ReleaseStore', () => {
  let ws: Workspace;
  const issueOf = (store: ReleaseStore, n: number) => store.issue(n);
  const stateOf = (store: ReleaseStore, n: number) => store.issue(n)?.state;
  const onDisk = (n: number) => ws.json().issues.find((i) => i.number === n) as { state: string; comments: { body: string[] }[] };

  beforeEach(() => {
    ws = new Workspace();
    ws.write(
      aDocument(
        [
          aLocalIssue({ number: 1, labels: ['role:code'] }),
          aLocalIssue({ number: 2, labels: ['role:qa'] }),
          aLocalIssue({ number: 3, labels: ['role:pm'], milestone: 'v0.9' }),
        ],
        [aLocalMilestone({ number: 1, title: 'v0.9', state: 'closed' }), aLocalMilestone({ number: 2, title: 'v1.0' })],
      ),
    );
  });
  afterEach(() => ws.dispose());

  function storeWith(tracker: Tracker, loadRelease?: LoadRelease, preferred: string | null = null): { store: ReleaseStore; states: ReleaseState[] } {
    const store = new ReleaseStore({ config: () => DEFAULT_CONFIG, preferredMilestone: () => preferred, loadRelease });
    const states: ReleaseState[] = [];
    store.onDidChange((s) => states.push(s));
    store.setTracker(tracker);
    return { store, states };
  }

  it('loads the open milestone with the nearest due date', async () => {
    const { store } = storeWith(ws.tracker());
    await store.refresh();
    assert.equal(store.current.phase, 'ready');
    assert.equal(store.current.data?.milestone.title, 'v1.0');
    assert.deepEqual(store.current.data?.issues.map((i) => i.number), [1, 2]);
    assert.deepEqual(store.current.milestones.map((m) => m.title), ['v0.9', 'v1.0']);
  });

  it('fires no change when a refresh reads what is shown already (our own write read back), and one when it differs', async () => {
    const { store, states } = storeWith(ws.tracker());
    await store.refresh();
    await store.write('close#1', 1, close, (t) => t.closeIssue(1, 'completed'));
    const shown = store.current.data!;
    const before = states.length;
    await store.refresh();
    assert.equal(states.length, before, 'an unchanged release redraws nothing');
    assert.equal(store.current.data!.issues, shown.issues, 'the same issues, so what was derived from them still holds');

    ws.editExternally((doc) => ((doc.issues.find((i) => i.number === 2) as { title: string }).title = 'Renamed on disk'));
    await store.refresh();
    assert.equal(states.length, before + 1);
    assert.equal(store.issue(2)?.title, 'Renamed on disk');
  });

  it('applies a write at once, marks the issue pending, then shows the confirmed issue', async () => {
    const hold = gate();
    const writeFile: WriteFile = async (file, content, options) => {
      await hold.opened;
      await atomicWrite(file, content, options);
    };
    const { store } = storeWith(ws.tracker({ writeFile }));
    await store.refresh();
    const written = store.write('close#1', 1, close, (t) => t.closeIssue(1, 'completed', 'Fixed in abc123'));
    assert.equal(stateOf(store, 1), 'closed');
    assert.deepEqual([...store.current.pending], [1]);
    assert.equal(onDisk(1).state, 'open');

    hold.open();
    const confirmed = await written;
    assert.equal(confirmed.state, 'closed');
    assert.equal(confirmed.updatedAt, '2026-11-20T10:00:00Z', 'the tracker answer replaces the optimistic copy');
    assert.deepEqual(issueOf(store, 1), confirmed);
    assert.deepEqual([...store.current.pending], []);
    assert.equal(onDisk(1).state, 'closed');
  });

  it('rolls back and rethrows when the write fails', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const { store, states } = storeWith(ws.tracker({ writeFile: () => Promise.reject(denied) }));
    await store.refresh();
    const before = issueOf(store, 1);
    states.length = 0;

    await assert.rejects(store.write('close#1', 1, close, (t) => t.closeIssue(1, 'completed')), /permission denied/);
    assert.deepEqual(issueOf(store, 1), before);
    assert.deepEqual([...store.current.pending], []);
    assert.deepEqual(
      states.map((s) => s.data?.issues.find((i) => i.number === 1)?.state),
      ['closed', 'open'],
      'one optimistic change, one rollback',
    );
    assert.equal(onDisk(1).state, 'open');
  });

  it('joins a second trigger with the same key instead of writing twice', async () => {
    const { store } = storeWith(ws.tracker());
    await store.refresh();
    let runs = 0;
    const run = (t: Tracker) => {
      runs++;
      return t.closeIssue(2, 'completed', 'Verified on staging');
    };
    const first = store.write('close#2', 2, close, run);
    const second = store.write('close#2', 2, close, run);
    assert.equal(second, first);
    await Promise.all([first, second]);
    assert.equal(runs, 1);
    assert.equal(onDisk(2).comments.length, 1);

    // Once settled, the key is free again.
    await store.write('close#2', 2, close, run);
    assert.equal(runs, 2);
  });

  it('keeps the optimistic state when a refresh lands while the write is in flight', async () => {
    const hold = gate();
    const writeFile: WriteFile = async (file, content, options) => {
      await hold.opened;
      await atomicWrite(file, content, options);
    };
    // Reads go through a second tracker on the same file, so they are not queued behind the held write.
    const reader = ws.tracker();
    const writer: Tracker = Object.assign(Object.create(ws.tracker({ writeFile })) as Tracker, { listMilestones: () => reader.listMilestones() });
    const { store } = storeWith(writer, async (_t, title) => ({ data: await reader.loadRelease(title), stale: null }));
    await store.refresh();
    const written = store.write('close#1', 1, close, (t) => t.closeIssue(1, 'completed'));

    await store.refresh();
    assert.equal(onDisk(1).state, 'open', 'the refresh read the file before the write');
    assert.equal(stateOf(store, 1), 'closed');
    assert.deepEqual([...store.current.pending], [1]);

    hold.open();
    await written;
    assert.equal(stateOf(store, 1), 'closed');
    assert.deepEqual([...store.current.pending], []);
  });

  it('does not let a load that read before a confirmed write undo it', async () => {
    let hold: { read: ReturnType<typeof gate>; answer: ReturnType<typeof gate> } | null = null;
    const load: LoadRelease = async (t, title) => {
      const data = await t.loadRelease(title);
      if (hold) {
        hold.read.open();
        await hold.answer.opened;
      }
      return { data, stale: null };
    };
    const { store } = storeWith(ws.tracker(), load);
    await store.refresh();

    hold = { read: gate(), answer: gate() };
    const refreshing = store.refresh();
    await hold.read.opened;
    await store.write('close#1', 1, close, (t) => t.closeIssue(1, 'completed'));
    assert.equal(onDisk(1).state, 'closed');
    hold.answer.open();
    await refreshing;
    assert.equal(stateOf(store, 1), 'closed', 'the older read must not reopen the issue');

    // A later load reads the write back; from then on the file wins again, e.g. someone reopened it since.
    hold = null;
    ws.editExternally((doc) => {
      const issue = doc.issues.find((i) => i.number === 1)!;
      Object.assign(issue, { state: 'open', stateReason: 'reopened', closedAt: null, updatedAt: '2026-11-21T08:00:00Z' });
    });
    await store.refresh();
    assert.equal(stateOf(store, 1), 'open');
  });

  describe('offline', () => {
    function offlineSetup(preferred: string | null = null, shared?: SnapshotCache) {
      const plug = unplugged(ws.tracker());
      const snapshots = shared ?? new SnapshotCache(new MemoryStore(), { apiHost: 'api.github.com', owner: 'octo', repo: 'repo' });
      const { store } = storeWith(plug.tracker, (t, title) => loadReleaseWithFallback(t, title, snapshots), preferred);
      return { plug, snapshots, store };
    }

    it('keeps the data on screen, newer than the snapshot, and marks it stale', async () => {
      const { plug, store } = offlineSetup();
      await store.refresh();
      const fetchedAt = store.current.data!.fetchedAt;
      await store.write('close#1', 1, close, (t) => t.closeIssue(1, 'completed'));

      plug.offline = true;
      await store.refresh();
      assert.equal(store.current.phase, 'ready');
      assert.equal(store.current.error, null);
      assert.match(store.current.stale?.reason ?? '', /Cannot reach github\.com/);
      assert.equal(store.current.stale?.since.toISOString(), new Date(fetchedAt).toISOString());
      assert.equal(stateOf(store, 1), 'closed', 'the snapshot predates the confirmed write');

      await assert.rejects(store.write('close#2', 2, close, (t) => t.closeIssue(2, 'completed')), /Cannot reach/);
      assert.equal(stateOf(store, 2), 'open');
      assert.equal(onDisk(2).state, 'open');

      plug.offline = false;
      await store.refresh();
      assert.equal(store.current.stale, null);
      assert.equal(stateOf(store, 1), 'closed');
    });

    it('starts from the snapshot of the configured milestone', async () => {
      const first = offlineSetup();
      await first.store.refresh();

      const second = offlineSetup('v1.0', first.snapshots);
      second.plug.offline = true;
      await second.store.refresh();
      assert.equal(second.store.current.phase, 'ready');
      assert.ok(second.store.current.stale);
      assert.deepEqual(second.store.current.data?.issues.map((i) => i.number), [1, 2]);
    });

    it('shows the error when no milestone is known', async () => {
      const first = offlineSetup();
      await first.store.refresh();
      const third = offlineSetup(null, first.snapshots);
      third.plug.offline = true;
      await third.store.refresh();
      assert.equal(third.store.current.phase, 'error');
      assert.match(third.store.current.error?.message ?? '', /Cannot reach/);
    });

    it('does not hide an error that a snapshot cannot help with', async () => {
      const tracker = ws.tracker();
      const { store } = storeWith(tracker);
      await store.refresh();
      const refused: Tracker = Object.assign(Object.create(tracker) as Tracker, {
        listMilestones: () => Promise.reject(new TrackerError('unauthorized', 'GitHub rejected the token.')),
      });
      store.setTracker(refused);
      await store.refresh();
      assert.equal(store.current.phase, 'error');
      assert.equal(store.current.stale, null);
      assert.match(store.current.error?.message ?? '', /rejected the token/);
    });
  });
});
