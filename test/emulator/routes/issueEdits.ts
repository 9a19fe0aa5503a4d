// The field rules POST and PATCH /issues share: validation (422 like GitHub) and the state machine
// (closing stamps closed_at and closed_by, reopening sets state_reason "reopened" and clears them).
import { laterThan } from '../clock';
import { validationFailed, type ValidationErrorItem } from '../http/response';
import type { IssueRecord, RepoRecord } from '../records';
import type { Store } from '../store';
import type { IssueStateReason } from '../types';

const STATE_REASONS: readonly IssueStateReason[] = ['completed', 'not_planned', 'reopened', 'duplicate', null];

/** Label names from `["a"]` or `[{ "name": "a" }]`; undefined when the value is not such a list. */
export function labelNames(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names: string[] = [];
  for (const item of value) {
    const name = typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name.trim() === '') return undefined;
    names.push(name);
  }
  return names;
}

/** Adds labels by name without duplicates, creating repository labels that do not exist yet. */
export function addLabels(store: Store, repo: RepoRecord, issue: IssueRecord, names: string[]): void {
  for (const name of names) {
    const label = store.ensureLabel(repo, name);
    if (!issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) issue.labels.push(label.name);
  }
}

/**
 * Applies the fields of a create or update body to `issue`, after validating all of them (nothing changes when
 * any is invalid). Does not stamp updated_at; the caller does that once per write.
 */
export function applyIssueFields(store: Store, repo: RepoRecord, issue: IssueRecord, body: Record<string, unknown>, login: string): void {
  const errors: ValidationErrorItem[] = [];
  const invalid = (field: string, value: unknown): void => void errors.push({ resource: 'Issue', field, code: 'invalid', value });
  if ('title' in body && (typeof body.title !== 'string' && typeof body.title !== 'number' || String(body.title).trim() === '')) {
    errors.push({ resource: 'Issue', field: 'title', code: 'missing_field' });
  }
  if ('body' in body && body.body !== null && typeof body.body !== 'string') invalid('body', body.body);
  if ('state' in body && body.state !== 'open' && body.state !== 'closed') invalid('state', body.state);
  if ('state_reason' in body && !STATE_REASONS.includes(body.state_reason as IssueStateReason)) invalid('state_reason', body.state_reason);
  const labels = 'labels' in body ? labelNames(body.labels) : undefined;
  if ('labels' in body && labels === undefined) invalid('labels', body.labels);
  const assignees = 'assignees' in body ? body.assignees : 'assignee' in body ? (body.assignee === null ? [] : [body.assignee]) : undefined;
  if (assignees !== undefined && (!Array.isArray(assignees) || assignees.some((a) => typeof a !== 'string'))) invalid('assignees', assignees);
  let milestone: number | null | undefined;
  if ('milestone' in body) {
    const raw = body.milestone;
    milestone = raw === null ? null : typeof raw === 'number' || (typeof raw === 'string' && /^\d+$/.test(raw)) ? Number(raw) : NaN;
    if (milestone !== null && !store.milestone(repo, milestone)) invalid('milestone', raw);
  }
  if (errors.length > 0) throw validationFailed(errors, 'https://docs.github.com/rest/issues/issues');

  if (body.title !== undefined) issue.title = String(body.title);
  if (body.body !== undefined) issue.body = body.body as string | null;
  if (labels !== undefined) {
    issue.labels = [];
    addLabels(store, repo, issue, labels);
  }
  if (assignees !== undefined) issue.assignees = [...new Set((assignees as string[]).map((a) => store.user(a).login))];
  if (milestone !== undefined) issue.milestone = milestone;
  applyState(issue, body.state as 'open' | 'closed' | undefined, body.state_reason as IssueStateReason | undefined, login);
}

function applyState(issue: IssueRecord, state: 'open' | 'closed' | undefined, reason: IssueStateReason | undefined, login: string): void {
  if (state === 'closed' && issue.state === 'open') {
    issue.state = 'closed';
    issue.closed_at = laterThan(issue.updated_at);
    issue.closed_by = login;
    issue.state_reason = reason ?? 'completed';
  } else if (state === 'open' && issue.state === 'closed') {
    issue.state = 'open';
    issue.closed_at = null;
    issue.closed_by = null;
    issue.state_reason = 'reopened';
  } else if (reason !== undefined && issue.state === 'closed' && reason !== 'reopened') {
    issue.state_reason = reason ?? 'completed';
  }
}
