// Maps GitHub REST JSON (https://docs.github.com/en/rest/issues) to the domain model. The input is untrusted wire
// data, so every field is checked and missing optional ones get neutral values; a record without its identity
// (number, title) is refused.
import type { Checklist, Comment, Issue, Milestone, StateReason } from '../../core/model';
import { TrackerError } from '../tracker';

const STATE_REASONS: readonly Exclude<StateReason, null>[] = ['completed', 'not_planned', 'reopened', 'duplicate'];

/** The issues endpoint also lists pull requests; they carry a `pull_request` key. */
export function isPullRequest(raw: unknown): boolean {
  return isObject(raw) && raw.pull_request !== undefined && raw.pull_request !== null;
}

export function mapIssue(raw: unknown): Issue {
  if (!isObject(raw) || typeof raw.number !== 'number' || typeof raw.title !== 'string') {
    throw new TrackerError('invalidData', 'GitHub sent an issue without a number or title.');
  }
  const assignees = Array.isArray(raw.assignees) ? loginsOf(raw.assignees) : loginsOf([raw.assignee]);
  return {
    number: raw.number,
    title: raw.title,
    body: stringOr(raw.body, ''),
    state: raw.state === 'closed' ? 'closed' : 'open',
    stateReason: stateReasonOf(raw.state_reason),
    labels: labelNames(raw.labels),
    assignees,
    milestone: isObject(raw.milestone) && typeof raw.milestone.title === 'string' ? raw.milestone.title : null,
    author: isObject(raw.user) && typeof raw.user.login === 'string' ? raw.user.login : null,
    createdAt: stringOr(raw.created_at, ''),
    updatedAt: stringOr(raw.updated_at, stringOr(raw.created_at, '')),
    closedAt: typeof raw.closed_at === 'string' ? raw.closed_at : null,
    url: typeof raw.html_url === 'string' ? raw.html_url : null,
  };
}

/** Label names from an issue's `labels` (objects or plain strings) or from the labels endpoints. */
export function labelNames(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const names: string[] = [];
  for (const label of raw) {
    const name = typeof label === 'string' ? label : isObject(label) ? label.name : undefined;
    if (typeof name === 'string' && name !== '') names.push(name);
  }
  return names;
}

export function mapMilestone(raw: unknown): Milestone {
  if (!isObject(raw) || typeof raw.number !== 'number' || typeof raw.title !== 'string') {
    throw new TrackerError('invalidData', 'GitHub sent a milestone without a number or title.');
  }
  return {
    number: raw.number,
    title: raw.title,
    description: stringOr(raw.description, ''),
    dueOn: typeof raw.due_on === 'string' ? raw.due_on : null,
    state: raw.state === 'closed' ? 'closed' : 'open',
    url: typeof raw.html_url === 'string' ? raw.html_url : null,
  };
}

export function mapComment(raw: unknown): Comment {
  if (!isObject(raw)) throw new TrackerError('invalidData', 'GitHub sent a malformed comment.');
  return {
    author: isObject(raw.user) && typeof raw.user.login === 'string' ? raw.user.login : null,
    body: stringOr(raw.body, ''),
    createdAt: stringOr(raw.created_at, ''),
  };
}

/** By due date, soonest first; milestones without a due date last; ties by title. */
export function sortMilestones(milestones: readonly Milestone[]): Milestone[] {
  const due = (m: Milestone): number => {
    const time = m.dueOn === null ? NaN : Date.parse(m.dueOn);
    return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
  };
  return [...milestones].sort((a, b) => {
    const [x, y] = [due(a), due(b)];
    return x === y ? a.title.localeCompare(b.title) : x < y ? -1 : 1;
  });
}

/** The checklist issue of a milestone: carries the label (any case); an open one wins, then the lowest number. */
export function pickChecklist(issues: readonly Issue[], checklistLabel: string): Checklist | null {
  const wanted = checklistLabel.toLowerCase();
  const candidates = issues
    .filter((issue) => issue.labels.some((label) => label.toLowerCase() === wanted))
    .sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
  const chosen = candidates[0];
  return chosen ? checklistOf(chosen) : null;
}

export function checklistOf(issue: Issue): Checklist {
  return { issueNumber: issue.number, body: issue.body, url: issue.url };
}

function stateReasonOf(value: unknown): StateReason {
  return STATE_REASONS.find((reason) => reason === value) ?? null;
}

function loginsOf(users: readonly unknown[]): string[] {
  return users.flatMap((user) => (isObject(user) && typeof user.login === 'string' ? [user.login] : []));
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
