// GET/POST /repos/{o}/{r}/issues and GET/PATCH /repos/{o}/{r}/issues/{n}. Pull requests do not exist here.
import { listResponse } from '../http/pagination';
import { objectBody, ok, validationFailed, type RouteContext } from '../http/response';
import type { IssueRecord } from '../records';
import type { Route } from '../router';
import { issueJson } from '../wire/issues';
import { applyIssueFields } from './issueEdits';
import { issueOf, repoOf, throwIfGone } from './lookup';

const LIST_DOCS = 'https://docs.github.com/rest/issues/issues#list-repository-issues';

function invalidParam(field: string, value: unknown): never {
  throw validationFailed([{ resource: 'Issue', field, code: 'invalid', value }], LIST_DOCS);
}

function issueFilter(ctx: RouteContext): (issue: IssueRecord) => boolean {
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  if (!['open', 'closed', 'all'].includes(state)) invalidParam('state', state);
  const milestone = q.get('milestone');
  if (milestone !== null && !['*', 'none'].includes(milestone) && !/^\d+$/.test(milestone)) invalidParam('milestone', milestone);
  const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
  const assignee = q.get('assignee')?.toLowerCase();
  const creator = q.get('creator')?.toLowerCase();
  const sinceText = q.get('since');
  const since = sinceText === null ? undefined : Date.parse(sinceText);
  if (since !== undefined && Number.isNaN(since)) invalidParam('since', sinceText);
  return (issue) =>
    (state === 'all' || issue.state === state) &&
    (milestone === null || milestone === '*' ? milestone === null || issue.milestone !== null
      : milestone === 'none' ? issue.milestone === null : issue.milestone === Number(milestone)) &&
    labels.every((l) => issue.labels.some((name) => name.toLowerCase() === l)) &&
    (assignee === undefined || (assignee === '*' ? issue.assignees.length > 0
      : assignee === 'none' ? issue.assignees.length === 0 : issue.assignees.some((a) => a.toLowerCase() === assignee))) &&
    (creator === undefined || issue.user.toLowerCase() === creator) &&
    (since === undefined || Date.parse(issue.updated_at) >= since);
}

function issueOrder(ctx: RouteContext): (a: IssueRecord, b: IssueRecord) => number {
  const sort = ctx.url.searchParams.get('sort') ?? 'created';
  const direction = ctx.url.searchParams.get('direction') ?? 'desc';
  if (!['created', 'updated', 'comments'].includes(sort)) invalidParam('sort', sort);
  if (!['asc', 'desc'].includes(direction)) invalidParam('direction', direction);
  const key = (i: IssueRecord): number =>
    sort === 'comments' ? i.comments.length : Date.parse(sort === 'updated' ? i.updated_at : i.created_at);
  const sign = direction === 'asc' ? 1 : -1;
  // Ties (same second) fall back to the issue number so pages never overlap or skip.
  return (a, b) => sign * (key(a) - key(b) || a.number - b.number);
}

function listIssues(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const matches = [...repo.issues.values()].filter(issueFilter(ctx)).sort(issueOrder(ctx));
  return listResponse(ctx, matches, (issue) => issueJson(ctx.origins, ctx.store, repo, issue));
}

function getIssue(ctx: RouteContext) {
  const repo = repoOf(ctx);
  throwIfGone(ctx, repo);
  return ok(issueJson(ctx.origins, ctx.store, repo, issueOf(ctx, repo)));
}

function createIssue(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const body = objectBody(ctx);
  if (body.title === undefined || body.title === null || String(body.title).trim() === '') {
    throw validationFailed([{ resource: 'Issue', field: 'title', code: 'missing_field' }], 'https://docs.github.com/rest/issues/issues#create-an-issue');
  }
  const { store } = ctx;
  const issue: IssueRecord = {
    id: store.nextId(),
    number: repo.next_issue_number,
    title: '',
    body: null,
    state: 'open',
    state_reason: null,
    labels: [],
    assignees: [],
    milestone: null,
    user: store.user(ctx.login).login,
    created_at: '',
    updated_at: '', // stamped by touch() below
    closed_at: null,
    closed_by: null,
    locked: false,
    comments: [],
  };
  // A new issue is always open; GitHub ignores state fields on create.
  const fields = { ...body };
  delete fields.state;
  delete fields.state_reason;
  applyIssueFields(store, repo, issue, fields, ctx.login);
  repo.issues.set(issue.number, issue);
  repo.next_issue_number++;
  store.touch(repo, issue, null);
  issue.created_at = issue.updated_at;
  const json = issueJson(ctx.origins, store, repo, issue);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

function updateIssue(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const issue = issueOf(ctx, repo);
  const before = issue.milestone;
  applyIssueFields(ctx.store, repo, issue, objectBody(ctx), ctx.login);
  ctx.store.touch(repo, issue, before);
  return ok(issueJson(ctx.origins, ctx.store, repo, issue));
}

export const issueRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/issues', handler: listIssues },
  { method: 'POST', pattern: '/repos/:owner/:repo/issues', handler: createIssue },
  { method: 'GET', pattern: '/repos/:owner/:repo/issues/:number', handler: getIssue },
  { method: 'PATCH', pattern: '/repos/:owner/:repo/issues/:number', handler: updateIssue },
];
