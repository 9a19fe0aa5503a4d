// Issue labels (add, replace, remove one, remove all) and repository labels (list, create).
import { listResponse } from '../http/pagination';
import { ApiError, errorBody, objectBody, ok, validationFailed, type RouteContext } from '../http/response';
import type { IssueRecord, RepoRecord } from '../records';
import type { Route } from '../router';
import { issueLabelsJson, labelJson } from '../wire/issues';
import { addLabels, labelNames } from './issueEdits';
import { issueOf, repoOf } from './lookup';

const DOCS = 'https://docs.github.com/rest/issues/labels';

/** The body may be `["a"]`, `{ "labels": ["a"] }` or `{ "labels": [{ "name": "a" }] }`. */
function requestedLabels(ctx: RouteContext): string[] {
  const raw = Array.isArray(ctx.body) ? ctx.body : objectBody(ctx).labels;
  const names = labelNames(raw ?? []);
  if (!names) throw validationFailed([{ resource: 'Label', field: 'labels', code: 'invalid', value: raw }], DOCS);
  return names;
}

function labelsOfIssue(ctx: RouteContext, repo: RepoRecord, issue: IssueRecord) {
  return ok(issueLabelsJson(ctx.origins, ctx.store, repo, issue));
}

function withIssue(write: (ctx: RouteContext, repo: RepoRecord, issue: IssueRecord) => void, status = 200) {
  return (ctx: RouteContext) => {
    const repo = repoOf(ctx);
    const issue = issueOf(ctx, repo);
    write(ctx, repo, issue);
    ctx.store.touch(repo, issue);
    return status === 204 ? { status } : labelsOfIssue(ctx, repo, issue);
  };
}

const addToIssue = withIssue((ctx, repo, issue) => addLabels(ctx.store, repo, issue, requestedLabels(ctx)));

const replaceOnIssue = withIssue((ctx, repo, issue) => {
  const names = requestedLabels(ctx);
  issue.labels = [];
  addLabels(ctx.store, repo, issue, names);
});

const removeAllFromIssue = withIssue((_ctx, _repo, issue) => void (issue.labels = []), 204);

function removeFromIssue(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const key = ctx.params.name.toLowerCase();
  const index = issue.labels.findIndex((l) => l.toLowerCase() === key);
  if (index < 0) throw new ApiError(404, errorBody(404, 'Label does not exist', `${DOCS}#remove-a-label-from-an-issue`));
  issue.labels.splice(index, 1);
  ctx.store.touch(repo, issue);
  return labelsOfIssue(ctx, repo, issue);
}

function listRepoLabels(ctx: RouteContext) {
  const repo = repoOf(ctx);
  return listResponse(ctx, repo.labels, (label) => labelJson(ctx.origins, repo, label));
}

function createRepoLabel(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const body = objectBody(ctx);
  const docs = `${DOCS}#create-a-label`;
  if (typeof body.name !== 'string' || body.name.trim() === '') {
    throw validationFailed([{ resource: 'Label', field: 'name', code: 'missing_field' }], docs);
  }
  const color = typeof body.color === 'string' ? body.color.replace(/^#/, '') : 'ededed';
  if (!/^[0-9a-f]{6}$/i.test(color)) throw validationFailed([{ resource: 'Label', field: 'color', code: 'invalid', value: body.color }], docs);
  if (ctx.store.label(repo, body.name)) throw validationFailed([{ resource: 'Label', field: 'name', code: 'already_exists' }], docs);
  const description = typeof body.description === 'string' ? body.description : null;
  const label = ctx.store.ensureLabel(repo, body.name, color.toLowerCase(), description);
  ctx.store.version++;
  return ok(labelJson(ctx.origins, repo, label), 201);
}

export const labelRoutes: Route[] = [
  { method: 'POST', pattern: '/repos/:owner/:repo/issues/:number/labels', handler: addToIssue },
  { method: 'PUT', pattern: '/repos/:owner/:repo/issues/:number/labels', handler: replaceOnIssue },
  { method: 'DELETE', pattern: '/repos/:owner/:repo/issues/:number/labels', handler: removeAllFromIssue },
  { method: 'DELETE', pattern: '/repos/:owner/:repo/issues/:number/labels/:name', handler: removeFromIssue },
  { method: 'GET', pattern: '/repos/:owner/:repo/labels', handler: listRepoLabels },
  { method: 'POST', pattern: '/repos/:owner/:repo/labels', handler: createRepoLabel },
];
