import * as assert from 'node:assert/strict';
import { compareVersions, formatVersion, parseVersion } from '../../../../src/core/checklist/semver';

function cmp(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  assert.ok(left && right, `${a} / ${b} parse`);
  return Math.sign(compareVersions(left, right));
}

describe('semver', () => {
  it('reads versions and tag prefixes', () => {
    for (const text of ['1.2.3', 'v1.2.3', 'V1.2.3', ' 1.2.3 ', 'release-v1.2.3', 'release-1.2.3', 'my-pkg@1.2.3', 'refs/tags/v1.2.3']) {
      assert.equal(formatVersion(parseVersion(text) ?? assert.fail(text)), '1.2.3', text);
    }
    assert.deepEqual(parseVersion('2.0.0-rc.1+build.7'), { major: '2', minor: '0', patch: '0', prerelease: ['rc', '1'], build: 'build.7' });
  });

  it('rejects what is not SemVer', () => {
    for (const text of ['', '1.2', '1.2.3.4', '01.2.3', '1.2.3-01', '1.2.3-', 'latest', 'v', '1.2.x']) {
      assert.equal(parseVersion(text), null, text);
    }
  });

  it('orders by major, minor and patch numerically', () => {
    assert.equal(cmp('1.10.0', '1.9.9'), 1);
    assert.equal(cmp('2.0.0', '10.0.0'), -1);
    assert.equal(cmp('1.2.3', 'v1.2.3'), 0);
    assert.equal(cmp('123456789012345678901.0.0', '123456789012345678900.0.0'), 1);
  });

  it('orders prereleases as the spec example does', () => {
    const ordered = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'];
    for (let i = 0; i + 1 < ordered.length; i += 1) {
      assert.equal(cmp(ordered[i], ordered[i + 1]), -1, `${ordered[i]} < ${ordered[i + 1]}`);
      assert.equal(cmp(ordered[i + 1], ordered[i]), 1);
    }
  });

  it('ignores build metadata', () => {
    assert.equal(cmp('1.0.0+001', '1.0.0+002'), 0);
    assert.equal(formatVersion(parseVersion('1.0.0-rc.1+x') ?? assert.fail()), '1.0.0-rc.1');
  });
});
