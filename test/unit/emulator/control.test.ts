import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromRoot } from '../../repoRoot';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { call } from './emulatorClient';

describe('emulator control routes', () => {
  let emu: GitHubEmulator;
  before(async () => (emu = await GitHubEmulator.start({ token: 't', seed: seedWith({ issues: [seedIssue({ number: 1 })] }) })));
  after(() => emu.stop());
  beforeEach(() => emu.reset());

  const api = (path: string) => call(emu.url, 'GET', path, { headers: { authorization: 'token t' } });

  it('seeds over HTTP (replacing the state) and shows it on GET /_emulator/state', async () => {
    const seeded = await call(emu.url, 'POST', '/_emulator/seed', { body: seedWith({ name: 'other', issues: [seedIssue({ number: 9, title: 'Nine' })] }) });
    assert.equal(seeded.status, 204);
    assert.equal((await api('/repos/octo/repo')).status, 404);
    assert.equal((await api('/repos/octo/other/issues/9')).body.title, 'Nine');
    const state = await call(emu.url, 'GET', '/_emulator/state');
    assert.deepEqual(state.body.repos.map((r: { name: string }) => r.name), ['other']);
    assert.equal(state.body.repos[0].issues[0].title, 'Nine');
  });

  it('refuses a seed naming a milestone the repository lacks with 422', async () => {
    const reply = await call(emu.url, 'POST', '/_emulator/seed', { body: { repos: [{ owner: 'o', name: 'r', issues: [{ title: 'x', milestone: 'nope' }] }] } });
    assert.equal(reply.status, 422);
    assert.match(reply.body.message, /milestone "nope"/);
  });

  it('injects, lists and clears faults over HTTP', async () => {
    assert.equal((await call(emu.url, 'POST', '/_emulator/faults', { body: [{ kind: 'serverError', count: 3 }] })).status, 204);
    assert.equal((await api('/repos/octo/repo')).status, 500);
    assert.equal((await call(emu.url, 'GET', '/_emulator/faults')).body[0].remaining, 2);
    await call(emu.url, 'DELETE', '/_emulator/faults');
    assert.equal((await api('/repos/octo/repo')).status, 200);
    assert.equal((await call(emu.url, 'POST', '/_emulator/faults', { body: { kind: 'nope' } })).status, 422);
  });

  it('shows and clears recorded requests, never recording control calls nor spending the limit on them', async () => {
    await api('/repos/octo/repo/issues');
    const recorded = await call(emu.url, 'GET', '/_emulator/requests');
    assert.deepEqual(recorded.body.map((r: { method: string; path: string }) => `${r.method} ${r.path}`), ['GET /repos/octo/repo/issues']);
    assert.equal(recorded.headers.get('x-ratelimit-remaining'), null);
    await call(emu.url, 'DELETE', '/_emulator/requests');
    assert.deepEqual(emu.requests, []);
    assert.equal(emu.rateLimit().remaining, 4999);
  });

  it('exhausts the primary limit over HTTP', async () => {
    await call(emu.url, 'POST', '/_emulator/rate-limit', { body: { remaining: 0, resetInSeconds: 60 } });
    assert.equal((await api('/repos/octo/repo')).status, 403);
    await call(emu.url, 'POST', '/_emulator/reset');
    assert.equal((await api('/repos/octo/repo')).status, 200);
  });

  it('answers unknown API routes with GitHub\'s 404 and unknown control routes with 404', async () => {
    const reply = await api('/repos/octo/repo/projects');
    assert.deepEqual([reply.status, reply.body.message, reply.body.documentation_url], [404, 'Not Found', 'https://docs.github.com/rest']);
    assert.equal((await call(emu.url, 'GET', '/_emulator/nothing')).status, 404);
  });
});

describe('emulator main.ts', () => {
  it('prints EMULATOR_URL, serves the seed file with the token and exits cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-'));
    const seedFile = join(dir, 'seed.json');
    writeFileSync(seedFile, JSON.stringify(seedWith({ issues: [seedIssue({ number: 3, title: 'From file' })] })));
    const child = spawn(process.execPath, [fromRoot('out/test/emulator/main.js'), '--seed', seedFile, '--token', 'tok'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const m = /^EMULATOR_URL=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
          if (m) resolve(m[1]);
        });
        child.once('exit', () => reject(new Error(`exited early: ${out}`)));
      });
      assert.equal((await call(url, 'GET', '/repos/octo/repo/issues/3', { headers: { authorization: 'token tok' } })).body.title, 'From file');
      assert.equal((await call(url, 'GET', '/repos/octo/repo/issues/3')).status, 401);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});
