// The GitHub tracker loading a 5,000-issue milestone from the API emulator (a separate process, like GitHub is):
// how many requests, how long a cold load takes, and how long an unchanged refresh takes (every page a 304).
// Reference, in the same run: plain fetch of the very URLs the tracker requested, one after another, without
// Octokit, its plugins, the ETag cache or the mapping to our model.
//   node esbuild.mjs --tests && node out/test/bench/githubLoad.bench.js
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../src/core/config/defaults';
import { createGitHubTracker, type GitHubTracker } from '../../src/trackers/githubTracker';
import { silentLog } from '../../src/trackers/trackerLog';
import { largeMilestoneSeed } from '../emulator/index';
import type { RecordedRequest } from '../emulator/types';
import { startEmulator, type RunningEmulator } from '../harness/fixtures.mjs';
import { interleaved, msMeasurement, type BenchRow } from './benchResult';

const ISSUES = 5_000;
const PER_PAGE = 100;
const RUNS = 10;
/** Issue 12's budget: Octokit, the ETag cache and the mapping may cost at most 30 % over the bare requests. */
const GITHUB_RATIO = 1.3;
const TOKEN = 'bench-token';
const HEADERS = { accept: 'application/vnd.github+json', authorization: `token ${TOKEN}`, 'user-agent': 'rr-bench' };

class EmulatorControl {
  constructor(readonly url: string) {}

  async requests(): Promise<RecordedRequest[]> {
    return (await fetch(`${this.url}/_emulator/requests`)).json() as Promise<RecordedRequest[]>;
  }

  async forget(): Promise<void> {
    await fetch(`${this.url}/_emulator/requests`, { method: 'DELETE' });
    // Cold loads spend the hourly budget for real; keep it full so no run meets a rate limit.
    await fetch(`${this.url}/_emulator/rate-limit`, { method: 'POST', body: JSON.stringify({ remaining: 5000, resetInSeconds: 3600 }) });
  }
}

function newTracker(url: string): GitHubTracker {
  return createGitHubTracker({ apiUrl: url, owner: 'octo', repo: 'repo', token: TOKEN, config: DEFAULT_CONFIG, log: silentLog });
}

async function load(tracker: GitHubTracker): Promise<void> {
  const data = await tracker.loadRelease('v1.0');
  if (data.issues.length !== ISSUES) throw new Error(`Loaded ${data.issues.length} issues, expected ${ISSUES}`);
}

function urlOf(base: string, r: RecordedRequest): string {
  const query = new URLSearchParams(r.query).toString();
  return `${base}${r.path}${query ? `?${query}` : ''}`;
}

/** The reference: the same GETs with fetch, bodies parsed; with ETags it sends If-None-Match like the tracker. */
async function rawFetch(urls: readonly string[], etags?: Map<string, string>): Promise<number[]> {
  const statuses: number[] = [];
  for (const url of urls) {
    const etag = etags?.get(url);
    const response = await fetch(url, { headers: etag ? { ...HEADERS, 'if-none-match': etag } : HEADERS });
    if (response.status === 200) {
      await response.json();
      etags?.set(url, response.headers.get('etag') ?? '');
    } else await response.arrayBuffer();
    statuses.push(response.status);
  }
  return statuses;
}

export async function run(log: (line: string) => void = (line) => console.log(line)): Promise<BenchRow[]> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-github-'));
  const seedFile = path.join(tmp, 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(largeMilestoneSeed(ISSUES)));
  const emulator: RunningEmulator | null = await startEmulator(tmp, ['--seed', seedFile]);
  if (!emulator) throw new Error('The emulator is not built: node esbuild.mjs --tests');
  const control = new EmulatorControl(emulator.url);
  try {
    // One load to learn which requests a load makes; both sides then repeat exactly those.
    await control.forget();
    await load(newTracker(emulator.url));
    const recorded = await control.requests();
    const urls = recorded.map((r) => urlOf(emulator.url, r));
    const issuePages = recorded.filter((r) => /^\/repos\/octo\/repo\/issues$/.test(r.path)).length;
    const milestonePages = recorded.filter((r) => /\/milestones$/.test(r.path)).length;
    const other = recorded.length - issuePages - milestonePages;
    log(`github: a load makes ${recorded.length} requests: ${issuePages} issue pages, ${milestonePages} milestone pages, ${other} other`);

    await control.forget();
    const cold = await interleaved(RUNS, () => load(newTracker(emulator.url)), () => rawFetch(urls), 1);
    log(`github cold load: ${msMeasurement(cold.ours).text}; raw fetch: ${msMeasurement(cold.reference).text}`);

    const warmTracker = newTracker(emulator.url);
    await load(warmTracker);
    const etags = new Map<string, string>();
    await rawFetch(urls, etags);
    await control.forget();
    let referenceStatuses: number[] = [];
    const refresh = await interleaved(RUNS, () => load(warmTracker), async () => (referenceStatuses = await rawFetch(urls, etags)), 1);
    // Our requests and the reference's share the emulator's log; the user agent tells them apart.
    const ours = (await control.requests()).filter((r) => r.headers['user-agent'] !== HEADERS['user-agent']);
    const oursTotal = ours.length;
    const notModified = ours.filter((r) => r.status === 304).length;
    if (referenceStatuses.some((s) => s !== 304)) throw new Error(`The reference refresh got ${referenceStatuses.join(', ')}`);
    log(`github unchanged refresh: ${msMeasurement(refresh.ours).text}; ${notModified}/${oursTotal} answered 304`);

    const expectedPages = Math.ceil(ISSUES / PER_PAGE) + 1;
    return [
      {
        id: 'github.requests',
        name: `GitHub load of ${ISSUES.toLocaleString('en-US')} issues: requests`,
        ours: { value: issuePages + milestonePages, unit: 'requests', text: `${issuePages} issue pages + ${milestonePages} milestones (+ ${other} branch checks)` },
        reference: null,
        target: { kind: 'equals', value: expectedPages, text: `= ceil(${ISSUES}/${PER_PAGE}) + 1 = ${expectedPages}` },
        note: 'Branch checks (repository, combined status, check runs) are counted apart: they are not pages of the milestone.',
      },
      {
        id: 'github.cold',
        name: 'GitHub load: cold (new client, empty ETag cache)',
        ours: msMeasurement(cold.ours),
        reference: { ...msMeasurement(cold.reference), what: `fetch + JSON.parse of the same ${urls.length} URLs, one after another on one keep-alive connection` },
        target: { kind: 'ratioBelow', value: GITHUB_RATIO, text: `< ${GITHUB_RATIO}× the bare fetch loop` },
      },
      {
        id: 'github.refresh',
        name: 'GitHub load: unchanged refresh (every page 304)',
        ours: msMeasurement(refresh.ours),
        reference: { ...msMeasurement(refresh.reference), what: `fetch of the same ${urls.length} URLs with If-None-Match` },
        target: { kind: 'ratioBelow', value: GITHUB_RATIO, text: `< ${GITHUB_RATIO}× the bare fetch loop` },
      },
      {
        id: 'github.refresh304',
        name: 'GitHub load: unchanged refresh, requests not answered 304',
        ours: { value: oursTotal - notModified, unit: 'requests', text: `${oursTotal - notModified} of ${oursTotal} (over ${RUNS + 1} refreshes)` },
        reference: null,
        target: { kind: 'equals', value: 0, text: '= 0 (all 304, no rate limit spent)' },
      },
    ];
  } finally {
    await emulator.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
