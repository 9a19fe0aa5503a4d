// Resolving the repository and issue a route names; both answer 404 like GitHub when missing.
import { notFound, type RouteContext } from '../http/response';
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
