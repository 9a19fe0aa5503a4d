// One API request, in GitHub's order: faults (the network and load balancer misbehaving), authentication,
// the primary rate limit, routing and JSON parsing, the handler, then ETag/304 and the rate-limit headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultInjector, faultResponse, primaryLimitResponse } from './faults';
import { ApiError, badJson, errorBody, notFound, type ApiResponse } from './http/response';
import { prepare, send } from './http/send';
import type { RateLimiter } from './rateLimit';
import { apiRoutes } from './routes/index';
import { Router } from './router';
import type { Store } from './store';
import type { RecordedRequest } from './types';

const router = new Router(apiRoutes);

export interface ApiEnvironment {
  readonly store: Store;
  readonly faults: FaultInjector;
  readonly rate: RateLimiter;
  readonly requests: RecordedRequest[];
  /** The login a token authenticates as; undefined when the token is not accepted. */
  loginFor(token: string | undefined): string | undefined;
  /** Resolves after `ms`, or never when the emulator stops first. */
  delay(ms: number): Promise<void>;
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return m?.[1];
}

function parseBody(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

export async function handleApi(env: ApiEnvironment, req: IncomingMessage, res: ServerResponse, raw: string, url: URL): Promise<void> {
  const method = req.method ?? 'GET';
  const record: RecordedRequest = {
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: { ...req.headers },
    body: parseBody(raw),
    status: 0,
  };
  env.requests.push(record);

  const decision = env.faults.take(method, url.pathname + url.search);
  if (decision.delayMs > 0) await env.delay(decision.delayMs);
  if (decision.answer) record.fault = decision.answer.kind;
  if (decision.answer?.kind === 'drop') {
    req.socket.destroy();
    return;
  }

  const login = env.loginFor(bearerToken(req));
  let response: ApiResponse;
  let spends = false;
  if (decision.answer) {
    response = faultResponse(decision.answer, env.store.user(login ?? 'ghost').id, env.rate);
  } else if (login === undefined) {
    response = { status: 401, body: errorBody(401, 'Bad credentials') };
  } else if (env.rate.exhausted() && url.pathname !== '/rate_limit') {
    response = primaryLimitResponse(403, env.store.user(login).id, env.rate.snapshot().reset, env.rate);
  } else {
    response = route(env, method, url, raw, req, login);
    spends = url.pathname !== '/rate_limit';
  }

  const prepared = prepare(req, response);
  if (spends && prepared.status !== 304) env.rate.consume();
  record.status = prepared.status;
  send(res, prepared.status, { ...env.rate.headers(), ...prepared.headers }, prepared.payload);
}

function route(env: ApiEnvironment, method: string, url: URL, raw: string, req: IncomingMessage, login: string): ApiResponse {
  try {
    const match = router.match(method, url.pathname);
    if (!match) throw notFound();
    if (url.pathname === '/user' && bearerToken(req) === undefined) {
      throw new ApiError(401, errorBody(401, 'Requires authentication', 'https://docs.github.com/rest/users/users#get-the-authenticated-user'));
    }
    let body: unknown;
    if (raw.trim() !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        throw badJson();
      }
    }
    const host = req.headers.host ?? 'localhost';
    const origin = `http://${host}`;
    return match.handler({
      method,
      url,
      params: match.params,
      body,
      store: env.store,
      origins: { api: origin, web: origin },
      login,
      rateLimit: env.rate.snapshot(),
    });
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.body, headers: error.headers };
    console.error('[github-emulator]', error);
    return { status: 500, body: errorBody(500, `Emulator bug: ${String(error)}`) };
  }
}
