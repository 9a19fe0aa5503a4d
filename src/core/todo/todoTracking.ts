// How each TODO comment relates to the milestone's issues: untracked, tracked by an open issue, pointing at a
// closed issue, at an issue this milestone does not have, or at another repository.
import type { Issue, IssueRef, ReleaseData, TodoItem } from '../model';

export type TodoLink = 'untracked' | 'open' | 'closed' | 'missing' | 'external';

export interface RepositoryId {
  readonly owner: string;
  readonly name: string;
}

export interface ClassifiedTodo {
  readonly todo: TodoItem;
  readonly link: TodoLink;
  /** The referenced issue when the milestone has it. */
  readonly issue: Issue | null;
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
 * Classifies every TODO. A reference to this repository whose number the milestone's data does not hold is
 * `missing`: it names an issue of another milestone or one that does not exist, and either way this release
 * does not track it.
 */
export function classifyTodos(todos: readonly TodoItem[], data: ReleaseData, repository: RepositoryId | null): ClassifiedTodo[] {
  const byNumber = byNumberOf(data.issues);
  return todos.map((todo) => {
    if (todo.ref === null) return { todo, link: 'untracked', issue: null };
    if (!isThisRepository(todo.ref, repository)) return { todo, link: 'external', issue: null };
    const issue = byNumber.get(todo.ref.number) ?? null;
    if (issue === null) return { todo, link: 'missing', issue: null };
    return { todo, link: issue.state === 'closed' ? 'closed' : 'open', issue };
  });
}

export interface TodoCounts {
  readonly total: number;
  /** TODOs with an issue reference (open, closed, missing or external). */
  readonly tracked: number;
  readonly untracked: number;
  readonly onClosed: number;
  readonly missing: number;
}

export function countTodos(classified: readonly ClassifiedTodo[]): TodoCounts {
  const count = (link: TodoLink): number => classified.filter((c) => c.link === link).length;
  const untracked = count('untracked');
  return { total: classified.length, tracked: classified.length - untracked, untracked, onClosed: count('closed'), missing: count('missing') };
}
