// HTTP control routes under /_emulator/ for tests in other processes (the VS Code extension host, Playwright).
// They bypass faults, authentication and the rate limit, and are not recorded as API requests.
import type { ServerResponse } from 'node:http';
import { FaultError } from './faults';
import { send } from './http/send';
import { SeedError } from './seedLoader';
import type { StateSnapshot } from './snapshot';
import type { EmulatorSeed, Fault, RateLimitSnapshot, RecordedRequest } from './types';

export interface EmulatorControls {
  readonly requests: RecordedRequest[];
  reset(): void;
  seed(seed: EmulatorSeed): void;
  injectFault(fault: Fault | Fault[]): void;
  clearFaults(): void;
  pendingFaults(): { fault: Fault; remaining: number }[];
  resetRequests(): void;
  state(): StateSnapshot;
  rateLimit(): RateLimitSnapshot;
  setRateLimit(remaining: number, resetInSeconds?: number): void;
}

type Reply = { status: number; body?: unknown };

function dispatch(emu: EmulatorControls, method: string, path: string, body: unknown): Reply {
  const done: Reply = { status: 204 };
  switch (`${method} ${path}`) {
    case 'POST /_emulator/reset': emu.reset(); return done;
    case 'POST /_emulator/seed': emu.seed(body as EmulatorSeed); return done;
    case 'GET /_emulator/state': return { status: 200, body: emu.state() };
    case 'POST /_emulator/faults': emu.injectFault(body as Fault | Fault[]); return done;
    case 'GET /_emulator/faults': return { status: 200, body: emu.pendingFaults() };
    case 'DELETE /_emulator/faults': emu.clearFaults(); return done;
    case 'GET /_emulator/requests': return { status: 200, body: emu.requests };
    case 'DELETE /_emulator/requests': emu.resetRequests(); return done;
    case 'GET /_emulator/rate-limit': return { status: 200, body: emu.rateLimit() };
    case 'POST /_emulator/rate-limit': {
      const { remaining, resetInSeconds } = (body ?? {}) as { remaining?: unknown; resetInSeconds?: unknown };
      if (typeof remaining !== 'number' || (resetInSeconds !== undefined && typeof resetInSeconds !== 'number')) {
        return { status: 422, body: { message: 'Send { "remaining": number, "resetInSeconds"?: number }.' } };
      }
      emu.setRateLimit(remaining, resetInSeconds);
      return done;
    }
    default:
      return { status: 404, body: { message: `No emulator control route ${method} ${path}` } };
  }
}

export function handleControl(emu: EmulatorControls, method: string, path: string, raw: string, res: ServerResponse): void {
  let reply: Reply;
  try {
    reply = dispatch(emu, method, path, raw.trim() === '' ? undefined : JSON.parse(raw));
  } catch (error) {
    if (error instanceof SyntaxError) reply = { status: 400, body: { message: `Problems parsing JSON: ${error.message}` } };
    else if (error instanceof SeedError || error instanceof FaultError) reply = { status: 422, body: { message: error.message } };
    else throw error;
  }
  send(res, reply.status, {}, reply.body === undefined ? '' : JSON.stringify(reply.body));
}
