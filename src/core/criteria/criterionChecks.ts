// One function per release criterion. Reasons are short sentences with counts; items say what to act on.
import { checklistTasks } from '../checklist/checklistProgress';
import type { CriteriaInput, CriterionItem, Outcome } from './criterionTypes';
import type { CriterionId, Issue } from '../model';
import { statusOf, workItems } from '../config/roles';
import { classifyTodos, repositoryOf, type ClassifiedTodo } from '../todo/todoTracking';

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function issueItem(issue: Issue): CriterionItem {
  return { kind: 'issue', number: issue.number, title: issue.title, url: issue.url };
}

function todoItem({ todo }: ClassifiedTodo): CriterionItem {
  return { kind: 'todo', file: todo.file, line: todo.line + 1, text: todo.text, ref: todo.ref?.raw ?? null };
}

const NO_TODO_INDEX: Outcome = { passed: false, skipped: true, reason: 'Not evaluated: no TODO scan is available.', items: [] };

function allResolved({ data, config }: CriteriaInput): Outcome {
  const work = workItems(data.issues, config);
  const open = work.filter((issue) => issue.state === 'open');
  if (work.length === 0) return { passed: true, reason: 'The milestone has no issues.', items: [] };
  if (open.length === 0) return { passed: true, reason: `All ${plural(work.length, 'issue')} resolved.`, items: [] };
  return { passed: false, reason: `${open.length} of ${plural(work.length, 'issue')} still open.`, items: open.map(issueItem) };
}

function noOpenBlockers({ data, config }: CriteriaInput): Outcome {
  const blockers = workItems(data.issues, config).filter((i) => i.state === 'open' && statusOf(i, config).blocker);
  if (blockers.length === 0) return { passed: true, reason: 'No open blockers.', items: [] };
  return { passed: false, reason: `${plural(blockers.length, 'blocker')} still open.`, items: blockers.map(issueItem) };
}

/** Issues closed as not planned or duplicate shipped nothing, so there is nothing for QA to verify. */
function verified({ data, config }: CriteriaInput): Outcome {
  const needing = workItems(data.issues, config).filter(
    (i) => i.state === 'closed' && i.stateReason !== 'not_planned' && i.stateReason !== 'duplicate' && statusOf(i, config).needsVerification,
  );
  const unverified = needing.filter((i) => !statusOf(i, config).verified);
  if (needing.length === 0) return { passed: true, reason: 'No resolved issue needs verification.', items: [] };
  if (unverified.length === 0) return { passed: true, reason: `All ${plural(needing.length, 'resolved issue')} needing verification verified.`, items: [] };
  return {
    passed: false,
    reason: `${unverified.length} of ${plural(needing.length, 'resolved issue')} needing verification not verified yet.`,
    items: unverified.map(issueItem),
  };
}

function classified(input: CriteriaInput): ClassifiedTodo[] {
  const repository = input.repository === undefined ? repositoryOf(input.data) : input.repository;
  return classifyTodos(input.todos ?? [], input.data, repository);
}

/**
 * References outside the milestone count by the tracker's answer (classifyTodos): open in a later milestone or in
 * none passes, closed fails, not found / deleted / transferred fails, and one whose state could not be read fails
 * too, because a release gate must not pass on a question it could not ask. References to other repositories
 * are shown, never counted.
 */
function noTodoOnClosedOrMissing(input: CriteriaInput): Outcome {
  if (input.todos === null) return NO_TODO_INDEX;
  const todos = classified(input);
  const closed = todos.filter((t) => t.link === 'closed');
  const missing = todos.filter((t) => t.link === 'missing');
  const unchecked = todos.filter((t) => t.link === 'unchecked');
  const notAsked = unchecked.filter((t) => t.outside === null).length;
  const unread = unchecked.length - notAsked;
  if (closed.length + missing.length + unchecked.length === 0) {
    const tracked = todos.filter((t) => t.link !== 'untracked').length;
    return { passed: true, reason: `All ${plural(tracked, 'TODO')} with a reference point at open issues.`, items: [] };
  }
  const parts: string[] = [];
  if (closed.length > 0) parts.push(`${plural(closed.length, 'TODO')} ${closed.length === 1 ? 'references a closed issue' : 'reference closed issues'}`);
  if (missing.length > 0) parts.push(`${plural(missing.length, 'TODO')} ${missing.length === 1 ? 'references an issue' : 'reference issues'} the tracker does not have`);
  if (unread > 0) parts.push(`${plural(unread, 'TODO')} ${unread === 1 ? 'references an issue' : 'reference issues'} whose state could not be read`);
  if (notAsked > 0) parts.push(`${plural(notAsked, 'TODO')} ${notAsked === 1 ? 'references an issue' : 'reference issues'} outside the milestone not looked up yet`);
  return { passed: false, reason: `${parts.join(', ')}.`, items: [...closed, ...missing, ...unchecked].map(todoItem) };
}

function noUntrackedTodo(input: CriteriaInput): Outcome {
  if (input.todos === null) return NO_TODO_INDEX;
  const untracked = classified(input).filter((t) => t.link === 'untracked');
  if (untracked.length === 0) return { passed: true, reason: 'Every TODO references an issue.', items: [] };
  return { passed: false, reason: `${plural(untracked.length, 'TODO')} not tied to an issue.`, items: untracked.map(todoItem) };
}

function checklistComplete({ data }: CriteriaInput): Outcome {
  if (data.checklist === null) return { passed: false, reason: 'No release checklist yet.', items: [] };
  const tasks = checklistTasks(data.checklist.body);
  if (tasks.length === 0) return { passed: false, reason: 'The release checklist has no task items.', items: [] };
  const open = tasks.filter((t) => !t.checked);
  if (open.length === 0) return { passed: true, reason: `All ${plural(tasks.length, 'checklist item')} ticked.`, items: [] };
  return {
    passed: false,
    reason: `${open.length} of ${plural(tasks.length, 'checklist item')} not ticked.`,
    items: open.map((t): CriterionItem => ({ kind: 'checklist', text: t.text })),
  };
}

function customerApproval({ approval, data }: CriteriaInput): Outcome {
  const issue = data.issues.find((i) => i.number === approval.issueNumber);
  const items = issue ? [issueItem(issue)] : [];
  const where = approval.issueNumber === null ? '' : ` (#${approval.issueNumber})`;
  switch (approval.status) {
    case 'approved':
      return { passed: true, reason: `The customer approved the release${where}.`, items };
    case 'declined':
      return { passed: false, reason: `The customer declined the release${where}.`, items };
    case 'requested':
      return { passed: false, reason: `Approval requested${where}, not given yet.`, items };
    case 'none':
      return { passed: false, reason: 'Customer approval not requested yet.', items };
  }
}

function checksGreen({ data }: CriteriaInput): Outcome {
  const checks = data.checks;
  if (checks === null) return { passed: false, skipped: true, reason: 'Not available for the local tracker.', items: [] };
  const on = `on ${checks.branch}${checks.sha ? ` (${checks.sha.slice(0, 7)})` : ''}`;
  switch (checks.state) {
    case 'success':
      return { passed: true, reason: `All checks passed ${on}.`, items: [] };
    case 'none':
      return { passed: true, reason: `No checks reported ${on}.`, items: [] };
    case 'pending':
      return { passed: false, reason: `Checks still running ${on}.`, items: [] };
    case 'failure': {
      const items = checks.failing.map((c): CriterionItem => ({ kind: 'check', name: c.name, url: c.url }));
      const what = items.length > 0 ? `${plural(items.length, 'check')} failing` : 'Checks failing';
      return { passed: false, reason: `${what} ${on}.`, items };
    }
  }
}

/** An open pull request is unfinished work of the release, draft or not. */
function noOpenPullRequests({ data }: CriteriaInput): Outcome {
  const pulls = data.pullRequests ?? [];
  const open = pulls.filter((p) => p.state === 'open');
  if (open.length === 0) return { passed: true, reason: pulls.length === 0 ? 'The milestone has no pull requests.' : `All ${plural(pulls.length, 'pull request')} closed.`, items: [] };
  return {
    passed: false,
    reason: `${plural(open.length, 'pull request')} still open.`,
    items: open.map((p): CriterionItem => ({ kind: 'issue', number: p.number, title: p.title, url: p.url })),
  };
}

export const CRITERION_CHECKS: Readonly<Record<CriterionId, (input: CriteriaInput) => Outcome>> = {
  allResolved,
  noOpenBlockers,
  verified,
  noTodoOnClosedOrMissing,
  noUntrackedTodo,
  checklistComplete,
  customerApproval,
  checksGreen,
  noOpenPullRequests,
};
