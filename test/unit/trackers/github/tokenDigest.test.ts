import * as assert from 'node:assert/strict';
import { tokenDigest } from '../../../../src/trackers/github/githubClient';

describe('tokenDigest', () => {
  it('gives 16 hex digits, the same for the same token', () => {
    assert.match(tokenDigest('ghp_abc'), /^[0-9a-f]{16}$/);
    assert.equal(tokenDigest('ghp_abc'), tokenDigest('ghp_abc'));
  });

  it('tells thousands of similar tokens apart and never contains the token', () => {
    const digests = new Set<string>();
    for (let i = 0; i < 5000; i++) digests.add(tokenDigest(`ghp_${'x'.repeat(30)}${i}`));
    assert.equal(digests.size, 5000);
    assert.notEqual(tokenDigest('ab'), tokenDigest('ba'));
    assert.ok(!tokenDigest('0123456789abcdef').includes('0123456789abcdef'));
  });
});
