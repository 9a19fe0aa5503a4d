// Phrases the Markdown, HTML and text renderings share, so a report reads the same in every format.
// They return plain text built from numbers and fixed words; callers still escape any data they add.
import type { BurnupPoint } from './burnup';
import type { Approval } from '../model';
import type { ReportMilestone } from './report';

/** Longest item list a rendering shows per criterion before "…and N more". */
export const ITEM_LIMIT = 50;

export function dueText(milestone: ReportMilestone): string {
  if (milestone.dueDate === null || milestone.daysLeft === null) return 'no due date';
  const { dueDate, daysLeft } = milestone;
  if (milestone.state === 'closed') return `due ${dueDate}, milestone closed`;
  if (daysLeft === 0) return `due today (${dueDate})`;
  if (daysLeft > 0) return `due ${dueDate} (${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left)`;
  const late = -daysLeft;
  return `due ${dueDate} (${late} ${late === 1 ? 'day' : 'days'} overdue)`;
}

export function approvalText(approval: Approval): string {
  const where = approval.issueNumber === null ? '' : ` (#${approval.issueNumber})`;
  switch (approval.status) {
    case 'approved':
      return `Approved${where}`;
    case 'declined':
      return `Declined${where}`;
    case 'requested':
      return `Requested${where}, waiting for the customer`;
    case 'none':
      return 'Not requested yet';
  }
}

export function moreText(total: number, shown: number): string | null {
  return total > shown ? `…and ${total - shown} more` : null;
}

/** At most `max` points for a table: evenly spaced, always keeping the first and the last. */
export function sampleBurnup(points: readonly BurnupPoint[], max: number): BurnupPoint[] {
  if (points.length <= max) return [...points];
  const picked = new Set<number>();
  for (let i = 0; i < max; i++) picked.add(Math.round((i * (points.length - 1)) / (max - 1)));
  return [...picked].sort((a, b) => a - b).map((i) => points[i]);
}
