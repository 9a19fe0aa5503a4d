// Responses and GitHub's error bodies. Route handlers return an ApiResponse or throw an ApiError.
import type { Store } from '../store';
import type { RateLimitSnapshot } from '../types';
import type { Origins } from '../wire/users';

export const DOCS = 'https://docs.github.com/rest';

export interface ApiResponse {
  status: number;
  /** Serialized as JSON; undefined sends an empty body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message));
  }
}

export interface ValidationErrorItem {
  resource: string;
  field?: string;
  code: 'missing_field' | 'invalid' | 'already_exists' | 'missing' | 'custom';
  value?: unknown;
  message?: string;
}

export function errorBody(status: number, message: string, documentationUrl = DOCS): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

export function notFound(message = 'Not Found'): ApiError {
  return new ApiError(404, errorBody(404, message));
}

/** GitHub's schema allows `value` only as a string, an integer or a list of strings; other values are left out. */
function schemaValue(value: unknown): boolean {
  return typeof value === 'string' || Number.isInteger(value) || (Array.isArray(value) && value.every((v) => typeof v === 'string'));
}

export function validationFailed(errors: ValidationErrorItem[], documentationUrl = DOCS): ApiError {
  const items = errors.map(({ value, ...rest }) => (schemaValue(value) ? { ...rest, value } : rest));
  return new ApiError(422, { ...errorBody(422, 'Validation Failed', documentationUrl), errors: items });
}

export function badJson(): ApiError {
  return new ApiError(400, errorBody(400, 'Problems parsing JSON'));
}

/** What a route handler sees of the request. */
export interface RouteContext {
  method: string;
  url: URL;
  params: Record<string, string>;
  /** Parsed JSON body (undefined when the request had none). */
  body: unknown;
  store: Store;
  origins: Origins;
  /** The authenticated user's login (the default user when the emulator does not check tokens). */
  login: string;
  /** The core rate limit as it stands before this request is counted. */
  rateLimit: RateLimitSnapshot;
}

export type RouteHandler = (ctx: RouteContext) => ApiResponse;

export function ok(body: unknown, status = 200): ApiResponse {
  return { status, body };
}

/** Reads a JSON object body; GitHub answers a body of the wrong shape with 400 as well. */
export function objectBody(ctx: RouteContext): Record<string, unknown> {
  const body = ctx.body ?? {};
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badJson();
  return body as Record<string, unknown>;
}
