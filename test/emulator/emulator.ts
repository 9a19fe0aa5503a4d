// The GitHub REST API emulator: a real HTTP server on 127.0.0.1 with in-memory state. See README.md.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { handleControl, type EmulatorControls } from './control';
import { FaultInjector } from './faults';
import { sendPreflight } from './http/send';
import { handleApi, type ApiEnvironment } from './pipeline';
import { RateLimiter } from './rateLimit';
import { loadSeed, SeedError } from './seedLoader';
import { issueSnapshot, milestoneSnapshot, repoSnapshot, stateSnapshot, type IssueSnapshot, type MilestoneSnapshot, type RepoSnapshot, type StateSnapshot } from './snapshot';
import { DEFAULT_LOGIN, Store } from './store';
import type { EmulatorSeed, Fault, RateLimitSnapshot, RecordedRequest } from './types';

export interface EmulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** When set, API requests must send `Authorization: token <it>` (or `Bearer`), or a seeded user's token. */
  token?: string;
  /** The login `token` authenticates as; default `octocat`. */
  login?: string;
  seed?: EmulatorSeed;
}

export class GitHubEmulator implements EmulatorControls, ApiEnvironment {
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultInjector();
  rate = new RateLimiter();
  store: Store;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private server!: Server;
  private origin = '';

  private constructor(private readonly options: EmulatorOptions) {
    this.store = loadSeed(options.seed);
  }

  static async start(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
    const emulator = new GitHubEmulator(options);
    await emulator.listen(options.port ?? 0);
    return emulator;
  }

  /** The API base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  get url(): string {
    return this.origin;
  }

  private listen(port: number): Promise<void> {
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        resolve();
      });
    });
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? this.origin.slice(7)}`);
      if (req.method === 'OPTIONS') sendPreflight(res);
      else if (url.pathname.startsWith('/_emulator/')) handleControl(this, req.method ?? 'GET', url.pathname, raw, res);
      else await handleApi(this, req, res, raw, url);
    } catch (error) {
      console.error('[github-emulator]', error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: `Emulator bug: ${String(error)}` }));
    }
  }

  loginFor(token: string | undefined): string | undefined {
    const seeded = this.store.loginForToken(token);
    if (seeded !== undefined) return seeded;
    if (this.options.token !== undefined && token === this.options.token) return this.options.login ?? DEFAULT_LOGIN;
    // Tokens are only checked when the emulator was given one or the seed gives users tokens.
    const checks = this.options.token !== undefined || this.store.tokens.size > 0;
    return checks ? undefined : this.options.login ?? DEFAULT_LOGIN;
  }

  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** Replaces all repositories and users; requests, faults and the rate limit are kept. */
  seed(seed: EmulatorSeed): void {
    if (typeof seed !== 'object' || seed === null) throw new SeedError('A seed is an object with a "repos" array.');
    this.store = loadSeed(seed);
  }

  /** Back to the state the emulator started with: the start seed, no faults, no requests, a full rate limit. */
  reset(): void {
    this.store = loadSeed(this.options.seed);
    this.clearFaults();
    this.resetRequests();
    this.rate = new RateLimiter();
  }

  injectFault(fault: Fault | Fault[]): void {
    this.faults.add(fault);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  pendingFaults(): { fault: Fault; remaining: number }[] {
    return this.faults.pending();
  }

  resetRequests(): void {
    this.requests.length = 0;
  }

  /** Sets the core budget for real: at 0 every API request gets GitHub's 403 until `resetInSeconds` pass. */
  setRateLimit(remaining: number, resetInSeconds?: number): void {
    this.rate.set(remaining, resetInSeconds);
  }

  rateLimit(): RateLimitSnapshot {
    return this.rate.snapshot();
  }

  state(): StateSnapshot {
    return stateSnapshot(this.store);
  }

  repo(owner: string, name: string): RepoSnapshot | undefined {
    const repo = this.store.repo(owner, name);
    return repo && repoSnapshot(this.store, repo);
  }

  issue(owner: string, name: string, number: number): IssueSnapshot | undefined {
    const repo = this.store.repo(owner, name);
    const issue = repo?.issues.get(number);
    return repo && issue && issueSnapshot(this.store, repo, issue);
  }

  issues(owner: string, name: string): IssueSnapshot[] {
    return this.repo(owner, name)?.issues ?? [];
  }

  milestone(owner: string, name: string, number: number): MilestoneSnapshot | undefined {
    const repo = this.store.repo(owner, name);
    const milestone = repo && this.store.milestone(repo, number);
    return repo && milestone && milestoneSnapshot(this.store, repo, milestone);
  }

  /** Recorded API requests whose method matches and whose path starts with `pathPrefix`. */
  requestsTo(method: string, pathPrefix = '/'): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix));
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
