import * as assert from 'node:assert/strict';
import { outlineChecklist, type OutlineItem } from '../../../../src/core/checklist/checklistOutline';
import { renderChecklist } from '../../../../src/core/checklist/checklistTemplate';
import { DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_ROLES } from '../../../../src/core/config/defaults';

const texts = (items: readonly OutlineItem[]): unknown[] => items.map((i) => (i.children.length ? [i.item.text, texts(i.children)] : i.item.text));

describe('outlineChecklist', () => {
  it('groups the rendered template by role in config order with done / total', () => {
    const body = renderChecklist([{ text: 'Release notes drafted' }, ...DEFAULT_CHECKLIST_TEMPLATE], DEFAULT_ROLES).replace('- [ ] QA sign-off', '- [x] QA sign-off');
    const outline = outlineChecklist(body, DEFAULT_ROLES);
    assert.deepEqual(
      outline.groups.map((g) => [g.role?.id ?? null, g.done, g.total]),
      [
        [null, 0, 1],
        ['pm', 0, 3],
        ['design', 0, 2],
        ['code', 0, 8],
        ['qa', 1, 2],
      ],
    );
    assert.equal(outline.done, 1);
    assert.equal(outline.total, 16);
    const code = outline.groups.find((g) => g.role?.id === 'code')!;
    assert.deepEqual(
      code.items.map((i) => i.check),
      ['allIssuesResolved', 'noUntrackedTodos', 'noTodosOnClosedIssues', 'checksGreen', 'versionBumped', 'changelogEntry', null, null],
    );
  });

  it('nests sub-items under their parent and counts them', () => {
    const body = ['## QA Engineer', '', '- [ ] Regression', '  - [x] Checkout', '  - [ ] Payments', '    - [x] Apple Pay', '- [ ] Sign-off'].join('\n');
    const outline = outlineChecklist(body, DEFAULT_ROLES);
    assert.equal(outline.groups.length, 1);
    assert.deepEqual(texts(outline.groups[0].items), [['Regression', ['Checkout', ['Payments', ['Apple Pay']]]], 'Sign-off']);
    assert.deepEqual([outline.groups[0].done, outline.groups[0].total], [2, 5]);
  });

  it('puts a sub-item with a role of its own in that role, and unknown roles in General', () => {
    const body = ['- [ ] Go-live call', '  - [ ] Smoke test on staging (QA)', '', '## Marketing', '', '- [ ] Blog post'].join('\n');
    const outline = outlineChecklist(body, DEFAULT_ROLES);
    assert.deepEqual(
      outline.groups.map((g) => [g.role?.id ?? null, texts(g.items)]),
      [
        [null, ['Go-live call', 'Blog post']],
        ['qa', ['Smoke test on staging (QA)']],
      ],
    );
  });

  it('is empty for a body without task items', () => {
    assert.deepEqual(outlineChecklist('Just prose.\n\n```\n- [ ] in a fence\n```\n', DEFAULT_ROLES), { groups: [], done: 0, total: 0 });
  });
});
