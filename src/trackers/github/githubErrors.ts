// Turns whatever Octokit throws into a TrackerError a person can act on. Messages name the host and what to do;
// they never contain a token (we only ever quote GitHub's own error message, which does not echo credentials).
import { TrackerError } from '../tracker';
import { RequestTimeoutError, describeNetworkError } from './conditionalFetch';

export interface ErrorContext {
  /** Display host, e.g. `github.com` or `ghe.example.com`. */
  readonly host: string;
  readonly now: () => Date;
  /** Formats a time of day for messages, `14:32`. */
  readonly formatTime: (time: Date) => string;
}

interface HttpFailure {
  readonly status: number;
  readonly message: string;
  readonly response?: { readonly headers?: Record<string, string | number | undefined>; readonly data?: unknown };
}

const NETWORK_CODES = /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR|socket hang up|fetch failed|other side closed|network/i;

export function toTrackerError(error: unknown, context: ErrorContext): TrackerError {
  if (error instanceof TrackerError) return error;
  if (error instanceof RequestTimeoutError) {
    return new TrackerError(
      'offline',
      `Cannot reach ${context.host}: no answer within ${duration(error.timeoutMs)}. Check your connection and try again.`,
    );
  }
  if (!isHttpFailure(error)) {
    return new TrackerError('unknown', `The request to ${context.host} failed: ${describeNetworkError(error)}`);
  }
  const { status, response } = error;
  // @octokit/request reports a failed fetch (no answer at all) as status 500 without a response.
  if (!response) {
    const detail = describeNetworkError(error);
    if (status >= 500 || NETWORK_CODES.test(detail)) {
      return new TrackerError('offline', `Cannot reach ${context.host} (${networkReason(detail)}). Check your connection, VPN or proxy.`);
    }
    return new TrackerError('unknown', `The request to ${context.host} failed: ${detail}`);
  }
  const headers = response.headers ?? {};
  const gitHubMessage = messageOf(response.data) ?? error.message;
  if (status === 401) {
    return new TrackerError('unauthorized', `GitHub rejected the token for ${context.host}. Sign in again or set a new token.`);
  }
  if ((status === 403 || status === 429) && isRateLimit(headers, gitHubMessage)) {
    const retryAt = retryTime(headers, context.now());
    return new TrackerError('rateLimited', `GitHub rate limit reached; requests resume at ${context.formatTime(retryAt)}`, retryAt);
  }
  if (status === 403) {
    return new TrackerError('forbidden', `GitHub (${context.host}) refused access: ${clip(gitHubMessage)}. Check that the token may read and write this repository's issues.`);
  }
  if (status === 404 || status === 410) {
    return new TrackerError('notFound', `Not found on ${context.host}: ${clip(gitHubMessage)}. The repository may be private or renamed, or the token may lack access.`, undefined, status);
  }
  if (status === 409) return new TrackerError('conflict', `GitHub reported a conflict: ${clip(gitHubMessage)}`);
  if (status === 422 || status === 400) return new TrackerError('invalidData', `GitHub rejected the request: ${clip(gitHubMessage)}`);
  if (status >= 500) {
    return new TrackerError('server', `GitHub (${context.host}) kept failing with a server error (HTTP ${status}), even after retrying. Try again in a few minutes.`);
  }
  return new TrackerError('unknown', `GitHub (${context.host}) answered HTTP ${status}: ${clip(gitHubMessage)}`);
}

/** 24-hour local `HH:MM`, the default formatter for rate-limit messages. */
export function formatClockTime(time: Date): string {
  return `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

function isRateLimit(headers: Record<string, string | number | undefined>, message: string): boolean {
  return String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined || /rate limit/i.test(message);
}

/** Primary limits say when the window resets; secondary ones say how long to wait; else GitHub advises a minute. */
function retryTime(headers: Record<string, string | number | undefined>, now: Date): Date {
  const reset = Number(headers['x-ratelimit-reset']);
  if (String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset) && reset > 0) return new Date(reset * 1000);
  const after = Number(headers['retry-after']);
  return new Date(now.getTime() + (Number.isFinite(after) && after >= 0 ? after : 60) * 1000);
}

function messageOf(data: unknown): string | undefined {
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return undefined;
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function networkReason(detail: string): string {
  const code = /\b(E[A-Z_]{3,}|UND_ERR_[A-Z_]+)\b/.exec(detail);
  if (code) return code[1];
  if (/socket hang up|other side closed/i.test(detail)) return 'connection closed';
  return 'network error';
}

/** GitHub's message is shown as plain text; keep it to one short line. */
function clip(text: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/ - https:\/\/docs\.github\.com\S*$/, '').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
