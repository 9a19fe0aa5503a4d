import * as assert from 'node:assert/strict';
import { buildReport } from '../../../../src/core/report/report';
import { anIssue, aMilestone, anOutside } from '../../builders';
import { aRelease, aTodo, anInput } from '../releaseBuilders';

const closedAt = (number: number, day: string, labels: string[] = []) =>
  anIssue({ number, labels, state: 'closed', stateReason: 'completed', closedAt: `2026-11-${day}T10:00:00Z` });

describe('buildReport', () => {
  const issues = [
    closedAt(1, '10', ['role:code', 'verified']),
    closedAt(2, '12', ['role:code', 'role:qa']),
    anIssue({ number: 3, labels: ['role:qa', 'blocker'], title: 'Data loss', assignees: ['ana'] }),
    anIssue({ number: 4 }),
    anIssue({ number: 90, labels: ['release-checklist'] }),
    anIssue({ number: 91, labels: ['customer-approval'] }),
  ];
  const report = buildReport(anInput({ data: aRelease({ issues }) }));

  it('counts work items once for readiness, leaving out the checklist and approval issues', () => {
    assert.deepEqual(report.readiness, { resolved: 2, total: 4, percent: 50 });
  });

  it('counts an issue with two roles in both, in display order, Unassigned last', () => {
    assert.deepEqual(report.roles, [
      { roleId: 'pm', role: 'Project Manager', resolved: 0, verified: 0, total: 0, open: 0 },
      { roleId: 'design', role: 'Designer', resolved: 0, verified: 0, total: 0, open: 0 },
      { roleId: 'code', role: 'Programmer', resolved: 2, verified: 1, total: 2, open: 0 },
      { roleId: 'qa', role: 'QA Engineer', resolved: 1, verified: 0, total: 2, open: 1 },
      { roleId: 'unassigned', role: 'Unassigned', resolved: 0, verified: 0, total: 1, open: 1 },
    ]);
  });

  it('lists every open and every resolved work item by number, with role names, machinery left out', () => {
    assert.deepEqual(report.openWork.map((i) => [i.number, i.roles]), [[3, ['QA Engineer']], [4, ['Unassigned']]]);
    assert.deepEqual(report.resolvedWork.map((i) => [i.number, i.roles]), [[1, ['Programmer']], [2, ['Programmer', 'QA Engineer']]]);
  });

  it('leaves Unassigned out when every issue has a role', () => {
    const roles = buildReport(anInput({ data: aRelease({ issues: [anIssue({ labels: ['role:pm'] })] }) })).roles;
    assert.equal(roles.at(-1)?.roleId, 'qa');
  });

  it('lists open blockers with role names and the verdict from the criteria', () => {
    assert.deepEqual(report.blockers, [
      { number: 3, title: 'Data loss', url: 'https://github.com/octo/repo/issues/3', assignees: ['ana'], roles: ['QA Engineer'], closedAt: null },
    ]);
    assert.equal(report.verdict, 'NO-GO');
    assert.equal(report.criteria[0].id, 'allResolved');
  });

  it('lists the last 10 resolved issues, newest first', () => {
    const many = Array.from({ length: 12 }, (_, i) => closedAt(i + 1, String(i + 10)));
    const recent = buildReport(anInput({ data: aRelease({ issues: many }) })).recentlyResolved;
    assert.deepEqual(recent.map((i) => i.number), [12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });

  it('counts days left to the due date in UTC days, and overdue once past with work open', () => {
    assert.deepEqual([report.milestone.dueDate, report.milestone.daysLeft, report.milestone.overdue], ['2026-12-15', 12, false]);
    const late = buildReport(anInput({ data: aRelease({ issues, milestone: aMilestone({ dueOn: '2026-12-01T23:59:00Z' }) }) }));
    assert.deepEqual([late.milestone.daysLeft, late.milestone.overdue], [-2, true]);
    const none = buildReport(anInput({ data: aRelease({ milestone: aMilestone({ dueOn: null }) }) }));
    assert.deepEqual([none.milestone.daysLeft, none.milestone.overdue], [null, false]);
  });

  it('counts TODOs by how they relate to the milestone, or null without a scan', () => {
    const todos = [aTodo(), aTodo({ refTo: 3 }), aTodo({ refTo: 1 }), aTodo({ refTo: 2 }), aTodo({ refTo: 77 }), aTodo({ refTo: 'other/lib#1' }), aTodo({ refTo: 50 }), aTodo({ refTo: 60 }), aTodo({ refTo: 61 })];
    const outside = [anOutside({ number: 77, status: 'notFound' }), anOutside({ number: 50 }), anOutside({ number: 60, status: 'closed' })];
    const counted = buildReport(anInput({ data: aRelease({ issues, outside }), todos })).todos;
    assert.deepEqual(counted, { total: 9, tracked: 8, untracked: 1, onClosed: 3, missing: 1, elsewhere: 1, unchecked: 1 });
    assert.equal(buildReport(anInput({ todos: null })).todos, null);
  });

  it('reports checklist progress, approval, burnup and generation time', () => {
    const data = aRelease({ issues, checklist: { issueNumber: 90, body: '- [x] a\n- [ ] b\n- [ ] c', url: null } });
    const r = buildReport(anInput({ data }));
    assert.deepEqual(r.checklist, { done: 1, total: 3 });
    assert.equal(r.approval.status, 'approved');
    assert.equal(r.generatedAt, '2026-12-03T10:00:00.000Z');
    assert.deepEqual(r.burnup.at(-1), { date: '2026-12-03', scope: 4, done: 2 });
    assert.equal(buildReport(anInput({ data: aRelease({ checklist: null }) })).checklist, null);
  });

  it('reports an empty milestone as 0 of 0 without a burnup', () => {
    const r = buildReport(anInput({ data: aRelease({ issues: [] }) }));
    assert.deepEqual([r.readiness, r.burnup, r.roles.length], [{ resolved: 0, total: 0, percent: 0 }, [], 4]);
  });
});
