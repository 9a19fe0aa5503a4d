import type { Milestone } from '../core/model';

/**
 * The release milestone: the explicit choice (setting, then team config) when it exists, else the open milestone
 * with the nearest due date (milestones without a due date come after dated ones), else null.
 */
export function chooseMilestone(milestones: readonly Milestone[], ...preferred: (string | null | undefined)[]): Milestone | null {
  for (const title of preferred) {
    if (!title) continue;
    const match = milestones.find((m) => m.title === title) ?? milestones.find((m) => m.title.toLowerCase() === title.toLowerCase());
    if (match) return match;
  }
  const open = milestones.filter((m) => m.state === 'open');
  const byDue = [...open].sort((a, b) => {
    if (a.dueOn && b.dueOn) return a.dueOn.localeCompare(b.dueOn);
    if (a.dueOn) return -1;
    if (b.dueOn) return 1;
    return a.number - b.number;
  });
  return byDue[0] ?? null;
}
