import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import type { ReleaseData, TodoItem } from '../../../../src/core/model';
import { todoLensModels } from '../../../../src/core/todo/todoLens';
import { aMilestone, anIssue, anOutside } from '../../builders';

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
  outside: [
    anOutside({ number: 999, status: 'notFound', title: null, milestone: null, url: null }),
    anOutside({ number: 50, title: 'Plugin marketplace', milestone: 'v2.1' }),
    anOutside({ number: 51, title: 'Someday', milestone: null }),
    anOutside({ number: 60, status: 'closed', title: 'Old bug', milestone: null, stateReason: 'not_planned' }),
    anOutside({ number: 70, status: 'deleted', title: 'Spam', milestone: null }),
    anOutside({ number: 71, status: 'transferred', title: 'Moved', milestone: null, movedTo: 'octo/other#3' }),
    anOutside({ number: 80, status: 'pullRequest', title: 'Fix', milestone: null, pullState: 'merged' }),
    anOutside({ number: 81, status: 'pullRequest', title: 'WIP', milestone: null, pullState: 'open' }),
    anOutside({ number: 90, status: 'unknown', title: null, milestone: null, lastError: 'Cannot reach github.com (ECONNREFUSED).' }),
    anOutside({ number: 91, status: 'closed', title: 'Done', milestone: 'v1.9', stateReason: 'completed', lastError: 'GitHub rate limit reached' }),
    anOutside({ repository: 'other/repo', number: 3, status: 'closed', title: 'Theirs', milestone: null }),
  ],
};

describe('todoLensModels', () => {
  it('describes open, closed, missing, untracked and external TODOs', () => {
    const models = todoLensModels([todo(12), todo(19), todo(999), todo(null), todo(3, 'other/repo#3')], data, DEFAULT_CONFIG);
    assert.deepEqual(models, [
      { kind: 'open', number: 12, title: 'Gift wrapping option at checkout', roles: ['Programmer', 'QA Engineer'] },
      { kind: 'closed', number: 19, title: 'Address autocomplete', reason: null, outside: false },
      { kind: 'missing', number: 999, why: 'notFound', movedTo: null, stale: null },
      { kind: 'untracked' },
      { kind: 'external', raw: 'other/repo#3', state: { title: 'Theirs', status: 'closed', milestone: null } },
    ]);
  });

  it('describes issues outside the milestone by what the tracker answered', () => {
    const numbers = [50, 51, 60, 70, 71, 80, 81, 90, 91, 92];
    assert.deepEqual(todoLensModels(numbers.map((n) => todo(n)), data, DEFAULT_CONFIG), [
      { kind: 'elsewhere', number: 50, title: 'Plugin marketplace', milestone: 'v2.1', pullRequest: false, stale: null },
      { kind: 'elsewhere', number: 51, title: 'Someday', milestone: null, pullRequest: false, stale: null },
      { kind: 'closed', number: 60, title: 'Old bug', reason: 'not_planned', outside: true, stale: null },
      { kind: 'missing', number: 70, why: 'deleted', movedTo: null, stale: null },
      { kind: 'missing', number: 71, why: 'transferred', movedTo: 'octo/other#3', stale: null },
      { kind: 'closed', number: 80, title: 'Fix', reason: 'merged', outside: true, stale: null },
      { kind: 'elsewhere', number: 81, title: 'WIP', milestone: null, pullRequest: true, stale: null },
      // A failed look-up is never "not found"; one answered before keeps its state, marked.
      { kind: 'unchecked', number: 90, reason: 'Cannot reach github.com (ECONNREFUSED).' },
      { kind: 'closed', number: 91, title: 'Done', reason: 'completed', outside: true, stale: 'GitHub rate limit reached' },
      // Not looked up yet.
      { kind: 'unchecked', number: 92, reason: null },
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
