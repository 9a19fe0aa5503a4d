// GET /user, /rate_limit, /repos/{o}/{r}, and the commit data the release criteria read: a branch's head,
// its combined status and its check runs.
import { epochSeconds } from '../clock';
import { paginate } from '../http/pagination';
import { ApiError, errorBody, notFound, ok, type ApiResponse, type RouteContext } from '../http/response';
import type { RepoRecord } from '../records';
import type { Route } from '../router';
import { resolveSha } from '../seedLoader';
import { repoApiUrl } from '../wire/issues';
import { branchJson, checkRunJson, combinedState, minimalRepoJson, statusJson, fullRepoJson } from '../wire/repo';
import { privateUser } from '../wire/users';
import { repoOf } from './lookup';

function shaOf(ctx: RouteContext, repo: RepoRecord): string {
  const sha = resolveSha(repo, ctx.params.ref);
  if (!sha) throw new ApiError(422, errorBody(422, `No commit found for SHA: ${ctx.params.ref}`, 'https://docs.github.com/rest/commits/statuses'));
  return sha;
}

function combinedStatus(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const sha = shaOf(ctx, repo);
  // Only the newest status of each context counts.
  const latest = new Map<string, (typeof repo.statuses)[number]>();
  for (const s of repo.statuses) if (s.sha === sha) latest.set(s.context, s);
  const statuses = [...latest.values()];
  const url = repoApiUrl(ctx.origins, repo);
  return ok({
    state: combinedState(statuses),
    statuses: statuses.map((s) => statusJson(ctx.origins, ctx.store, repo, s)),
    sha,
    total_count: statuses.length,
    repository: minimalRepoJson(ctx.origins, ctx.store, repo),
    commit_url: `${url}/commits/${sha}`,
    url: `${url}/commits/${sha}/status`,
  });
}

function checkRuns(ctx: RouteContext): ApiResponse {
  const repo = repoOf(ctx);
  const sha = shaOf(ctx, repo);
  const name = ctx.url.searchParams.get('check_name');
  const status = ctx.url.searchParams.get('status');
  const runs = repo.check_runs.filter((r) => r.head_sha === sha && (name === null || r.name === name) && (status === null || r.status === status));
  const page = paginate(ctx, runs);
  return {
    status: 200,
    body: { total_count: runs.length, check_runs: page.items.map((r) => checkRunJson(ctx.origins, repo, r)) },
    headers: page.link ? { link: page.link } : undefined,
  };
}

function branch(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const sha = repo.branches.get(ctx.params.branch);
  if (!sha) throw notFound('Branch not found');
  return ok(branchJson(ctx.origins, ctx.store, repo, ctx.params.branch, sha));
}

function rateLimit(ctx: RouteContext) {
  const core = ctx.rateLimit;
  const other = (limit: number) => ({ limit, remaining: limit, reset: epochSeconds() + 60, used: 0 });
  return ok({
    resources: { core, search: other(30), graphql: other(5000), integration_manifest: other(5000), code_search: other(10) },
    rate: core,
  });
}

export const repositoryRoutes: Route[] = [
  { method: 'GET', pattern: '/user', handler: (ctx) => ok(privateUser(ctx.origins, ctx.store.user(ctx.login))) },
  { method: 'GET', pattern: '/rate_limit', handler: rateLimit },
  { method: 'GET', pattern: '/repos/:owner/:repo', handler: (ctx) => ok(fullRepoJson(ctx.origins, ctx.store, repoOf(ctx))) },
  { method: 'GET', pattern: '/repos/:owner/:repo/branches/:branch+', handler: branch },
  { method: 'GET', pattern: '/repos/:owner/:repo/commits/:ref+/status', handler: combinedStatus },
  { method: 'GET', pattern: '/repos/:owner/:repo/commits/:ref+/check-runs', handler: checkRuns },
];
