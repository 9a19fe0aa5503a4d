import * as assert from 'node:assert/strict';
import { approvalFromIssues, evaluateCriteria, type CriteriaInput, type CriterionResult } from '../../../../src/core/criteria/criteria';
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import type { CriterionId } from '../../../../src/core/model';
import { anIssue, aMilestone, anOutside } from '../../builders';
import { aRelease, aTodo, anInput, withCriteria } from '../releaseBuilders';

function criterion(input: CriteriaInput, id: CriterionId): CriterionResult {
  const found = evaluateCriteria(input).criteria.find((c) => c.id === id);
  assert.ok(found, `criterion ${id} missing`);
  return found;
}

const closed = (number: number, labels: string[] = [], stateReason: 'completed' | 'not_planned' = 'completed') =>
  anIssue({ number, state: 'closed', stateReason, labels, closedAt: '2026-11-20T10:00:00Z' });

describe('evaluateCriteria', () => {
  it('says GO when every enabled criterion passes, reporting the disabled one as skipped', () => {
    const result = evaluateCriteria(anInput({ data: aRelease({ issues: [closed(1), closed(2)] }) }));
    assert.equal(result.verdict, 'GO');
    const untracked = result.criteria.find((c) => c.id === 'noUntrackedTodo');
    assert.deepEqual([untracked?.skipped, untracked?.passed, untracked?.reason], [true, false, 'Disabled in the team config.']);
    assert.equal(result.criteria.length, 9);
    assert.equal(result.criteria.at(-1)?.id, 'noUntrackedTodo', 'skipped criteria come last');
  });

  it('lists open work items with a counted reason, leaving the checklist and approval issues out', () => {
    const issues = [closed(1), anIssue({ number: 2, title: 'Crash on save' }), closed(3), anIssue({ number: 90, labels: ['release-checklist'] })];
    const c = criterion(anInput({ data: aRelease({ issues }) }), 'allResolved');
    assert.equal(c.passed, false);
    assert.equal(c.reason, '1 of 3 issues still open.');
    assert.deepEqual(c.items, [{ kind: 'issue', number: 2, title: 'Crash on save', url: 'https://github.com/octo/repo/issues/2' }]);
  });

  it('puts failing criteria first, each group in the canonical order', () => {
    const data = aRelease({ issues: [anIssue({ number: 1, labels: ['blocker'] })], checks: null });
    const ids = evaluateCriteria(anInput({ data, approval: { status: 'none', issueNumber: null, url: null } })).criteria.map((c) => c.id);
    assert.deepEqual(ids, [
      'allResolved', 'noOpenBlockers', 'customerApproval',
      'verified', 'noTodoOnClosedOrMissing', 'checklistComplete', 'noOpenPullRequests',
      'noUntrackedTodo', 'checksGreen',
    ]);
  });

  it('does not let a disabled criterion decide the verdict', () => {
    const data = aRelease({ issues: [anIssue({ number: 1 })] });
    assert.equal(evaluateCriteria(anInput({ data })).verdict, 'NO-GO');
    assert.equal(evaluateCriteria(anInput({ data, config: withCriteria({ allResolved: false }) })).verdict, 'GO');
  });

  it('fails on open blockers only', () => {
    const issues = [anIssue({ number: 1, labels: ['Blocker'] }), closed(2, ['blocker'])];
    const c = criterion(anInput({ data: aRelease({ issues }) }), 'noOpenBlockers');
    assert.equal(c.reason, '1 blocker still open.');
    assert.deepEqual(c.items.map((i) => i.kind === 'issue' && i.number), [1]);
  });

  it('wants every resolved issue needing verification to be verified, except ones closed as not planned', () => {
    const issues = [
      closed(1, ['needs-verification', 'verified']),
      closed(2, ['needs-verification']),
      closed(3, ['needs-verification'], 'not_planned'),
      anIssue({ number: 4, labels: ['needs-verification'] }),
    ];
    const c = criterion(anInput({ data: aRelease({ issues }) }), 'verified');
    assert.equal(c.passed, false);
    assert.equal(c.reason, '1 of 2 resolved issues needing verification not verified yet.');
    assert.deepEqual(c.items.map((i) => i.kind === 'issue' && i.number), [2]);
  });

  describe('TODO criteria', () => {
    const issues = [anIssue({ number: 1 }), closed(2)];

    it('are not evaluated without a TODO index and do not block the verdict', () => {
      const input = anInput({ data: aRelease({ issues: [closed(2)] }), todos: null, config: withCriteria({ noUntrackedTodo: true }) });
      for (const id of ['noTodoOnClosedOrMissing', 'noUntrackedTodo'] as const) {
        const c = criterion(input, id);
        assert.equal(c.skipped, true);
        assert.match(c.reason, /^Not evaluated/);
      }
      assert.equal(evaluateCriteria(input).verdict, 'GO');
    });

    it('flag TODOs on closed issues and on issues the tracker does not have, with 1-based lines', () => {
      const todos = [aTodo({ refTo: 1 }), aTodo({ refTo: 2, file: 'src/a.ts', line: 0, text: 'remove shim' }), aTodo({ refTo: 7 }), aTodo()];
      const outside = [anOutside({ number: 7, status: 'notFound', title: null, milestone: null })];
      const c = criterion(anInput({ data: aRelease({ issues, outside }), todos }), 'noTodoOnClosedOrMissing');
      assert.equal(c.passed, false);
      assert.equal(c.reason, '1 TODO references a closed issue, 1 TODO references an issue the tracker does not have.');
      assert.deepEqual(c.items, [
        { kind: 'todo', file: 'src/a.ts', line: 1, text: 'remove shim', ref: '#2' },
        { kind: 'todo', file: 'src/app.ts', line: 10, text: 'tidy up', ref: '#7' },
      ]);
    });

    it('check a qualified reference only when it names this repository', () => {
      const todos = [aTodo({ refTo: 'other/lib#2' }), aTodo({ refTo: 'Octo/Repo#2' }), aTodo({ refTo: 'octo/repo#99' })];
      const c = criterion(anInput({ data: aRelease({ issues }), todos }), 'noTodoOnClosedOrMissing');
      assert.deepEqual(c.items.map((i) => i.kind === 'todo' && i.ref), ['Octo/Repo#2', 'octo/repo#99']);
    });

    it('treat a qualified reference as another repository when the tracker has no URLs (local tracker)', () => {
      const local = [anIssue({ number: 2, state: 'closed', url: null })];
      const data = aRelease({ issues: local, milestone: aMilestone({ url: null }), checks: null });
      const todos = [aTodo({ refTo: 'octo/repo#2' }), aTodo({ refTo: 2 })];
      const c = criterion(anInput({ data, todos }), 'noTodoOnClosedOrMissing');
      assert.deepEqual(c.items.map((i) => i.kind === 'todo' && i.ref), ['#2']);
    });

    it('count an issue outside the milestone by its real state: open elsewhere passes, closed or gone fails', () => {
      const outside = [
        anOutside({ number: 50, milestone: 'v2.1' }),
        anOutside({ number: 51, milestone: null }),
        anOutside({ number: 52, status: 'pullRequest', pullState: 'open', milestone: null }),
        anOutside({ number: 60, status: 'closed', milestone: null, stateReason: 'completed' }),
        anOutside({ number: 61, status: 'pullRequest', pullState: 'merged', milestone: null }),
        anOutside({ number: 404, status: 'notFound', title: null, milestone: null }),
        anOutside({ number: 410, status: 'deleted', milestone: null }),
        anOutside({ number: 301, status: 'transferred', milestone: null, movedTo: 'octo/other#1' }),
        anOutside({ repository: 'other/lib', number: 9, status: 'closed', milestone: null }),
      ];
      const data = aRelease({ issues, outside });
      const only = (...refs: (number | string)[]) => criterion(anInput({ data, todos: refs.map((refTo) => aTodo({ refTo })) }), 'noTodoOnClosedOrMissing');
      assert.equal(only(50, 51, 52, 'other/lib#9').passed, true, 'open outside the milestone, an open pull request and another repository block nothing');
      assert.equal(evaluateCriteria(anInput({ data, todos: [aTodo({ refTo: 50 })], config: withCriteria({}) })).criteria.find((c) => c.id === 'noTodoOnClosedOrMissing')?.passed, true);
      const failing = only(50, 60, 61, 404, 410, 301);
      assert.equal(failing.passed, false);
      assert.equal(failing.reason, '2 TODOs reference closed issues, 3 TODOs reference issues the tracker does not have.');
      assert.deepEqual(failing.items.map((i) => i.kind === 'todo' && i.ref), ['#60', '#61', '#404', '#410', '#301']);
    });

    it('never pass nor call "missing" a reference whose state could not be read', () => {
      const data = aRelease({ issues, outside: [anOutside({ number: 50, status: 'unknown', title: null, milestone: null, lastError: 'offline' })] });
      const failed = criterion(anInput({ data, todos: [aTodo({ refTo: 50 })] }), 'noTodoOnClosedOrMissing');
      assert.deepEqual([failed.passed, failed.reason], [false, '1 TODO references an issue whose state could not be read.']);
      const pending = criterion(anInput({ data, todos: [aTodo({ refTo: 77 })] }), 'noTodoOnClosedOrMissing');
      assert.deepEqual([pending.passed, pending.reason], [false, '1 TODO references an issue outside the milestone not looked up yet.']);
    });

    it('flag untracked TODOs when that criterion is enabled', () => {
      const input = anInput({ data: aRelease({ issues }), todos: [aTodo({ refTo: 1 }), aTodo(), aTodo()], config: withCriteria({ noUntrackedTodo: true }) });
      const c = criterion(input, 'noUntrackedTodo');
      assert.deepEqual([c.passed, c.skipped, c.reason, c.items.length], [false, false, '2 TODOs not tied to an issue.', 2]);
    });
  });

  describe('checklist', () => {
    const withBody = (body: string) => anInput({ data: aRelease({ checklist: { issueNumber: 90, body, url: null } }) });

    it('fails without a checklist or without task items', () => {
      assert.equal(criterion(anInput({ data: aRelease({ checklist: null }) }), 'checklistComplete').reason, 'No release checklist yet.');
      assert.equal(criterion(withBody('Just prose.'), 'checklistComplete').passed, false);
    });

    it('lists unticked items and ignores task syntax inside code fences', () => {
      const body = '## PM\n- [x] Scope agreed\n* [ ] QA sign-off\n1. [X] Docs\n```\n- [ ] not a task\n```\n';
      const c = criterion(withBody(body), 'checklistComplete');
      assert.equal(c.reason, '1 of 3 checklist items not ticked.');
      assert.deepEqual(c.items, [{ kind: 'checklist', text: 'QA sign-off' }]);
      assert.equal(criterion(withBody('- [x] a\n- [X] b'), 'checklistComplete').passed, true);
    });
  });

  it('reads the approval: approved passes, declined and requested fail with a reason', () => {
    const issues = [anIssue({ number: 91, title: 'Approve v1.0', labels: ['customer-approval'] })];
    const at = (status: 'approved' | 'declined' | 'requested') =>
      criterion(anInput({ data: aRelease({ issues }), approval: { status, issueNumber: 91, url: null } }), 'customerApproval');
    assert.equal(at('approved').passed, true);
    assert.equal(at('declined').reason, 'The customer declined the release (#91).');
    assert.equal(at('requested').passed, false);
    assert.deepEqual(at('declined').items, [{ kind: 'issue', number: 91, title: 'Approve v1.0', url: 'https://github.com/octo/repo/issues/91' }]);
  });

  it('skips branch checks for the local tracker, fails while they run and lists failing ones', () => {
    assert.deepEqual(
      [criterion(anInput({ data: aRelease({ checks: null }) }), 'checksGreen')].map((c) => [c.skipped, c.reason]),
      [[true, 'Not available for the local tracker.']],
    );
    const pending = criterion(anInput({ data: aRelease({ checks: { branch: 'main', sha: 'abcdef1234', state: 'pending', failing: [] } }) }), 'checksGreen');
    assert.deepEqual([pending.passed, pending.reason], [false, 'Checks still running on main (abcdef1).']);
    const failing = [{ name: 'build', url: 'https://ci.example/1' }];
    const failed = criterion(anInput({ data: aRelease({ checks: { branch: 'main', sha: 'abcdef1234', state: 'failure', failing } }) }), 'checksGreen');
    assert.deepEqual(failed.items, [{ kind: 'check', name: 'build', url: 'https://ci.example/1' }]);
  });
});

describe('approvalFromIssues', () => {
  const approvalIssue = (fields: Parameters<typeof anIssue>[0]) => anIssue({ number: 91, labels: ['customer-approval'], ...fields });

  it('is none without an approval issue and requested while it is open', () => {
    assert.equal(approvalFromIssues([anIssue()], DEFAULT_CONFIG).status, 'none');
    assert.deepEqual(approvalFromIssues([approvalIssue({})], DEFAULT_CONFIG), {
      status: 'requested',
      issueNumber: 91,
      url: 'https://github.com/octo/repo/issues/91',
    });
  });

  it('is approved by the label or by closing as completed, declined by closing as not planned', () => {
    assert.equal(approvalFromIssues([approvalIssue({ labels: ['customer-approval', 'Approved'] })], DEFAULT_CONFIG).status, 'approved');
    assert.equal(approvalFromIssues([approvalIssue({ state: 'closed', stateReason: 'completed' })], DEFAULT_CONFIG).status, 'approved');
    assert.equal(approvalFromIssues([approvalIssue({ state: 'closed', stateReason: 'not_planned' })], DEFAULT_CONFIG).status, 'declined');
  });

  it('takes the newest approval issue when a request was renewed after a decline', () => {
    const old = approvalIssue({ number: 50, state: 'closed', stateReason: 'not_planned' });
    const renewed = approvalIssue({ number: 80 });
    assert.deepEqual(approvalFromIssues([renewed, old], DEFAULT_CONFIG).issueNumber, 80);
  });
});
