// The emulator's answers for issues that are gone: 410 for a deleted one, 301 to the new repository's issue for a
// transferred one, as GitHub answers GET /repos/{o}/{r}/issues/{n}; bad seeds are refused.
import * as assert from 'node:assert/strict';
import { GitHubEmulator, seedIssue, seedRepo } from '../../emulator/index';
import { SeedError } from '../../emulator/seedLoader';

describe('emulator: deleted and transferred issues', () => {
  let emu: GitHubEmulator;
  before(async () => {
    emu = await GitHubEmulator.start({
      seed: {
        repos: [
          seedRepo({ issues: [seedIssue({ number: 1 })], deletedIssues: [7], transferredIssues: [{ number: 8, to: 'octo/other#2' }] }),
          seedRepo({ name: 'other', milestones: [], issues: [seedIssue({ number: 2, title: 'Moved here', milestone: null })] }),
        ],
      },
    });
  });
  after(() => emu.stop());

  const get = (path: string) => fetch(emu.url + path, { redirect: 'manual', headers: { accept: 'application/vnd.github+json' } });

  it('answers 410 for a deleted issue', async () => {
    const res = await get('/repos/octo/repo/issues/7');
    assert.equal(res.status, 410);
    assert.equal(((await res.json()) as { message: string }).message, 'This issue was deleted');
  });

  it('answers 301 with Location at the transferred issue, which answers there', async () => {
    const res = await get('/repos/octo/repo/issues/8');
    assert.equal(res.status, 301);
    const location = res.headers.get('location');
    assert.equal(location, `${emu.url}/repos/octo/other/issues/2`);
    assert.equal(((await res.json()) as { url: string }).url, location);
    const there = await get(new URL(location!).pathname);
    assert.equal(there.status, 200);
    assert.equal(((await there.json()) as { title: string }).title, 'Moved here');
  });

  it('keeps 404 for numbers that never existed, and the new-issue number after the gone ones', async () => {
    assert.equal((await get('/repos/octo/repo/issues/9')).status, 404);
    const created = await fetch(`${emu.url}/repos/octo/repo/issues`, { method: 'POST', body: JSON.stringify({ title: 'New' }), headers: { 'content-type': 'application/json' } });
    assert.equal(((await created.json()) as { number: number }).number, 9);
  });

  it('refuses a gone number that is also an issue, and a malformed target', () => {
    assert.throws(() => emu.seed({ repos: [seedRepo({ issues: [seedIssue({ number: 1 })], deletedIssues: [1] })] }), SeedError);
    assert.throws(() => emu.seed({ repos: [seedRepo({ transferredIssues: [{ number: 3, to: 'nowhere' }] })] }), /owner\/name#number/);
  });
});
