// Fault injection: each fault hits `count` matching requests, then expires. Slow faults add their delay and
// let the request go on (to another fault or the real answer); the first other matching fault answers instead
// of the API.
import { epochSeconds } from './clock';
import type { ApiResponse } from './http/response';
import type { RateLimiter } from './rateLimit';
import type { Fault, FaultMatch } from './types';

const KINDS: ReadonlySet<string> = new Set(['serverError', 'secondaryLimit', 'primaryLimit', 'slow', 'drop']);

export class FaultError extends Error {}

interface ActiveFault {
  fault: Fault;
  remaining: number;
}

export interface FaultDecision {
  delayMs: number;
  answer?: Fault;
}

/** `"PATCH /repos/o/r/issues"` = method + path prefix; any other string = substring of `METHOD /path?query`. */
export function faultMatches(match: FaultMatch | undefined, method: string, target: string): boolean {
  if (match === undefined || match === '') return true;
  const m = /^([A-Z]+) (\/.*)$/.exec(match);
  if (m) return m[1] === method && target.startsWith(m[2]);
  return `${method} ${target}`.includes(match);
}

export function validateFault(value: unknown): Fault {
  const f = value as Partial<Fault> | null;
  if (typeof f !== 'object' || f === null || typeof f.kind !== 'string' || !KINDS.has(f.kind)) {
    throw new FaultError(`A fault needs "kind": one of ${[...KINDS].join(', ')}.`);
  }
  if (f.count !== undefined && (typeof f.count !== 'number' || !(f.count >= 0))) throw new FaultError('"count" must be a number >= 0.');
  if (f.match !== undefined && typeof f.match !== 'string') throw new FaultError('"match" must be a string.');
  if (f.kind === 'slow' && (typeof f.delayMs !== 'number' || f.delayMs < 0)) throw new FaultError('A slow fault needs "delayMs" >= 0.');
  return f as Fault;
}

export class FaultInjector {
  private active: ActiveFault[] = [];

  add(faults: Fault | Fault[]): void {
    const list = (Array.isArray(faults) ? faults : [faults]).map(validateFault);
    this.active.push(...list.map((fault) => ({ fault, remaining: fault.count ?? 1 })));
  }

  clear(): void {
    this.active = [];
  }

  pending(): { fault: Fault; remaining: number }[] {
    return this.active.map((a) => ({ fault: a.fault, remaining: a.remaining }));
  }

  take(method: string, target: string): FaultDecision {
    const decision: FaultDecision = { delayMs: 0 };
    for (const a of this.active) {
      if (a.remaining <= 0 || !faultMatches(a.fault.match, method, target)) continue;
      if (a.fault.kind === 'slow') {
        decision.delayMs += a.fault.delayMs;
      } else if (decision.answer) {
        continue;
      } else {
        decision.answer = a.fault;
      }
      a.remaining--;
    }
    this.active = this.active.filter((a) => a.remaining > 0);
    return decision;
  }
}

export function primaryLimitResponse(status: number, userId: number, resetAt: number, limiter: RateLimiter): ApiResponse {
  return {
    status,
    headers: limiter.headers({ remaining: 0, used: limiter.snapshot().limit, reset: resetAt }),
    body: {
      message: `API rate limit exceeded for user ID ${userId}. If you reach out to GitHub Support for help, please include the request ID and timestamp.`,
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-rate-limit',
      status: String(status),
    },
  };
}

/** The answer of a non-slow, non-drop fault. */
export function faultResponse(fault: Fault, userId: number, limiter: RateLimiter): ApiResponse {
  switch (fault.kind) {
    case 'serverError': {
      const status = fault.status ?? 500;
      const message = status === 500 ? 'Server Error' : status === 502 ? 'Bad Gateway' : 'Service Unavailable';
      return { status, body: { message, status: String(status) } };
    }
    case 'secondaryLimit': {
      const status = fault.status ?? 403;
      return {
        status,
        headers: { 'retry-after': String(fault.retryAfter ?? 1) },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: String(status),
        },
      };
    }
    case 'primaryLimit':
      return primaryLimitResponse(fault.status ?? 403, userId, epochSeconds() + (fault.resetInSeconds ?? 60), limiter);
    default:
      throw new FaultError(`${fault.kind} faults do not answer`);
  }
}
