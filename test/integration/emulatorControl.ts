// What integration tests need around the extension: the GitHub API emulator's control routes over HTTP (the
// emulator runs in the launcher's process, not in the extension host), the extension's test API, and waitFor.
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../src/extension';
import type { IssueSnapshot, StateSnapshot } from '../emulator/snapshot';
import type { EmulatorSeed, Fault, RecordedRequest } from '../emulator/types';

export const EXTENSION_ID = 'release-readiness.release-readiness';

/** The extension's exports, activated. */
export async function extensionApi(): Promise<ReleaseReadinessApi> {
  const extension = vscode.extensions.getExtension<ReleaseReadinessApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed in the test instance`);
  return extension.activate();
}

/** Polls `predicate` until it returns a truthy value (which it resolves with), or fails after `timeoutMs`. */
export async function waitFor<T>(predicate: () => T | Promise<T>, what: string | (() => string), timeoutMs = 20_000, intervalMs = 50): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The emulator whose URL the launcher put in RR_EMULATOR_URL (and in the user setting github.apiUrl). */
export class EmulatorControl {
  constructor(readonly url: string) {}

  static fromEnvironment(): EmulatorControl {
    const url = process.env.RR_EMULATOR_URL;
    if (!url) throw new Error('RR_EMULATOR_URL is not set: build the emulator (node esbuild.mjs --tests) before running the suite');
    return new EmulatorControl(url.replace(/\/+$/, ''));
  }

  seed(seed: EmulatorSeed): Promise<void> {
    return this.control('POST', '/seed', seed).then(() => undefined);
  }

  reset(): Promise<void> {
    return this.control('POST', '/reset').then(() => undefined);
  }

  injectFault(fault: Fault | Fault[]): Promise<void> {
    return this.control('POST', '/faults', fault).then(() => undefined);
  }

  clearFaults(): Promise<void> {
    return this.control('DELETE', '/faults').then(() => undefined);
  }

  requests(): Promise<RecordedRequest[]> {
    return this.control('GET', '/requests') as Promise<RecordedRequest[]>;
  }

  clearRequests(): Promise<void> {
    return this.control('DELETE', '/requests').then(() => undefined);
  }

  /** The emulator's whole state as a seed-shaped snapshot. */
  state(): Promise<StateSnapshot> {
    return this.control('GET', '/state') as Promise<StateSnapshot>;
  }

  /** One issue as the emulator holds it now (labels as names, comments included). */
  async issue(owner: string, name: string, issueNumber: number): Promise<IssueSnapshot> {
    const repo = (await this.state()).repos.find((r) => r.owner === owner && r.name === name);
    const issue = repo?.issues.find((i) => i.number === issueNumber);
    if (!issue) throw new Error(`The emulator has no issue ${owner}/${name}#${issueNumber}`);
    return issue;
  }

  private async control(method: string, route: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${this.url}/_emulator${route}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Emulator ${method} ${route} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}

/** `METHOD /path` of each request, in order, e.g. `PATCH /repos/octo/rr-fixture/issues/5`. */
export function routesOf(requests: readonly RecordedRequest[]): string[] {
  return requests.map((r) => `${r.method} ${r.path}`);
}
