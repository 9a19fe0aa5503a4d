import * as assert from 'node:assert/strict';
import { parseTaskList } from '../../../../src/core/checklist/taskList';
import { applyToFreshBody, toggleTaskItem, type ToggleResult } from '../../../../src/core/checklist/taskToggle';

/** The whole string must equal the original with exactly one character replaced. */
function withCharAt(body: string, index: number, char: string): string {
  return body.slice(0, index) + char + body.slice(index + 1);
}

function ok(result: ToggleResult) {
  if (result.kind !== 'ok') assert.fail(`expected ok, got ${result.kind}: ${result.message}`);
  return result;
}

const BODY = '## Programmer\r\n\r\n- [ ] Code review   \r\n- [X] Docs updated\r\n- [ ] Review\r\n- [ ] Review\r\n';

describe('toggleTaskItem', () => {
  it('flips an unchecked item to a lower-case x and leaves CRLF and trailing spaces alone', () => {
    const result = ok(toggleTaskItem(BODY, { text: 'Code review' }));
    assert.equal(result.body, withCharAt(BODY, BODY.indexOf('[ ] Code') + 1, 'x'));
    assert.equal(result.changed, true);
    assert.equal(result.item.checked, true);
  });

  it('unticks an upper-case X', () => {
    const result = ok(toggleTaskItem(BODY, { text: 'Docs updated' }));
    assert.equal(result.body, withCharAt(BODY, BODY.indexOf('[X]') + 1, ' '));
  });

  it('does nothing when the item is already in the wanted state', () => {
    const result = ok(toggleTaskItem(BODY, { text: 'Docs updated' }, true));
    assert.equal(result.changed, false);
    assert.equal(result.body, BODY);
  });

  it('sets an explicit state', () => {
    const result = ok(toggleTaskItem(BODY, { text: 'Code review' }, false));
    assert.equal(result.changed, false);
    assert.equal(ok(toggleTaskItem(BODY, { text: 'Code review' }, true)).changed, true);
  });

  it('matches the text up to whitespace and invisible comments', () => {
    assert.equal(ok(toggleTaskItem(BODY, { text: ' Code  review <!-- x --> ' })).changed, true);
  });

  it('is ambiguous for a duplicated text without an occurrence', () => {
    const result = toggleTaskItem(BODY, { text: 'Review' });
    assert.equal(result.kind, 'ambiguous');
    assert.equal(result.kind === 'ambiguous' && result.candidates.length, 2);
  });

  it('picks the nth duplicate by occurrence', () => {
    const result = ok(toggleTaskItem(BODY, { text: 'Review', occurrence: 1 }));
    assert.equal(result.body, withCharAt(BODY, BODY.lastIndexOf('[ ] Review') + 1, 'x'));
  });

  it('reports a missing text or occurrence as vanished', () => {
    assert.equal(toggleTaskItem(BODY, { text: 'Nope' }).kind, 'vanished');
    assert.equal(toggleTaskItem(BODY, { text: 'Review', occurrence: 2 }).kind, 'vanished');
    assert.equal(toggleTaskItem(BODY, { text: '' }).kind, 'vanished');
  });

  it('never toggles an item hidden in a code fence', () => {
    const body = '```\n- [ ] Ship\n```\n';
    assert.equal(toggleTaskItem(body, { text: 'Ship' }).kind, 'vanished');
  });
});

describe('applyToFreshBody', () => {
  const OLD = '## QA\n\n- [ ] Smoke test\n- [ ] Regression tests\n- [x] Sign-off\n';

  it('applies to a body where an item was added above', () => {
    const fresh = '## QA\n\n- [ ] New first step\n- [ ] Smoke test\n- [ ] Regression tests\n- [x] Sign-off\n';
    const result = ok(applyToFreshBody(OLD, fresh, { text: 'Regression tests' }));
    assert.equal(result.body, withCharAt(fresh, fresh.indexOf('[ ] Regression') + 1, 'x'));
    assert.equal(result.changedMeanwhile, false);
  });

  it('applies when lines below and the heading changed', () => {
    const fresh = '## QA Engineer\n\n- [ ] Smoke test\n- [ ] Regression tests\n- [x] Sign-off\n\nNotes added later.\n';
    const result = ok(applyToFreshBody(OLD, fresh, { text: 'Smoke test' }, true));
    assert.equal(result.body, withCharAt(fresh, fresh.indexOf('[ ] Smoke') + 1, 'x'));
  });

  it('reports an edited item text as vanished', () => {
    const fresh = OLD.replace('Smoke test', 'Smoke test on staging');
    const result = applyToFreshBody(OLD, fresh, { text: 'Smoke test' });
    assert.equal(result.kind, 'vanished');
  });

  it('reports a deleted item as vanished', () => {
    const fresh = OLD.replace('- [ ] Regression tests\n', '');
    assert.equal(applyToFreshBody(OLD, fresh, { text: 'Regression tests' }).kind, 'vanished');
  });

  it('does not write when someone else already ticked the item', () => {
    const fresh = OLD.replace('[ ] Smoke', '[x] Smoke');
    const result = ok(applyToFreshBody(OLD, fresh, { text: 'Smoke test' }));
    assert.equal(result.changed, false);
    assert.equal(result.changedMeanwhile, true);
    assert.equal(result.body, fresh);
  });

  it('flips relative to what the user saw, so it never undoes the other edit', () => {
    // The user saw "Sign-off" ticked and unticked it; meanwhile someone else unticked it too.
    const fresh = OLD.replace('[x] Sign-off', '[ ] Sign-off');
    const result = ok(applyToFreshBody(OLD, fresh, { text: 'Sign-off' }));
    assert.equal(result.changed, false);
    assert.equal(result.changedMeanwhile, true);
  });

  it('writes when someone else changed the state the other way and the wanted state is explicit', () => {
    const fresh = OLD.replace('[x] Sign-off', '[ ] Sign-off');
    const result = ok(applyToFreshBody(OLD, fresh, { text: 'Sign-off' }, true));
    assert.equal(result.body, OLD);
    assert.equal(result.changedMeanwhile, true);
  });

  it('keeps the fresh body line endings when they changed to CRLF', () => {
    const fresh = OLD.replace(/\n/g, '\r\n');
    const result = ok(applyToFreshBody(OLD, fresh, { text: 'Regression tests' }));
    assert.equal(result.body, withCharAt(fresh, fresh.indexOf('[ ] Regression') + 1, 'x'));
    assert.match(result.body, /tests\r\n- \[x\] Sign-off\r\n$/);
  });

  it('accepts an item parsed from the old body', () => {
    const item = parseTaskList(OLD)[1];
    const fresh = `Intro paragraph.\n\n${OLD}`;
    const result = ok(applyToFreshBody(OLD, fresh, item));
    assert.equal(result.item.text, 'Regression tests');
    assert.equal(result.body, withCharAt(fresh, fresh.indexOf('[ ] Regression') + 1, 'x'));
  });

  it('follows a duplicate by its neighbours when another copy was added above', () => {
    const old = '- [ ] Review\n- [ ] Build\n- [ ] Review\n';
    const fresh = '- [ ] Review\n- [ ] Review\n- [ ] Build\n- [ ] Review\n';
    const result = ok(applyToFreshBody(old, fresh, { text: 'Review', occurrence: 1 }));
    assert.equal(result.body, withCharAt(fresh, fresh.lastIndexOf('[ ] Review') + 1, 'x'));
  });

  it('reports a duplicate that neighbours cannot tell apart as ambiguous', () => {
    const old = '- [ ] Review\n';
    const fresh = '- [ ] Review\n- [ ] Review\n';
    assert.equal(applyToFreshBody(old, fresh, { text: 'Review' }).kind, 'ambiguous');
  });

  it('keeps the occurrence when the number of duplicates did not change', () => {
    const old = '- [ ] Review\n- [ ] Review\n';
    const fresh = '# Title\n- [ ] Review\n- [ ] Review\n';
    const result = ok(applyToFreshBody(old, fresh, { text: 'Review', occurrence: 1 }));
    assert.equal(result.body, withCharAt(fresh, fresh.lastIndexOf('[ ] Review') + 1, 'x'));
  });

  it('reports a target missing from the old body', () => {
    assert.equal(applyToFreshBody(OLD, OLD, { text: 'Nope' }).kind, 'vanished');
  });
});
