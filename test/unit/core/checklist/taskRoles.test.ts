import * as assert from 'node:assert/strict';
import { DEFAULT_ROLES, UNASSIGNED_ROLE } from '../../../../src/core/config/defaults';
import type { RoleDefinition } from '../../../../src/core/model';
import { parseTaskList } from '../../../../src/core/checklist/taskList';
import { groupByRole, roleOfHeading, roleOfSuffix } from '../../../../src/core/checklist/taskRoles';

describe('task roles', () => {
  it('reads a role suffix by id or name, case-insensitively', () => {
    const cases: [string, string | null][] = [
      ['Smoke test (QA)', 'qa'],
      ['Release notes (PM)', 'pm'],
      ['Mockups (Design)', 'design'],
      ['Mockups (designer)', 'design'],
      ['Tests (Programmer)', 'code'],
      ['Tests (Code)', 'code'],
      ['Sign-off (QA Engineer) ', 'qa'],
      ['Pair on it (QA, PM)', 'qa'],
      ['Fix crash (iOS)', null],
      ['(QA) at the start', null],
      ['No suffix', null],
    ];
    for (const [text, role] of cases) assert.equal(roleOfSuffix(text, DEFAULT_ROLES), role, text);
  });

  it('reads the role a heading names', () => {
    const cases: [string, string | null][] = [
      ['QA Engineer', 'qa'],
      ['qa', 'qa'],
      ['✅ QA', 'qa'],
      ['Programmer tasks', 'code'],
      ['Project Manager:', 'pm'],
      ['Design and QA', 'design'],
      ['Release notes', null],
      ['Quality', null],
    ];
    for (const [heading, role] of cases) assert.equal(roleOfHeading(heading, DEFAULT_ROLES), role, heading);
  });

  it('prefers an exact heading over a role named inside it', () => {
    const roles: RoleDefinition[] = [
      { id: 'eng', name: 'Engineer', labels: [] },
      { id: 'qa', name: 'QA Engineer', labels: [] },
    ];
    assert.equal(roleOfHeading('QA Engineer', roles), 'qa');
  });

  it('gives items the suffix role, else the parent item role, else the heading role', () => {
    const md = [
      '## QA Engineer',
      '- [ ] Regression',
      '- [ ] Release notes (PM)',
      '  - [ ] Draft',
      '- Design work (Designer)',
      '  - [ ] Icons',
      '',
      '# Other',
      '- [ ] Misc',
    ].join('\n');
    assert.deepEqual(
      parseTaskList(md).map((i) => [i.text, i.role]),
      [
        ['Regression', 'qa'],
        ['Release notes (PM)', 'pm'],
        ['Draft', 'pm'],
        ['Icons', 'design'],
        ['Misc', null],
      ],
    );
  });

  it('uses the roles it is given', () => {
    const roles: RoleDefinition[] = [{ id: 'ops', name: 'Operations', labels: [] }];
    assert.deepEqual(parseTaskList('## Operations\n- [ ] Deploy\n- [ ] Check (QA)', roles).map((i) => i.role), ['ops', 'ops']);
  });

  it('groups by role in config order with Unassigned last and empty roles left out', () => {
    const items = parseTaskList('- [ ] a (QA)\n- [ ] b\n- [ ] c (PM)\n- [ ] d (QA)');
    const groups = groupByRole(items, DEFAULT_ROLES);
    assert.deepEqual(
      groups.map((g) => [g.role.id, g.items.map((i) => i.text)]),
      [
        ['pm', ['c (PM)']],
        ['qa', ['a (QA)', 'd (QA)']],
        [UNASSIGNED_ROLE.id, ['b']],
      ],
    );
  });

  it('puts items whose role the config no longer knows in Unassigned', () => {
    const groups = groupByRole([{ role: 'gone' }, { role: 'qa' }], DEFAULT_ROLES);
    assert.deepEqual(groups.map((g) => [g.role.id, g.items.length]), [['qa', 1], ['unassigned', 1]]);
  });
});
