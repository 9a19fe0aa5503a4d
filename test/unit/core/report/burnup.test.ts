import * as assert from 'node:assert/strict';
import { computeBurnup } from '../../../../src/core/report/burnup';
import { anIssue, aMilestone } from '../../builders';

const created = (number: number, createdAt: string, closedAt: string | null = null) =>
  anIssue({ number, createdAt, closedAt, state: closedAt === null ? 'open' : 'closed' });

describe('computeBurnup', () => {
  const milestone = aMilestone({ dueOn: '2026-10-10T07:00:00Z' });

  it('has one UTC day per point from the first issue to today, with scope and done counted per day', () => {
    const issues = [created(1, '2026-10-01T09:00:00Z', '2026-10-03T12:00:00Z'), created(2, '2026-10-01T23:30:00Z')];
    assert.deepEqual(computeBurnup(issues, milestone, new Date('2026-10-04T08:00:00Z')), [
      { date: '2026-10-01', scope: 2, done: 0 },
      { date: '2026-10-02', scope: 2, done: 0 },
      { date: '2026-10-03', scope: 2, done: 1 },
      { date: '2026-10-04', scope: 2, done: 1 },
    ]);
  });

  it('shows scope added mid-milestone as a rising scope line', () => {
    const issues = [created(1, '2026-10-01T09:00:00Z', '2026-10-02T09:00:00Z'), created(2, '2026-10-03T09:00:00Z'), created(3, '2026-10-03T10:00:00Z')];
    const points = computeBurnup(issues, milestone, new Date('2026-10-04T08:00:00Z'));
    assert.deepEqual(points.map((p) => p.scope), [1, 1, 3, 3]);
    assert.deepEqual(points.map((p) => p.done), [0, 1, 1, 1]);
  });

  it('does not count a reopened issue as done, even though it was closed once', () => {
    // Reopened: open now, its closedAt left behind by the tracker.
    const reopened = anIssue({ number: 1, createdAt: '2026-10-01T09:00:00Z', state: 'open', stateReason: 'reopened', closedAt: '2026-10-02T09:00:00Z' });
    const points = computeBurnup([reopened], milestone, new Date('2026-10-03T08:00:00Z'));
    assert.deepEqual(points.map((p) => p.done), [0, 0, 0]);
  });

  it('counts by UTC day whatever the offset the timestamps are written in', () => {
    // 2026-10-02T01:00+05:00 is 2026-10-01T20:00Z: still the first UTC day.
    const issues = [created(1, '2026-10-01T09:00:00Z', '2026-10-02T01:00:00+05:00')];
    const points = computeBurnup(issues, milestone, new Date('2026-10-02T12:00:00Z'));
    assert.deepEqual(points, [
      { date: '2026-10-01', scope: 1, done: 1 },
      { date: '2026-10-02', scope: 1, done: 1 },
    ]);
  });

  it('stops at the due date once it has passed, unless work went on after it', () => {
    const issues = [created(1, '2026-10-08T09:00:00Z', '2026-10-09T09:00:00Z')];
    assert.equal(computeBurnup(issues, milestone, new Date('2026-12-01T00:00:00Z')).at(-1)?.date, '2026-10-10');
    const late = [...issues, created(2, '2026-10-08T09:00:00Z', '2026-10-20T09:00:00Z')];
    assert.deepEqual(computeBurnup(late, milestone, new Date('2026-12-01T00:00:00Z')).at(-1), { date: '2026-10-20', scope: 2, done: 2 });
  });

  it('is empty for a milestone without issues', () => {
    assert.deepEqual(computeBurnup([], milestone, new Date('2026-10-04T08:00:00Z')), []);
  });

  it('samples a milestone longer than a year weekly, keeping the last day', () => {
    const issues = [created(1, '2024-01-01T00:00:00Z', '2026-01-15T00:00:00Z'), created(2, '2025-06-01T00:00:00Z')];
    const points = computeBurnup(issues, aMilestone({ dueOn: null }), new Date('2026-03-01T12:00:00Z'));
    assert.ok(points.length <= 366, `${points.length} points`);
    assert.deepEqual([points[0].date, points[1].date], ['2024-01-01', '2024-01-08']);
    assert.deepEqual(points.at(-1), { date: '2026-03-01', scope: 2, done: 1 });
  });

  it('never lets done run ahead of scope when closedAt precedes createdAt', () => {
    const odd = [created(1, '2026-10-03T09:00:00Z', '2026-10-01T09:00:00Z'), created(2, '2026-10-01T09:00:00Z')];
    const points = computeBurnup(odd, milestone, new Date('2026-10-04T08:00:00Z'));
    for (const p of points) assert.ok(p.done <= p.scope, JSON.stringify(p));
    assert.deepEqual(points.map((p) => p.done), [0, 0, 1, 1]);
  });
});
