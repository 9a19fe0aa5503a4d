// How each TODO comment relates to the release: untracked, tracked by an open issue (of the milestone, or
// `elsewhere`: open outside it), pointing at a closed issue, at one the tracker does not have (`missing`), at one
// whose state could not be read (`unchecked`), or at another repository. The one classification the lenses,
// diagnostics, criteria, report and CLI share.
import type { Issue, IssueRef, OutsideIssue, ReleaseData, TodoItem } from '../model';
import { outsideIssueFor } from '../references/outsideRefs';

export type TodoLink = 'untracked' | 'open' | 'elsewhere' | 'closed' | 'missing' | 'unchecked' | 'external';

export interface RepositoryId {
  readonly owner: string;
  readonly name: string;
}

export interface ClassifiedTodo {
  readonly todo: TodoItem;
  readonly link: TodoLink;
  /** The referenced issue when the milestone has it. */
  readonly issue: Issue | null;
  /** The tracker's answer for a referenced issue outside the milestone (or in another repository), if looked up. */
  readonly outside: OutsideIssue | null;
}

/**
 * The repository the data comes from, read from the issue or milestone web URLs
 * (`https://<host>/<owner>/<repo>/issues/<n>`). Null for the local tracker, whose issues have no URL.
 */
// Release data is immutable (a change makes a new object): what is derived from a snapshot is derived once.
const repositories = new WeakMap<ReleaseData, RepositoryId | null>();
const issuesByNumber = new WeakMap<readonly Issue[], ReadonlyMap<number, Issue>>();

export function repositoryOf(data: ReleaseData): RepositoryId | null {
  if (repositories.has(data)) return repositories.get(data) ?? null;
  let found: RepositoryId | null = null;
  for (const url of [data.milestone.url, ...data.issues.map((i) => i.url)]) {
    if (url === null) continue;
    const match = /^https?:\/\/[^/]+\/([^/]+)\/([^/]+)\/(?:issues|milestones?|pull)\/\d+/i.exec(url);
    if (match) {
      found = { owner: match[1], name: match[2] };
      break;
    }
  }
  repositories.set(data, found);
  return found;
}

function byNumberOf(issues: readonly Issue[]): ReadonlyMap<number, Issue> {
  let map = issuesByNumber.get(issues);
  if (map === undefined) {
    map = new Map(issues.map((issue) => [issue.number, issue]));
    issuesByNumber.set(issues, map);
  }
  return map;
}

/**
 * A reference without a repository (`#12`, `GH-12`) always means this repository. One that names a repository
 * means this one only when it matches; when the data does not say which repository it is (local tracker), a
 * qualified reference is treated as pointing elsewhere, because nothing here can check it.
 */
function isThisRepository(ref: IssueRef, repository: RepositoryId | null): boolean {
  if (ref.owner === undefined || ref.repo === undefined) return true;
  if (repository === null) return false;
  return ref.owner.toLowerCase() === repository.owner.toLowerCase() && ref.repo.toLowerCase() === repository.name.toLowerCase();
}

/**
 * How a reference to an issue of this repository that the milestone does not hold counts, from the tracker's
 * answer: open (in another milestone or none) or an open pull request is `elsewhere` and blocks nothing; closed,
 * or a closed or merged pull request, is `closed`; 404, 410 and transferred are `missing`; no answer is
 * `unchecked` (never `missing`: a failed request says nothing about the issue).
 */
export function outsideLink(outside: OutsideIssue | null): TodoLink {
  switch (outside?.status) {
    case 'open':
      return 'elsewhere';
    case 'closed':
      return 'closed';
    case 'pullRequest':
      return outside.pullState === 'open' ? 'elsewhere' : 'closed';
    case 'notFound':
    case 'deleted':
    case 'transferred':
      return 'missing';
    default:
      return 'unchecked';
  }
}

/** Classifies every TODO; references outside the milestone by the tracker's answer in `data.outside`. */
export function classifyTodos(todos: readonly TodoItem[], data: ReleaseData, repository: RepositoryId | null): ClassifiedTodo[] {
  const byNumber = byNumberOf(data.issues);
  return todos.map((todo): ClassifiedTodo => {
    if (todo.ref === null) return { todo, link: 'untracked', issue: null, outside: null };
    if (!isThisRepository(todo.ref, repository)) return { todo, link: 'external', issue: null, outside: outsideIssueFor(data, todo.ref, repository) };
    const issue = byNumber.get(todo.ref.number) ?? null;
    if (issue === null) {
      const outside = outsideIssueFor(data, todo.ref, repository);
      return { todo, link: outsideLink(outside), issue: null, outside };
    }
    return { todo, link: issue.state === 'closed' ? 'closed' : 'open', issue, outside: null };
  });
}

export interface TodoCounts {
  readonly total: number;
  /** TODOs with an issue reference (open, closed, missing or external). */
  readonly tracked: number;
  readonly untracked: number;
  readonly onClosed: number;
  readonly missing: number;
  /** On open issues outside the milestone (planned later, or for no milestone). */
  readonly elsewhere: number;
  /** On issues whose state could not be read. */
  readonly unchecked: number;
}

export function countTodos(classified: readonly ClassifiedTodo[]): TodoCounts {
  const count = (link: TodoLink): number => classified.filter((c) => c.link === link).length;
  const untracked = count('untracked');
  return { total: classified.length, tracked: classified.length - untracked, untracked, onClosed: count('closed'), missing: count('missing'), elsewhere: count('elsewhere'), unchecked: count('unchecked') };
}
