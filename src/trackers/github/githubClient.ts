// The one Octokit wrapper every GitHub call goes through: retries (5xx, dropped connections), rate-limit
// handling, conditional requests, a timeout, low concurrency, logging without tokens, and errors mapped to
// TrackerError. Layers, outermost first:
//   GitHubClient.request  → maps errors to TrackerError
//   plugin-throttling     → queues (our RequestLimiters), retries short rate-limit waits
//   plugin-retry          → retries 5xx and network failures with growing delays
//   conditionalFetch      → one real HTTP attempt: ETag, timeout, one log line
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import type { KeyValueStore } from '../keyValueStore';
import type { TrackerLog } from '../trackerLog';
import { createConditionalFetch, FRESH_READ_HEADER, type RateLimitObservation } from './conditionalFetch';
import { EtagCache } from './etagCache';
import { formatClockTime, toTrackerError, type ErrorContext } from './githubErrors';
import { RequestLimiter } from './requestLimiter';
import { responseData } from './responseBody';
import { tokenAllowedFor } from './tokenPolicy';

export const USER_AGENT = 'release-readiness';

export interface GitHubClientOptions {
  /** REST base, e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. */
  readonly apiUrl: string;
  readonly token?: string;
  /**
   * The host the token was issued for. When given, the token is only sent if tokenAllowedFor(tokenHost, apiUrl);
   * otherwise requests go out anonymously (and a warning is logged). When omitted, the caller vouches for it.
   */
  readonly tokenHost?: string;
  readonly log: TrackerLog;
  /** Persists ETags and bodies between sessions; memory only when omitted. */
  readonly storage?: KeyValueStore;
  readonly clock?: () => Date;
  /** Time of day in messages; default 24-hour local `HH:MM`. */
  readonly formatTime?: (time: Date) => string;
  readonly fetch?: typeof globalThis.fetch;
  /** Per attempt, headers and body; default 30 s. */
  readonly timeoutMs?: number;
  /** Server errors and dropped connections are retried this often; default 3. */
  readonly retries?: number;
  /** Rate-limit waits up to this long are waited out; longer ones fail as `rateLimited`. Default 60. */
  readonly maxRetryAfterSeconds?: number;
  /** How many times one request waits out a rate limit; default 2. */
  readonly rateLimitRetries?: number;
  /** Multiplies every retry delay; tests pass e.g. 0.01 so a `retry-after: 1` waits 10 ms. Default 1. */
  readonly retryDelayScale?: number;
  /** Concurrent requests; default 4. */
  readonly maxConcurrent?: number;
  /** Minimum spacing of writes, as GitHub asks of integrations; default 1000 ms (3× for comments and new issues). */
  readonly writeSpacingMs?: number;
}

export interface RequestOptions {
  /** Skip the ETag cache: an unconditional read of the current state (used right before a write). */
  readonly fresh?: boolean;
}

export interface GitHubResponse<T> {
  readonly data: T;
  readonly status: number;
  readonly headers: Readonly<Record<string, string | number | undefined>>;
}

export interface GitHubClient {
  readonly apiUrl: string;
  /** Display host for messages: `github.com`, `ghe.example.com`. */
  readonly host: string;
  readonly authenticated: boolean;
  /** Last rate-limit numbers GitHub sent, or null before the first answer. */
  readonly rateLimit: RateLimitObservation | null;
  /** `route` like `GET /repos/{owner}/{repo}/issues/{issue_number}`. Throws TrackerError. */
  request<T>(route: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<GitHubResponse<T>>;
  /** Every page of a list endpoint (per_page 100, following Link rel="next"), each page conditional. */
  paginate<T>(route: string, params?: Record<string, unknown>): Promise<T[]>;
}

const RetryingOctokit = Octokit.plugin(retry, throttling);

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { log } = options;
  const clock = options.clock ?? (() => new Date());
  const host = displayHost(options.apiUrl);
  const scale = options.retryDelayScale ?? 1;
  const maxWait = options.maxRetryAfterSeconds ?? 60;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const token = usableToken(options);
  const writeSpacing = options.writeSpacingMs ?? 1000;
  const apiOrigin = originOf(options.apiUrl);
  let rateLimit: RateLimitObservation | null = null;

  const errorContext: ErrorContext = { host, now: clock, formatTime: options.formatTime ?? formatClockTime };
  const transport = createConditionalFetch({
    cache: new EtagCache(options.storage),
    cacheScope: token ? `token:${tokenDigest(token)}` : 'anonymous',
    timeoutMs: options.timeoutMs ?? 30_000,
    log,
    fetch: options.fetch,
    onRateLimit: (observation) => (rateLimit = observation),
  });

  const shouldWait = (kind: string) => (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number): boolean => {
    const wait = retryCount < rateLimitRetries && retryAfter <= maxWait;
    const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
    log.info(wait ? `${kind} on ${what}; retrying in ${retryAfter} s` : `${kind} on ${what}; giving up (retry after ${retryAfter} s)`);
    return wait;
  };

  const octokit = new RetryingOctokit({
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    auth: token,
    userAgent: USER_AGENT,
    // Octokit's own request log would duplicate ours; keep only its warnings (deprecations).
    log: { debug: () => undefined, info: () => undefined, warn: (message: string) => log.warn(message), error: () => undefined },
    // Bodies are parsed by us, once (responseBody.ts), not by Octokit's json-with-bigint.
    request: { fetch: transport, parseSuccessResponseBody: false },
    retry: {
      retries: options.retries ?? 3,
      retryAfterBaseValue: 1000 * scale,
      // 403/429 are rate limits (or real refusals): plugin-throttling owns them, honouring retry-after.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    throttle: {
      id: `release-readiness-${host}`,
      retryAfterBaseValue: 1000 * scale,
      onRateLimit: shouldWait('Rate limit reached'),
      onSecondaryRateLimit: shouldWait('Secondary rate limit reached'),
      // Typed as Bottleneck groups; the plugin only calls key().schedule(), which RequestLimiter provides.
      ...({
        global: new RequestLimiter(options.maxConcurrent ?? 4),
        write: new RequestLimiter(1, writeSpacing),
        // Writes that notify people (comments, new issues) are spaced wider, as plugin-throttling does by default.
        notifications: new RequestLimiter(1, writeSpacing * 3),
      } as object),
    },
  });
  // plugin-retry counts attempts in `options.request`, and Octokit hands every request that brings no `request`
  // of its own (every page of a paginate) the same shared object: one request's retries then stretch the next
  // one's delays (25 s instead of 1 s) and concurrent retries miscount. A copy per request keeps counts apart.
  // Registered last, so it runs first; hooks share one options object per request, hence the assignment.
  octokit.hook.wrap('request', (send, requestOptions) => {
    requestOptions.request = { ...requestOptions.request };
    return send(requestOptions);
  });

  const request = async <T>(route: string, params: Record<string, unknown> = {}, requestOptions: RequestOptions = {}): Promise<GitHubResponse<T>> => {
    const withHeaders = requestOptions.fresh
      ? { ...params, headers: { ...(params.headers as object | undefined), [FRESH_READ_HEADER]: '1' } }
      : params;
    try {
      const response = await octokit.request(route, withHeaders);
      return { data: responseData(response.data) as T, status: response.status, headers: response.headers };
    } catch (error) {
      throw toTrackerError(error, errorContext);
    }
  };

  // Page 1 says (Link rel="last") how many pages there are; the others are then asked for at once and the limiter
  // keeps a few in flight, so a 5,000-issue milestone costs the same 50 requests in a fraction of the time. A list
  // without a numbered last page (cursor pagination) is followed link by link.
  const paginate = async <T>(route: string, params: Record<string, unknown> = {}): Promise<T[]> => {
    try {
      const base = { per_page: 100, ...params };
      const first = await octokit.request(route, base);
      const items = pageItems<T>(responseData(first.data));
      const last = lastPageNumber(first.headers.link);
      if (last !== null) {
        const pages = [];
        for (let page = 2; page <= last; page++) pages.push(octokit.request(route, { ...base, page }));
        for (const response of await Promise.all(pages)) items.push(...pageItems<T>(responseData(response.data)));
        return items;
      }
      for (let next = nextPageUrl(first.headers.link); next !== null; ) {
        // The token goes with the request: follow a link only on the API's own origin.
        if (originOf(next) !== apiOrigin) throw new Error(`GitHub sent a next-page link to another server (${next}); not following it.`);
        const response = await octokit.request({ method: 'GET', url: next });
        items.push(...pageItems<T>(responseData(response.data)));
        next = nextPageUrl(response.headers.link);
      }
      return items;
    } catch (error) {
      throw toTrackerError(error, errorContext);
    }
  };

  return {
    apiUrl: options.apiUrl,
    host,
    authenticated: token !== undefined,
    get rateLimit() {
      return rateLimit;
    },
    request,
    paginate,
  };
}

/** A list page's items: the array itself, or the one array of a wrapped list such as `{ total_count, check_runs }`. */
function pageItems<T>(data: unknown): T[] {
  if (Array.isArray(data)) return [...(data as T[])];
  if (typeof data === 'object' && data !== null) {
    const arrays = Object.values(data).filter(Array.isArray);
    if (arrays.length === 1) return [...(arrays[0] as T[])];
  }
  return [];
}

function linkTo(link: string | undefined, rel: string): string | null {
  for (const part of link?.split(',') ?? []) {
    const match = /<([^>]+)>\s*;\s*rel="([^"]+)"/.exec(part);
    if (match && match[2].split(/\s+/).includes(rel)) return match[1];
  }
  return null;
}

/** The `page` of the Link header's rel="last", or null when there is none (one page, or cursor pagination). */
export function lastPageNumber(link: string | undefined): number | null {
  const url = linkTo(link, 'last');
  if (url === null) return null;
  try {
    const page = Number(new URL(url).searchParams.get('page'));
    // A runaway header must not fan out into thousands of requests at once.
    return Number.isInteger(page) && page >= 2 && page <= 10_000 ? page : null;
  } catch {
    return null;
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function nextPageUrl(link: string | undefined): string | null {
  return linkTo(link, 'next');
}

/** `api.github.com` → `github.com`; `https://ghe.example.com/api/v3` → `ghe.example.com`. */
export function displayHost(apiUrl: string): string {
  try {
    const { host } = new URL(apiUrl);
    return host === 'api.github.com' ? 'github.com' : host.replace(/^api\.([a-z0-9-]+\.ghe\.com)$/, '$1');
  } catch {
    return apiUrl;
  }
}

function usableToken(options: GitHubClientOptions): string | undefined {
  const token = options.token?.trim();
  if (!token) return undefined;
  if (options.tokenHost !== undefined && !tokenAllowedFor(options.tokenHost, options.apiUrl)) {
    options.log.warn(`Not sending the ${options.tokenHost} token to ${displayHost(options.apiUrl)}: it was issued for another host.`);
    return undefined;
  }
  return token;
}

/**
 * 64 bits of FNV-1a (two 32-bit lanes) of the token: tells cached answers of one token from another's without
 * keeping the token itself as a key. Synchronous and without node:crypto, so the browser bundle has it too.
 */
export function tokenDigest(token: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ token.length;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
