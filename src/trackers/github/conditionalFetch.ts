// The `fetch` Octokit calls for every attempt (retries included). It sits below the retry and throttling
// plugins, so it sees each real HTTP exchange: it adds If-None-Match from the ETag cache and turns a 304 back
// into the cached 200 (pagination keeps working, since the cached Link header is replayed), enforces the
// timeout, and logs one line per attempt. It never logs headers, so the Authorization header cannot leak.
import type { TrackerLog } from '../trackerLog';
import type { CachedResponse, EtagCache } from './etagCache';
import { isJsonContentType, ResponseBody } from './responseBody';

export interface RateLimitObservation {
  readonly remaining: number;
  readonly resetAt: Date | null;
}

export interface ConditionalFetchOptions {
  readonly cache: EtagCache;
  /** Separates cache entries of different credentials; never the token itself. */
  readonly cacheScope: string;
  readonly timeoutMs: number;
  readonly log: TrackerLog;
  readonly fetch?: typeof globalThis.fetch;
  readonly onRateLimit?: (observation: RateLimitObservation) => void;
}

/**
 * Thrown when GitHub does not answer in time. Named `AbortError` on purpose: @octokit/request rethrows abort
 * errors untouched, so plugin-retry does not retry them — a server that hung once for 30 s is not asked three
 * more times while the user waits.
 */
export class RequestTimeoutError extends Error {
  override readonly name = 'AbortError';
  readonly timedOut = true;
  constructor(readonly timeoutMs: number) {
    super(`No answer within ${timeoutMs} ms`);
  }
}

/** Set by GitHubClient for an unconditional read of the current state; stripped before the request leaves. */
export const FRESH_READ_HEADER = 'x-release-readiness-fresh-read';

/** Statuses whose Response must not carry a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);
/** Headers that describe the wire encoding of the original body, wrong once we hand back decoded text. */
const WIRE_HEADERS = ['content-length', 'content-encoding', 'transfer-encoding'];

export function createConditionalFetch(options: ConditionalFetchOptions): typeof globalThis.fetch {
  const send = options.fetch ?? globalThis.fetch;
  return async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = new Headers(init.headers);
    // A private marker rather than Cache-Control: GitHub's CORS preflight does not allow that header.
    const bypass = headers.has(FRESH_READ_HEADER);
    headers.delete(FRESH_READ_HEADER);
    const key = `${options.cacheScope} ${url}`;
    const cached = method === 'GET' && !bypass ? await options.cache.get(key) : undefined;
    if (cached && !headers.has('if-none-match')) headers.set('if-none-match', cached.etag);

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new RequestTimeoutError(options.timeoutMs)), options.timeoutMs);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout.signal]) : timeout.signal;
    const started = performance.now();
    const target = `${method} ${pathOf(url)}`;
    try {
      const response = await send(url, { ...init, headers, signal });
      // Read the body under the same timer: a server can stall after the headers too.
      const body = NULL_BODY.has(response.status) ? null : await response.text();
      observeRateLimit(response.headers, options);
      const remaining = response.headers.get('x-ratelimit-remaining') ?? '?';
      const ms = Math.round(performance.now() - started);
      const line = `${target} → ${response.status}${response.status === 304 && cached ? ' (cached)' : ''} in ${ms} ms, rate limit remaining ${remaining}`;
      if (response.status >= 400) options.log.warn(line);
      else options.log.debug(line);

      if (response.status === 304 && cached) return replay(url, cached, response.headers);
      const etag = response.headers.get('etag');
      let entry: CachedResponse | undefined;
      if (method === 'GET' && response.status === 200 && etag && body !== null) {
        entry = { etag, body, headers: replayable(response.headers) };
        await options.cache.set(key, entry);
      }
      if (response.status >= 200 && response.status < 300 && body !== null) return success(url, response.status, response.statusText, response.headers, body, entry);
      return rebuild(url, response.status, response.statusText, response.headers, body);
    } catch (error) {
      const ms = Math.round(performance.now() - started);
      if (timeout.signal.aborted) {
        options.log.warn(`${target} timed out after ${ms} ms`);
        throw timeout.signal.reason;
      }
      options.log.warn(`${target} failed after ${ms} ms: ${describeNetworkError(error)}`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  };
}

function replay(url: string, cached: CachedResponse, fresh: Headers): Response {
  // Fresh headers carry the current rate-limit numbers; the cached ones describe the body we hand back.
  const headers = new Headers(fresh);
  for (const name of WIRE_HEADERS) headers.delete(name);
  for (const [name, value] of Object.entries(cached.headers)) headers.set(name, value);
  if (!('link' in cached.headers)) headers.delete('link');
  return success(url, 200, 'OK', headers, cached.body, cached);
}

/**
 * A 2xx answer whose `body` is a ResponseBody rather than a stream: the client sets parseSuccessResponseBody: false,
 * so Octokit hands `body` back as the response's data without reading it (see responseBody.ts).
 */
function success(url: string, status: number, statusText: string, source: Headers, text: string, memo?: CachedResponse): Response {
  const response = rebuild(url, status, statusText, source, null);
  Object.defineProperty(response, 'body', { value: new ResponseBody(text, isJsonContentType(source.get('content-type')), memo) });
  return response;
}

function rebuild(url: string, status: number, statusText: string, source: Headers, body: string | null): Response {
  const headers = new Headers(source);
  for (const name of WIRE_HEADERS) headers.delete(name);
  const response = new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers });
  // Octokit reports response.url; a constructed Response has none.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

function replayable(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of ['content-type', 'link']) {
    const value = headers.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}

function observeRateLimit(headers: Headers, options: ConditionalFetchOptions): void {
  const remaining = Number(headers.get('x-ratelimit-remaining') ?? NaN);
  if (!options.onRateLimit || !Number.isFinite(remaining)) return;
  const reset = Number(headers.get('x-ratelimit-reset') ?? NaN);
  options.onRateLimit({ remaining, resetAt: Number.isFinite(reset) ? new Date(reset * 1000) : null });
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return '(invalid url)';
  }
}

/** `fetch failed` hides the useful part (ECONNREFUSED, ENOTFOUND...) in `cause`. */
export function describeNetworkError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${current.message} (${code})` : current.message);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join(': ') : String(error);
}
