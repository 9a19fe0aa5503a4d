import * as assert from 'node:assert/strict';
import { gitDirOfFile, latestVersionTag, tagsInPackedRefs } from '../../../../src/core/checklist/gitTags';

describe('git tags', () => {
  it('lists the tags of a packed-refs file, skipping branches, peeled lines and comments', () => {
    const packed = [
      '# pack-refs with: peeled fully-peeled sorted ',
      'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0 refs/heads/main',
      '1111111111111111111111111111111111111111 refs/tags/v1.2.0',
      '^2222222222222222222222222222222222222222',
      '3333333333333333333333333333333333333333 refs/tags/release/v1.10.0',
      '4444444444444444444444444444444444444444 refs/remotes/origin/v9.9.9',
      '',
    ].join('\r\n');
    assert.deepEqual(tagsInPackedRefs(packed), ['v1.2.0', 'release/v1.10.0']);
    assert.deepEqual(tagsInPackedRefs(''), []);
  });

  it('picks the highest semantic version, not the last or the longest string', () => {
    assert.equal(latestVersionTag(['v1.9.0', 'v1.10.0', 'v1.2.0']), 'v1.10.0');
    assert.equal(latestVersionTag(['v2.0.0-rc.1', 'v1.9.9', 'latest', 'v2.0.0-beta.3']), 'v2.0.0-rc.1');
    assert.equal(latestVersionTag(['v2.0.0-rc.1', 'v2.0.0']), 'v2.0.0');
    assert.equal(latestVersionTag(['1.2.0', 'v1.2.0']), '1.2.0');
  });

  it('is null when no tag is a version', () => {
    assert.equal(latestVersionTag([]), null);
    assert.equal(latestVersionTag(['latest', 'deploy-2026-12']), null);
  });

  it('reads where a .git file points', () => {
    assert.equal(gitDirOfFile('gitdir: ../.git/worktrees/feature\n'), '../.git/worktrees/feature');
    assert.equal(gitDirOfFile('gitdir:/abs/path/.git/modules/sub  \r\n'), '/abs/path/.git/modules/sub');
    assert.equal(gitDirOfFile('[core]\n'), null);
  });
});
