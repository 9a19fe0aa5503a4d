import * as assert from 'node:assert/strict';
import { closestName } from '../../../src/core/closestName';

describe('closestName', () => {
  const keys = ['roles', 'labels', 'milestone', 'criteria', 'checklist'];

  it('finds a swap of two neighbouring letters', () => {
    assert.equal(closestName('rolse', keys), 'roles');
    assert.equal(closestName('lables', keys), 'labels');
  });

  it('finds a missing or extra letter', () => {
    assert.equal(closestName('milstone', keys), 'milestone');
    assert.equal(closestName('criterias', keys), 'criteria');
  });

  it('ignores case, dashes, underscores and spaces', () => {
    assert.equal(closestName('needs-verification', ['verified', 'needsVerification']), 'needsVerification');
    assert.equal(closestName('CHECK_LIST', keys), 'checklist');
  });

  it('suggests nothing for a name that is not close', () => {
    assert.equal(closestName('owner', keys), undefined);
    assert.equal(closestName('', keys), undefined);
    assert.equal(closestName('ab', ['xy']), undefined);
  });

  it('allows fewer edits for short names', () => {
    assert.equal(closestName('qa', ['pm']), undefined);
    assert.equal(closestName('q', ['qa']), 'qa');
  });

  it('prefers the closest of several candidates', () => {
    assert.equal(closestName('verifed', ['needsVerification', 'verified']), 'verified');
  });
});
