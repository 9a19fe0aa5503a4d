// GET/POST /repos/{o}/{r}/issues/{n}/comments. A new comment also moves the issue's updated_at, as on GitHub.
import { laterThan } from '../clock';
import { listResponse } from '../http/pagination';
import { objectBody, ok, validationFailed, type RouteContext } from '../http/response';
import type { Route } from '../router';
import { commentJson } from '../wire/issues';
import { issueOf, repoOf } from './lookup';

function listComments(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const sinceText = ctx.url.searchParams.get('since');
  const since = sinceText === null ? NaN : Date.parse(sinceText);
  const comments = Number.isNaN(since) ? issue.comments : issue.comments.filter((c) => Date.parse(c.updated_at) >= since);
  return listResponse(ctx, comments, (c) => commentJson(ctx.origins, ctx.store, repo, issue, c));
}

function createComment(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const body = objectBody(ctx);
  if (typeof body.body !== 'string' || body.body.trim() === '') {
    throw validationFailed([{ resource: 'IssueComment', field: 'body', code: 'missing_field' }], 'https://docs.github.com/rest/issues/comments#create-an-issue-comment');
  }
  const at = laterThan(issue.updated_at);
  const comment = { id: ctx.store.nextId(), body: body.body, user: ctx.store.user(ctx.login).login, created_at: at, updated_at: at };
  issue.comments.push(comment);
  ctx.store.touch(repo, issue);
  const json = commentJson(ctx.origins, ctx.store, repo, issue, comment);
  return { ...ok(json, 201), headers: { location: String(json.url) } };
}

export const commentRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/issues/:number/comments', handler: listComments },
  { method: 'POST', pattern: '/repos/:owner/:repo/issues/:number/comments', handler: createComment },
];
