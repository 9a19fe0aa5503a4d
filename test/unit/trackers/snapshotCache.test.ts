import * as assert from 'node:assert/strict';
import type { ReleaseData } from '../../../src/core/model';
import { MemoryKeyValueStore, type KeyValueStore } from '../../../src/trackers/keyValueStore';
import { loadReleaseWithFallback, SnapshotCache } from '../../../src/trackers/snapshotCache';
import { TrackerError, type Tracker } from '../../../src/trackers/tracker';
import { aMilestone, anIssue, anOutside } from '../builders';

const scope = { apiHost: 'api.github.com', owner: 'octo', repo: 'repo' };

function release(title: string): ReleaseData {
  return {
    milestone: aMilestone({ title }),
    issues: [anIssue({ number: 1 }), anIssue({ number: 2, state: 'closed' })],
    checklist: null,
    checks: null,
    fetchedAt: '2026-11-02T10:00:00.000Z',
  };
}

/** A tracker whose loadRelease answers from a queue of results. */
function trackerAnswering(...answers: (ReleaseData | Error)[]): Tracker {
  return {
    async loadRelease() {
      const next = answers.shift();
      if (next === undefined) throw new Error('no more answers');
      if (next instanceof Error) throw next;
      return next;
    },
  } as Partial<Tracker> as Tracker;
}

describe('SnapshotCache', () => {
  const saved = new Date('2026-11-02T10:05:00Z');

  it('keys snapshots by API host, repository and milestone', async () => {
    const store = new MemoryKeyValueStore();
    await new SnapshotCache(store, scope, () => saved).save('v1.0', release('v1.0'));
    assert.deepEqual(store.keys(), ['api.github.com/octo/repo#v1.0']);
  });

  it('serves the last good data, marked stale, when the tracker is offline', async () => {
    const cache = new SnapshotCache(new MemoryKeyValueStore(), scope, () => saved);
    const tracker = trackerAnswering(release('v1.0'), new TrackerError('offline', 'Cannot reach github.com (ECONNREFUSED).'));
    const fresh = await loadReleaseWithFallback(tracker, 'v1.0', cache);
    assert.equal(fresh.stale, null);

    const fallback = await loadReleaseWithFallback(tracker, 'v1.0', cache);
    assert.deepEqual(fallback.data, release('v1.0'));
    assert.deepEqual(fallback.stale, { since: saved, reason: 'Cannot reach github.com (ECONNREFUSED).' });
  });

  it('saves fresh data as completed (the outside issues), so offline they are the last known state', async () => {
    const cache = new SnapshotCache(new MemoryKeyValueStore(), scope, () => saved);
    const tracker = trackerAnswering(release('v1.0'), new TrackerError('offline', 'Cannot reach github.com (ECONNREFUSED).'));
    const outside = [anOutside({ number: 60, status: 'closed', milestone: null })];
    const fresh = await loadReleaseWithFallback(tracker, 'v1.0', cache, async (data) => ({ ...data, outside }));
    assert.deepEqual(fresh.data.outside, outside);
    const fallback = await loadReleaseWithFallback(tracker, 'v1.0', cache, () => Promise.reject(new Error('not called offline')));
    assert.deepEqual(fallback.data.outside, outside);
    assert.notEqual(fallback.stale, null);
  });

  it('refuses a snapshot whose outside issues are malformed', async () => {
    const store = new MemoryKeyValueStore();
    await store.set('api.github.com/octo/repo#v1.0', JSON.stringify({ version: 1, savedAt: saved.toISOString(), data: { ...release('v1.0'), outside: [{ number: 'x' }] } }));
    assert.equal(await new SnapshotCache(store, scope).load('v1.0'), undefined);
  });

  it('falls back on server errors too', async () => {
    const cache = new SnapshotCache(new MemoryKeyValueStore(), scope, () => saved);
    await cache.save('v1.0', release('v1.0'));
    const result = await loadReleaseWithFallback(trackerAnswering(new TrackerError('server', 'GitHub is down')), 'v1.0', cache);
    assert.equal(result.stale?.reason, 'GitHub is down');
  });

  it('rethrows errors the user must fix, even with a snapshot', async () => {
    const cache = new SnapshotCache(new MemoryKeyValueStore(), scope, () => saved);
    await cache.save('v1.0', release('v1.0'));
    const unauthorized = new TrackerError('unauthorized', 'GitHub rejected the token');
    await assert.rejects(loadReleaseWithFallback(trackerAnswering(unauthorized), 'v1.0', cache), unauthorized);
  });

  it('rethrows when offline without a snapshot of that milestone', async () => {
    const cache = new SnapshotCache(new MemoryKeyValueStore(), scope, () => saved);
    await cache.save('v0.9', release('v0.9'));
    const offline = new TrackerError('offline', 'Cannot reach github.com');
    await assert.rejects(loadReleaseWithFallback(trackerAnswering(offline), 'v1.0', cache), offline);
  });

  it('ignores corrupt or foreign snapshots', async () => {
    const store = new MemoryKeyValueStore();
    const cache = new SnapshotCache(store, scope);
    await store.set(cache.key('a'), '{not json');
    await store.set(cache.key('b'), JSON.stringify({ version: 99, savedAt: saved.toISOString(), data: release('b') }));
    await store.set(cache.key('c'), JSON.stringify({ version: 1, savedAt: saved.toISOString(), data: { issues: 'x' } }));
    assert.equal(await cache.load('a'), undefined);
    assert.equal(await cache.load('b'), undefined);
    assert.equal(await cache.load('c'), undefined);
  });

  it('still returns fresh data when saving the snapshot fails', async () => {
    const broken: KeyValueStore = { get: async () => undefined, set: async () => Promise.reject(new Error('disk full')) };
    const result = await loadReleaseWithFallback(trackerAnswering(release('v1.0')), 'v1.0', new SnapshotCache(broken, scope));
    assert.equal(result.data.milestone.title, 'v1.0');
    assert.equal(result.stale, null);
  });
});
