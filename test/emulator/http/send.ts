// Writing a response with the headers every GitHub answer carries, plus the ETag / If-None-Match handshake.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResponse } from './response';

/** GitHub's API allows any origin; a browser-hosted client (a web extension host) needs these to read it. */
export const CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
};

/** The answer to a CORS preflight, which GitHub gives without authentication or rate limiting. */
export function sendPreflight(res: ServerResponse): void {
  res.writeHead(204, {
    ...CORS,
    'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
    'access-control-allow-headers': 'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, X-GitHub-Api-Version',
    'access-control-max-age': '86400',
  });
  res.end();
}

export function requestId(): string {
  const hex = (n: number) => randomBytes(n).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

/** Weak ETag of the exact body bytes, as GitHub sends for JSON. */
export function etagOf(json: string): string {
  return `W/"${createHash('sha256').update(json).digest('hex')}"`;
}

function ifNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  const strip = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === strip(etag));
}

/**
 * Turns an ApiResponse into the final status and headers: GET 200s get an ETag and may become a 304.
 * Returns the status actually sent so the caller can decide whether it spends rate limit.
 */
export function prepare(req: IncomingMessage, response: ApiResponse): { status: number; headers: Record<string, string>; payload: string } {
  const headers: Record<string, string> = { ...response.headers };
  let payload = response.body === undefined ? '' : JSON.stringify(response.body);
  let status = response.status;
  if (req.method === 'GET' && status === 200) {
    const etag = etagOf(payload);
    headers.etag = etag;
    headers['cache-control'] = 'private, max-age=60, s-maxage=60';
    if (ifNoneMatch(req, etag)) {
      status = 304;
      payload = '';
    }
  }
  return { status, headers, payload };
}

export function send(res: ServerResponse, status: number, headers: Record<string, string>, payload: string): void {
  const all: Record<string, string> = {
    'x-github-request-id': requestId(),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    vary: 'Accept, Authorization, Cookie, X-GitHub-OTP',
    ...CORS,
    ...headers,
  };
  if (status !== 304 && status !== 204) all['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(status, all);
  res.end(status === 304 || status === 204 ? undefined : payload);
}
