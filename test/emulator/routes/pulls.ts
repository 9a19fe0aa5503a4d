// GET /repos/{o}/{r}/pulls (state, head, base, sort, direction, pagination), GET …/pulls/{n} and
// GET …/pulls/{n}/reviews. Pull requests are issues with a `pull_request` part, numbered from the same sequence.
import { listResponse } from '../http/pagination';
import { notFound, ok, validationFailed, type RouteContext } from '../http/response';
import type { IssueRecord, PullRequestRecord, RepoRecord } from '../records';
import type { Route } from '../router';
import { pullDetailJson, pullJson, reviewJson } from '../wire/pulls';
import { repoOf } from './lookup';

type PullRecord = IssueRecord & { pull_request: PullRequestRecord };

const DOCS = 'https://docs.github.com/rest/pulls/pulls#list-pull-requests';

function isPull(issue: IssueRecord): issue is PullRecord {
  return issue.pull_request !== undefined;
}

function pullOf(ctx: RouteContext, repo: RepoRecord): PullRecord {
  const number = /^\d+$/.test(ctx.params.number) ? Number(ctx.params.number) : NaN;
  const issue = repo.issues.get(number);
  if (!issue || !isPull(issue)) throw notFound();
  return issue;
}

function listPulls(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') ?? (sort === 'created' ? 'desc' : 'asc');
  const invalid = (field: string, value: string) => validationFailed([{ resource: 'PullRequest', field, code: 'invalid', value }], DOCS);
  if (!['open', 'closed', 'all'].includes(state)) throw invalid('state', state);
  if (!['created', 'updated', 'popularity', 'long-running'].includes(sort)) throw invalid('sort', sort);
  if (!['asc', 'desc'].includes(direction)) throw invalid('direction', direction);
  // `head` is `user:branch` on GitHub; the branch alone is accepted too.
  const head = q.get('head')?.replace(/^[^:]*:/, '');
  const base = q.get('base');
  const key = (p: PullRecord): number => Date.parse(sort === 'updated' ? p.updated_at : p.created_at);
  const sign = direction === 'asc' ? 1 : -1;
  const pulls = [...repo.issues.values()]
    .filter(isPull)
    .filter((p) => (state === 'all' || p.state === state) && (head === undefined || p.pull_request.head === head) && (base === null || p.pull_request.base === base))
    .sort((a, b) => sign * (key(a) - key(b) || a.number - b.number));
  return listResponse(ctx, pulls, (p) => pullJson(ctx.origins, ctx.store, repo, p));
}

function getPull(ctx: RouteContext) {
  const repo = repoOf(ctx);
  return ok(pullDetailJson(ctx.origins, ctx.store, repo, pullOf(ctx, repo)));
}

function listReviews(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const pull = pullOf(ctx, repo);
  return listResponse(ctx, pull.pull_request.reviews, (r) => reviewJson(ctx.origins, ctx.store, repo, pull, r));
}

export const pullRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/pulls', handler: listPulls },
  { method: 'GET', pattern: '/repos/:owner/:repo/pulls/:number', handler: getPull },
  { method: 'GET', pattern: '/repos/:owner/:repo/pulls/:number/reviews', handler: listReviews },
];
