// Burnup series of a milestone: scope (issues created so far) and done (issues closed so far), one point per
// UTC day, or one per week or more when the milestone spans more than a year.
import type { Issue, Milestone } from '../model';

export interface BurnupPoint {
  /** UTC calendar day, YYYY-MM-DD. */
  readonly date: string;
  readonly scope: number;
  readonly done: number;
}

const DAY_MS = 86_400_000;
const MAX_POINTS = 366;

/** Days since the epoch of the UTC day containing `iso`, or null when it does not parse. */
function utcDay(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : Math.floor(ms / DAY_MS);
}

function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Scope counts an issue from the day it was created: we do not know when it was added to the milestone, so
 * scope added mid-milestone shows as a rising scope line only when the issue was created then. Done counts an
 * issue from its closedAt day, and only when it is closed now: a reopened issue leaves the done line.
 *
 * The series runs from the earliest creation to today, or to the due date when that has passed, but never stops
 * before the last issue was created or closed — an overdue milestone still shows the work done after its due date.
 */
export function computeBurnup(issues: readonly Issue[], milestone: Milestone, now: Date): BurnupPoint[] {
  const today = Math.floor(now.getTime() / DAY_MS);
  const spans = issues.map((issue) => {
    const created = Math.min(utcDay(issue.createdAt) ?? today, today);
    const closed = issue.state === 'closed' ? Math.min(utcDay(issue.closedAt) ?? today, today) : null;
    // Imported data can say closed before created; done never runs ahead of scope.
    return { created, closed: closed === null ? null : Math.max(closed, created) };
  });
  if (spans.length === 0) return [];

  // reduce, not Math.min(...spread): a spread of a very large milestone can overflow the call stack.
  const start = spans.reduce((min, s) => Math.min(min, s.created), today);
  const lastActivity = spans.reduce((max, s) => Math.max(max, s.closed ?? s.created), start);
  const due = utcDay(milestone.dueOn);
  const end = Math.max(start, lastActivity, Math.min(today, due ?? today));

  const length = end - start + 1;
  const step = length <= MAX_POINTS ? 1 : Math.max(7, Math.ceil(length / MAX_POINTS));
  const createdPerDay = new Array<number>(length).fill(0);
  const closedPerDay = new Array<number>(length).fill(0);
  for (const span of spans) {
    createdPerDay[span.created - start]++;
    if (span.closed !== null) closedPerDay[span.closed - start]++;
  }

  const points: BurnupPoint[] = [];
  let scope = 0;
  let done = 0;
  for (let offset = 0; offset < length; offset++) {
    scope += createdPerDay[offset];
    done += closedPerDay[offset];
    // Sampled from the start; the last day is always a point so the series ends on the current numbers.
    if (offset % step === 0 || offset === length - 1) points.push({ date: dayString(start + offset), scope, done });
  }
  return points;
}
