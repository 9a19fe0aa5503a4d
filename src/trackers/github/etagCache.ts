// Remembers the last 200 answer of each GET by URL (query included) with its ETag, so a refresh can ask
// "changed since?" and GitHub answers 304, which does not count against the rate limit.
// https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate
import type { KeyValueStore } from '../keyValueStore';
import type { ParsedMemo } from './responseBody';

/** `parsed` (the ParsedMemo) lives in memory only: a replayed body is not parsed again. */
export interface CachedResponse extends ParsedMemo {
  readonly etag: string;
  /** The response body exactly as received (JSON text). */
  readonly body: string;
  /** The headers worth replaying with the body: content-type and link (pagination). */
  readonly headers: Readonly<Record<string, string>>;
}

const STORAGE_PREFIX = 'etag:';

export class EtagCache {
  private readonly memory = new Map<string, CachedResponse>();

  constructor(
    /** Optional persistence, so the first refresh after a restart is also conditional. */
    private readonly storage?: KeyValueStore,
    private readonly maxEntries = 500,
  ) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const hit = this.memory.get(key);
    if (hit) {
      // Re-insert to keep the map in least-recently-used order.
      this.memory.delete(key);
      this.memory.set(key, hit);
      return hit;
    }
    if (!this.storage) return undefined;
    const stored = parseEntry(await this.storage.get(STORAGE_PREFIX + key).catch(() => undefined));
    if (stored) this.remember(key, stored);
    return stored;
  }

  async set(key: string, entry: CachedResponse): Promise<void> {
    this.remember(key, entry);
    // Persistence is an optimisation: a failing store must not fail the request.
    const { etag, body, headers } = entry;
    await this.storage?.set(STORAGE_PREFIX + key, JSON.stringify({ etag, body, headers })).catch(() => undefined);
  }

  get size(): number {
    return this.memory.size;
  }

  private remember(key: string, entry: CachedResponse): void {
    this.memory.delete(key);
    this.memory.set(key, entry);
    while (this.memory.size > this.maxEntries) {
      const oldest = this.memory.keys().next().value;
      if (oldest === undefined) break;
      this.memory.delete(oldest);
    }
  }
}

function parseEntry(text: string | undefined): CachedResponse | undefined {
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { etag, body, headers } = value as Record<string, unknown>;
    if (typeof etag !== 'string' || typeof body !== 'string' || typeof headers !== 'object' || headers === null) {
      return undefined;
    }
    const clean: Record<string, string> = {};
    for (const [name, headerValue] of Object.entries(headers)) {
      if (typeof headerValue === 'string') clean[name] = headerValue;
    }
    return { etag, body, headers: clean };
  } catch {
    return undefined;
  }
}
