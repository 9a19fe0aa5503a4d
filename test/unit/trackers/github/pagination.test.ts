// How the client walks a list: page 1 tells how many pages there are, the rest are asked for together (the
// limiter keeps a few in flight); a list without a numbered last page is followed link by link, never off the
// API's origin (the token goes with every request).
import * as assert from 'node:assert/strict';
import { createGitHubClient, lastPageNumber } from '../../../../src/trackers/github/githubClient';
import { TrackerError } from '../../../../src/trackers/tracker';
import { GitHubEmulator, largeMilestoneSeed } from '../../../emulator/index';
import { FAST_TUNING, recordingLog } from './emulatorKit';

const API = 'https://api.example.test';

/** A fetch that answers from a table of URL → [items, Link header], and records what it was asked. */
function tableFetch(table: Record<string, [unknown, string?]>, asked: string[]): typeof fetch {
  return async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    asked.push(url);
    const row = table[url];
    if (!row) return new Response(JSON.stringify({ message: 'Not Found' }), { status: 404, headers: { 'content-type': 'application/json' } });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (row[1]) headers.link = row[1];
    return new Response(JSON.stringify(row[0]), { status: 200, headers });
  };
}

function clientWith(fetch: typeof globalThis.fetch) {
  return createGitHubClient({ apiUrl: API, token: 'rr-test-token', log: recordingLog(), fetch, ...FAST_TUNING });
}

describe('GitHub client pagination', () => {
  describe('lastPageNumber', () => {
    const cases: [string | undefined, number | null][] = [
      [undefined, null],
      ['', null],
      [`<${API}/r?page=2>; rel="next", <${API}/r?page=7>; rel="last"`, 7],
      [`<${API}/r?per_page=100&page=50>; rel="last"`, 50],
      [`<${API}/r?after=abc>; rel="next"`, null],
      [`<${API}/r?page=1>; rel="last"`, null],
      [`<${API}/r?page=99999999>; rel="last"`, null],
      [`<not a url>; rel="last"`, null],
    ];
    for (const [link, expected] of cases) {
      it(`${JSON.stringify(link)} → ${expected}`, () => assert.equal(lastPageNumber(link), expected));
    }
  });

  describe('against the emulator', () => {
    let emulator: GitHubEmulator;
    before(async () => {
      emulator = await GitHubEmulator.start();
    });
    after(async () => {
      await emulator.stop();
    });

    it('asks for the pages after the first together: page 3 is requested while page 2 is still on its way', async () => {
      emulator.reset();
      emulator.seed(largeMilestoneSeed(250));
      emulator.injectFault({ kind: 'slow', delayMs: 1500, match: 'page=2' });
      const client = createGitHubClient({ apiUrl: emulator.url, token: 'rr-test-token', log: recordingLog(), ...FAST_TUNING });
      const pages = () => emulator.requests.filter((r) => r.path === '/repos/octo/repo/issues');
      const listing = client.paginate<{ number: number }>('GET /repos/{owner}/{repo}/issues', { owner: 'octo', repo: 'repo', state: 'all' });
      let pageTwoWhenThreeArrived: number | undefined;
      while (pageTwoWhenThreeArrived === undefined) {
        const seen = pages();
        if (seen.some((r) => r.query.page === '3')) pageTwoWhenThreeArrived = seen.find((r) => r.query.page === '2')?.status;
        else await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const issues = await listing;
      assert.equal(pageTwoWhenThreeArrived, 0, 'page 2 had already been answered: the pages were fetched one by one');
      assert.equal(issues.length, 250);
      assert.equal(pages().length, 3, 'ceil(250 / 100) requests');
      const served: number[] = [];
      for (const page of [1, 2, 3]) {
        const response = await fetch(`${emulator.url}/repos/octo/repo/issues?per_page=100&state=all&page=${page}`, { headers: { authorization: 'token rr-test-token' } });
        served.push(...((await response.json()) as { number: number }[]).map((i) => i.number));
      }
      assert.deepEqual(issues.map((i) => i.number), served, 'items keep the order of the pages');
    });
  });

  it('follows a cursor (no numbered last page) link by link, in order', async () => {
    const asked: string[] = [];
    const client = clientWith(
      tableFetch(
        {
          [`${API}/things?per_page=100`]: [[1, 2], `<${API}/things?per_page=100&after=x>; rel="next"`],
          [`${API}/things?per_page=100&after=x`]: [{ total_count: 5, things: [3, 4] }, `<${API}/things?per_page=100&after=y>; rel="next"`],
          [`${API}/things?per_page=100&after=y`]: [[5]],
        },
        asked,
      ),
    );
    assert.deepEqual(await client.paginate<number>('GET /things'), [1, 2, 3, 4, 5]);
    assert.equal(asked.length, 3);
  });

  it('refuses a next-page link to another server, before sending anything there', async () => {
    const asked: string[] = [];
    const client = clientWith(tableFetch({ [`${API}/things?per_page=100`]: [[1], '<https://evil.example/steal?after=x>; rel="next"'] }, asked));
    await assert.rejects(client.paginate('GET /things'), (error: unknown) => error instanceof TrackerError && /another server/.test(error.message));
    assert.deepEqual(asked, [`${API}/things?per_page=100`]);
  });
});
