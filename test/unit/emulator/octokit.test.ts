// The emulator through the client the extension uses: Octokit with the retry and throttling plugins must read
// its pagination, errors and rate-limit answers exactly as they read GitHub's.
import * as assert from 'node:assert/strict';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import { GitHubEmulator, largeMilestoneSeed } from '../../emulator/index';

const Client = Octokit.plugin(retry, throttling);

describe('emulator with Octokit', () => {
  let emu: GitHubEmulator;
  const limits: string[] = [];
  let octokit: InstanceType<typeof Client>;
  before(async () => {
    emu = await GitHubEmulator.start({ token: 'tok', seed: largeMilestoneSeed(250) });
    octokit = new Client({
      auth: 'tok',
      baseUrl: emu.url,
      retry: { retryAfterBaseValue: 1 },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      throttle: {
        onRateLimit: (after: number) => void limits.push(`primary ${after}`),
        onSecondaryRateLimit: (after: number) => void limits.push(`secondary ${after}`),
      },
    });
  });
  after(() => emu.stop());
  beforeEach(() => {
    emu.reset();
    limits.length = 0;
  });

  it('paginates a 250-issue milestone in three requests', async () => {
    const issues = await octokit.paginate(octokit.rest.issues.listForRepo, { owner: 'octo', repo: 'repo', milestone: '2', state: 'all', per_page: 100 });
    assert.equal(issues.length, 250);
    assert.equal(emu.requestsTo('GET', '/repos/octo/repo/issues').length, 3);
  });

  it('retries a 502 burst and then succeeds', async () => {
    emu.injectFault({ kind: 'serverError', status: 502, count: 2 });
    const { data } = await octokit.rest.issues.get({ owner: 'octo', repo: 'repo', issue_number: 3 });
    assert.equal(data.state, 'closed');
    assert.deepEqual(emu.requests.map((r) => r.status), [502, 502, 200]);
  });

  it('is recognised as a secondary and a primary rate limit by the throttling plugin', async () => {
    emu.injectFault([{ kind: 'secondaryLimit', retryAfter: 7, match: '/issues/1' }, { kind: 'primaryLimit', resetInSeconds: 90, match: '/issues/2' }]);
    await assert.rejects(octokit.rest.issues.get({ owner: 'octo', repo: 'repo', issue_number: 1 }), { status: 403 });
    await assert.rejects(octokit.rest.issues.get({ owner: 'octo', repo: 'repo', issue_number: 2 }), { status: 403 });
    assert.equal(limits[0], 'secondary 7');
    assert.match(limits[1], /^primary (89|90|91)$/);
  });

  it('surfaces a 304 for a matching ETag', async () => {
    const first = await octokit.rest.issues.get({ owner: 'octo', repo: 'repo', issue_number: 1 });
    await assert.rejects(
      octokit.rest.issues.get({ owner: 'octo', repo: 'repo', issue_number: 1, headers: { 'if-none-match': first.headers.etag } }),
      { status: 304 },
    );
  });
});
