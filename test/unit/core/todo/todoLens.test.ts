import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import type { ReleaseData, TodoItem } from '../../../../src/core/model';
import { todoLensModels } from '../../../../src/core/todo/todoLens';
import { aMilestone, anIssue } from '../../builders';

const todo = (ref: number | null, raw = `#${ref}`, fields: Partial<TodoItem> = {}): TodoItem => ({
  file: 'src/a.ts',
  line: 0,
  character: 3,
  endLine: 0,
  endCharacter: 20,
  tag: 'TODO',
  text: 'x',
  ref: ref === null ? null : { number: ref, raw, ...(raw.includes('/') ? { owner: raw.split('/')[0], repo: raw.split('/')[1].split('#')[0] } : {}) },
  ...fields,
});

const data: ReleaseData = {
  milestone: aMilestone(),
  issues: [
    anIssue({ number: 12, title: 'Gift wrapping option at checkout', labels: ['role:qa', 'role:code'] }),
    anIssue({ number: 19, title: 'Address autocomplete', state: 'closed' }),
    anIssue({ number: 20, title: `A ${'very '.repeat(20)}long title\u202E with a bidi override` }),
  ],
  checklist: null,
  checks: null,
  fetchedAt: '2026-11-01T00:00:00Z',
};

describe('todoLensModels', () => {
  it('describes open, closed, missing, untracked and external TODOs', () => {
    const models = todoLensModels([todo(12), todo(19), todo(999), todo(null), todo(3, 'other/repo#3')], data, DEFAULT_CONFIG);
    assert.deepEqual(models, [
      { kind: 'open', number: 12, title: 'Gift wrapping option at checkout', roles: ['Programmer', 'QA Engineer'] },
      { kind: 'closed', number: 19, title: 'Address autocomplete' },
      { kind: 'missing', number: 999 },
      { kind: 'untracked' },
      { kind: 'external', raw: 'other/repo#3' },
    ]);
  });

  it('cuts untrusted titles to one short line', () => {
    const [model] = todoLensModels([todo(20)], data, DEFAULT_CONFIG);
    assert.equal(model.kind, 'open');
    if (model.kind !== 'open') return;
    assert.ok(Array.from(model.title).length <= 48, model.title);
    assert.ok(!model.title.includes('\u202E'));
    assert.ok(model.title.endsWith('…'));
    assert.deepEqual(model.roles, []);
  });

  it('says nothing about references while no release is loaded', () => {
    assert.deepEqual(todoLensModels([todo(12), todo(null)], null, DEFAULT_CONFIG), [{ kind: 'unknown', number: 12, raw: '#12' }, { kind: 'untracked' }]);
  });
});
