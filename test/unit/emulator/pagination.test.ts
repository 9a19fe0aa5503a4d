import * as assert from 'node:assert/strict';
import { GitHubEmulator, largeMilestoneSeed } from '../../emulator/index';
import { call, links } from './emulatorClient';

describe('emulator pagination', () => {
  let emu: GitHubEmulator;
  before(async () => (emu = await GitHubEmulator.start({ seed: largeMilestoneSeed(250) })));
  after(() => emu.stop());

  it('walks every issue of a milestone in ceil(N/100) requests by following rel="next"', async () => {
    let next: string | undefined = `${emu.url}/repos/octo/repo/issues?milestone=2&state=all&per_page=100`;
    const numbers: number[] = [];
    let requests = 0;
    while (next) {
      const reply: { body: { number: number }[]; headers: Headers } = await call<{ number: number }[]>('', 'GET', next);
      requests++;
      numbers.push(...reply.body.map((i) => i.number));
      next = links(reply.headers.get('link')).next;
    }
    assert.equal(requests, 3);
    assert.equal(numbers.length, 250);
    assert.equal(new Set(numbers).size, 250);
  });

  it('sends absolute first/prev/next/last links that keep the query and come from the Host header', async () => {
    const reply = await call('', 'GET', `${emu.url.replace('127.0.0.1', 'localhost')}/repos/octo/repo/issues?state=all&per_page=50&page=3`);
    const rel = links(reply.headers.get('link'));
    const port = new URL(emu.url).port;
    assert.equal(rel.prev, `http://localhost:${port}/repos/octo/repo/issues?state=all&per_page=50&page=2`);
    assert.equal(rel.next, `http://localhost:${port}/repos/octo/repo/issues?state=all&per_page=50&page=4`);
    assert.equal(rel.last, `http://localhost:${port}/repos/octo/repo/issues?state=all&per_page=50&page=5`);
    assert.equal(rel.first, `http://localhost:${port}/repos/octo/repo/issues?state=all&per_page=50&page=1`);
  });

  it('has only next and last on the first page, only prev and first on the last', async () => {
    const first = links((await call(emu.url, 'GET', '/repos/octo/repo/issues?state=all&per_page=100')).headers.get('link'));
    assert.deepEqual(Object.keys(first).sort(), ['last', 'next']);
    const last = links((await call(emu.url, 'GET', '/repos/octo/repo/issues?state=all&per_page=100&page=3')).headers.get('link'));
    assert.deepEqual(Object.keys(last).sort(), ['first', 'prev']);
  });

  it('defaults to 30 per page, caps per_page at 100 and sends no Link header for a single page', async () => {
    assert.equal((await call<unknown[]>(emu.url, 'GET', '/repos/octo/repo/issues?state=all')).body.length, 30);
    assert.equal((await call<unknown[]>(emu.url, 'GET', '/repos/octo/repo/issues?state=all&per_page=500')).body.length, 100);
    const milestones = await call<unknown[]>(emu.url, 'GET', '/repos/octo/repo/milestones?state=all');
    assert.equal(milestones.body.length, 3);
    assert.equal(milestones.headers.get('link'), null);
  });

  it('answers a page past the end with an empty array', async () => {
    const reply = await call<unknown[]>(emu.url, 'GET', '/repos/octo/repo/issues?state=all&per_page=100&page=9');
    assert.deepEqual(reply.body, []);
    assert.equal(links(reply.headers.get('link')).last.endsWith('page=3'), true);
  });
});
