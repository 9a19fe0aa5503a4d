import * as assert from 'node:assert/strict';
import { CHECKLIST_CHECKS, checkMarker, checkOf, renderChecklist } from '../../../../src/core/checklist/checklistTemplate';
import { DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_ROLES } from '../../../../src/core/config/defaults';
import type { ChecklistTemplateItem } from '../../../../src/core/model';
import { parseTaskList } from '../../../../src/core/checklist/taskList';
import { toggleTaskItem } from '../../../../src/core/checklist/taskToggle';

describe('checklist template', () => {
  it('renders items under role headings with invisible check markers', () => {
    const template: ChecklistTemplateItem[] = [
      { text: 'Regression tests passed', role: 'qa' },
      { text: 'Kick-off held' },
      { text: 'No untracked TODOs', role: 'code', check: 'noUntrackedTodos' },
      { text: 'Scope agreed', role: 'pm' },
    ];
    assert.equal(
      renderChecklist(template, DEFAULT_ROLES),
      [
        '- [ ] Kick-off held',
        '',
        '## Project Manager',
        '',
        '- [ ] Scope agreed',
        '',
        '## Programmer',
        '',
        '- [ ] No untracked TODOs <!-- rr:check=noUntrackedTodos -->',
        '',
        '## QA Engineer',
        '',
        '- [ ] Regression tests passed',
        '',
      ].join('\n'),
    );
  });

  it('round-trips the default template: text, role and check come back', () => {
    const body = renderChecklist(DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_ROLES);
    const items = parseTaskList(body, DEFAULT_ROLES);
    const back = items.map((item) => {
      const check = checkOf(item);
      return { text: item.text, role: item.role ?? undefined, ...(check ? { check } : {}) };
    });
    const sortedByRole = DEFAULT_ROLES.flatMap((role) => DEFAULT_CHECKLIST_TEMPLATE.filter((t) => t.role === role.id));
    assert.deepEqual(back, sortedByRole);
    assert.ok(items.every((item) => !item.checked));
  });

  it('keeps markers through a toggle and out of the item text', () => {
    const body = renderChecklist([{ text: 'Checks green', role: 'code', check: 'checksGreen' }], DEFAULT_ROLES);
    const toggled = toggleTaskItem(body, { text: 'Checks green' }, true);
    assert.equal(toggled.kind, 'ok');
    if (toggled.kind !== 'ok') return;
    const [item] = parseTaskList(toggled.body);
    assert.equal(item.text, 'Checks green');
    assert.equal(item.checked, true);
    assert.equal(checkOf(item), 'checksGreen');
  });

  it('heads sections for unknown role ids with the id and keeps text on one line', () => {
    const body = renderChecklist([{ text: 'Ship\nit', role: 'ops' }], DEFAULT_ROLES);
    assert.equal(body, '## ops\n\n- [ ] Ship it\n');
  });

  it('renders an empty template as an empty body', () => {
    assert.equal(renderChecklist([], DEFAULT_ROLES), '');
  });

  it('reads only known checks, with some spacing tolerance', () => {
    assert.equal(checkOf({ raw: 'x <!--rr:check=versionBumped-->' }), 'versionBumped');
    assert.equal(checkOf({ raw: 'x <!-- rr:check=launchRocket -->' }), null);
    assert.equal(checkOf({ raw: 'x rr:check=versionBumped' }), null);
    for (const check of CHECKLIST_CHECKS) assert.equal(checkOf({ raw: `a ${checkMarker(check)}` }), check);
  });
});
