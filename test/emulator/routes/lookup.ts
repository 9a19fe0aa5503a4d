// Resolving the repository and issue a route names; both answer 404 like GitHub when missing.
import { ApiError, errorBody, notFound, type RouteContext } from '../http/response';
import type { IssueRecord, RepoRecord } from '../records';

export function repoOf(ctx: RouteContext): RepoRecord {
  const repo = ctx.store.repo(ctx.params.owner, ctx.params.repo);
  if (!repo) throw notFound();
  return repo;
}

export function issueOf(ctx: RouteContext, repo: RepoRecord): IssueRecord {
  const number = /^\d+$/.test(ctx.params.number) ? Number(ctx.params.number) : NaN;
  const issue = repo.issues.get(number);
  if (!issue) throw notFound();
  return issue;
}

/**
 * For `GET …/issues/{n}` of a number that is gone: 410 for a deleted issue, 301 with `Location` at the issue's new
 * API URL for a transferred one (GitHub's answers; the other issue routes keep answering 404).
 */
export function throwIfGone(ctx: RouteContext, repo: RepoRecord): void {
  const gone = /^\d+$/.test(ctx.params.number) ? repo.gone.get(Number(ctx.params.number)) : undefined;
  if (gone === undefined) return;
  if (gone.kind === 'deleted') throw new ApiError(410, errorBody(410, 'This issue was deleted', 'https://docs.github.com/rest/issues/issues#get-an-issue'));
  const location = `${ctx.origins.api}/repos/${encodeURIComponent(gone.owner)}/${encodeURIComponent(gone.repo)}/issues/${gone.number}`;
  throw new ApiError(301, { message: 'Moved Permanently', url: location, documentation_url: 'https://docs.github.com/rest/guides/best-practices-for-using-the-rest-api#follow-redirects' }, { location });
}
