import * as assert from 'node:assert/strict';
import { defaultTag, planShip, tagNameProblem, type ShipFacts, type ShipStepId } from '../../../../src/core/ship/shipPlan';

const HEAD = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const fresh: ShipFacts = { tracker: 'github', head: HEAD, localTag: null, remoteTag: null, release: null, milestoneClosed: false };
const options = { tag: 'v1.4.0', draft: true, pushTag: false };

describe('ship plan', () => {
  it('from nothing: tag, release, close (GitHub); tag, close (local); push only when asked', () => {
    assert.deepEqual(planShip(fresh, options), { steps: ['createTag', 'createRelease', 'closeMilestone'], done: [], conflict: null });
    assert.deepEqual(planShip({ ...fresh, tracker: 'local', release: null }, options).steps, ['createTag', 'closeMilestone']);
    assert.deepEqual(planShip({ ...fresh, remoteTag: false }, { ...options, pushTag: true }).steps, ['createTag', 'pushTag', 'createRelease', 'closeMilestone']);
  });

  it('resumes from every partial state, never repeating a step that landed', () => {
    const all: ShipStepId[] = ['createTag', 'pushTag', 'createRelease', 'closeMilestone'];
    // Every combination of the four facts a step leaves behind.
    for (let mask = 0; mask < 16; mask++) {
      const tagged = (mask & 1) !== 0;
      const pushed = (mask & 2) !== 0;
      const released = (mask & 4) !== 0;
      const closed = (mask & 8) !== 0;
      const facts: ShipFacts = { ...fresh, localTag: tagged ? HEAD : null, remoteTag: pushed, release: released ? { draft: true } : null, milestoneClosed: closed };
      const plan = planShip(facts, { ...options, pushTag: true });
      const expectDone = all.filter((s) => ({ createTag: tagged || pushed, pushTag: pushed, createRelease: released, closeMilestone: closed })[s]);
      assert.deepEqual(plan.done, expectDone, `mask ${mask}`);
      assert.deepEqual(plan.steps, all.filter((s) => !expectDone.includes(s)), `mask ${mask}`);
      assert.deepEqual([...plan.done, ...plan.steps].sort(), [...all].sort(), 'every step is either done or to do');
    }
    const shipped = planShip({ ...fresh, localTag: HEAD, release: { draft: false }, milestoneClosed: true }, options);
    assert.deepEqual(shipped, { steps: [], done: ['createTag', 'createRelease', 'closeMilestone'], conflict: null });
  });

  it('refuses when the tag exists on another commit', () => {
    const plan = planShip({ ...fresh, localTag: OTHER }, options);
    assert.deepEqual(plan.steps, []);
    assert.match(plan.conflict ?? '', /^Tag v1\.4\.0 already exists on commit bbbbbbb, not on HEAD \(aaaaaaa\)/);
  });

  it('makes a semver tag from the milestone title', () => {
    assert.equal(defaultTag('v1.4 — Holiday Checkout'), 'v1.4.0');
    assert.equal(defaultTag('1.2.3'), 'v1.2.3');
    assert.equal(defaultTag('Release 2.0.1-rc.1'), 'v2.0.1-rc.1');
    assert.equal(defaultTag('v2.0 — Fixture'), 'v2.0.0');
    assert.equal(defaultTag('v3'), 'v3.0.0');
    assert.equal(defaultTag('Holiday Checkout'), null);
  });

  it('checks tag names as git does, and refuses a leading dash', () => {
    assert.equal(tagNameProblem('v1.4.0'), null);
    assert.equal(tagNameProblem('release/v1.4.0'), null);
    for (const bad of ['', '-f', '--delete', 'a b', 'a..b', 'a~1', 'a^', 'a:b', 'x.lock', 'a/', '.hidden', 'a@{1}', 'a\\b', 'a\u0001']) {
      assert.notEqual(tagNameProblem(bad), null, JSON.stringify(bad));
    }
  });
});
