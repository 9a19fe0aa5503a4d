// Keeps the last good ReleaseData per repository and milestone, so the views can show a clearly marked stale
// snapshot when GitHub cannot be reached instead of an empty tree.
import type { ReleaseData } from '../core/model';
import type { KeyValueStore } from './keyValueStore';
import { TrackerError, type Tracker } from './tracker';

export interface SnapshotScope {
  /** API host, e.g. `api.github.com`; `local` for the file tracker. */
  readonly apiHost: string;
  readonly owner: string;
  readonly repo: string;
}

export interface Snapshot {
  readonly data: ReleaseData;
  readonly savedAt: Date;
}

export interface ReleaseWithFallback {
  readonly data: ReleaseData;
  /** Null when the data is fresh; otherwise when the snapshot was taken and why fresh data is missing. */
  readonly stale: null | { readonly since: Date; readonly reason: string };
}

const FORMAT_VERSION = 1;

export class SnapshotCache {
  constructor(
    private readonly store: KeyValueStore,
    private readonly scope: SnapshotScope,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  key(milestoneTitle: string): string {
    return `${this.scope.apiHost}/${this.scope.owner}/${this.scope.repo}#${milestoneTitle}`;
  }

  async save(milestoneTitle: string, data: ReleaseData): Promise<void> {
    const record = { version: FORMAT_VERSION, savedAt: this.clock().toISOString(), data };
    await this.store.set(this.key(milestoneTitle), JSON.stringify(record));
  }

  /** The stored snapshot, or undefined when there is none or it cannot be read (old format, corrupt). */
  async load(milestoneTitle: string): Promise<Snapshot | undefined> {
    const text = await this.store.get(this.key(milestoneTitle)).catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      const record: unknown = JSON.parse(text);
      if (!isRecord(record) || record.version !== FORMAT_VERSION || typeof record.savedAt !== 'string') return undefined;
      const savedAt = new Date(record.savedAt);
      if (Number.isNaN(savedAt.getTime()) || !looksLikeReleaseData(record.data)) return undefined;
      return { data: record.data, savedAt };
    } catch {
      return undefined;
    }
  }
}

/**
 * Loads a release; on success refreshes the snapshot, and when the tracker is offline or GitHub fails with a
 * server error, falls back to the last snapshot. Other errors (unauthorized, not found...) are the user's to fix
 * and are rethrown, as is any error when there is no snapshot. `complete` adds to fresh data before it is saved
 * (the state of the issues TODOs reference outside the milestone), so the snapshot holds that too.
 */
export async function loadReleaseWithFallback(
  tracker: Tracker,
  milestoneTitle: string,
  cache: SnapshotCache,
  complete: (data: ReleaseData) => Promise<ReleaseData> = async (data) => data,
): Promise<ReleaseWithFallback> {
  let data: ReleaseData;
  try {
    data = await complete(await tracker.loadRelease(milestoneTitle));
  } catch (error) {
    if (!(error instanceof TrackerError) || (error.code !== 'offline' && error.code !== 'server')) throw error;
    const snapshot = await cache.load(milestoneTitle);
    if (!snapshot) throw error;
    return { data: snapshot.data, stale: { since: snapshot.savedAt, reason: error.message } };
  }
  // A storage failure must not turn fresh data into an error.
  await cache.save(milestoneTitle, data).catch(() => undefined);
  return { data, stale: null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function looksLikeReleaseData(value: unknown): value is ReleaseData {
  return (
    isRecord(value) &&
    isRecord(value.milestone) &&
    typeof value.milestone.title === 'string' &&
    Array.isArray(value.issues) &&
    typeof value.fetchedAt === 'string' &&
    (value.outside === undefined || (Array.isArray(value.outside) && value.outside.every((o) => isRecord(o) && typeof o.number === 'number' && typeof o.status === 'string')))
  );
}
