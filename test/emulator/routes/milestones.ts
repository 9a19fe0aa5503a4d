// GET /repos/{o}/{r}/milestones (state, sort, direction, pagination) and GET …/milestones/{n}.
import { listResponse } from '../http/pagination';
import { notFound, ok, validationFailed, type RouteContext } from '../http/response';
import type { MilestoneRecord } from '../records';
import type { Route } from '../router';
import { milestoneJson } from '../wire/issues';
import { repoOf } from './lookup';

const DOCS = 'https://docs.github.com/rest/issues/milestones#list-milestones';

function listMilestones(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  const sort = q.get('sort') ?? 'due_on';
  const direction = q.get('direction') ?? 'asc';
  const invalid = (field: string, value: string) => validationFailed([{ resource: 'Milestone', field, code: 'invalid', value }], DOCS);
  if (!['open', 'closed', 'all'].includes(state)) throw invalid('state', state);
  if (!['due_on', 'completeness'].includes(sort)) throw invalid('sort', sort);
  if (!['asc', 'desc'].includes(direction)) throw invalid('direction', direction);
  const completeness = (m: MilestoneRecord): number => {
    const c = ctx.store.milestoneCounts(repo, m.number);
    return c.open + c.closed === 0 ? 0 : c.closed / (c.open + c.closed);
  };
  const sign = direction === 'asc' ? 1 : -1;
  // Milestones without a due date sort after dated ones whichever the direction, as GitHub lists them.
  const byDue = (a: MilestoneRecord, b: MilestoneRecord): number =>
    a.due_on === b.due_on ? 0 : a.due_on === null ? 1 : b.due_on === null ? -1 : sign * (Date.parse(a.due_on) - Date.parse(b.due_on));
  const order = (a: MilestoneRecord, b: MilestoneRecord): number =>
    (sort === 'completeness' ? sign * (completeness(a) - completeness(b)) : byDue(a, b)) || a.number - b.number;
  const milestones = repo.milestones.filter((m) => state === 'all' || m.state === state).sort(order);
  return listResponse(ctx, milestones, (m) => milestoneJson(ctx.origins, ctx.store, repo, m));
}

function getMilestone(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const milestone = /^\d+$/.test(ctx.params.number) ? ctx.store.milestone(repo, Number(ctx.params.number)) : undefined;
  if (!milestone) throw notFound();
  return ok(milestoneJson(ctx.origins, ctx.store, repo, milestone));
}

export const milestoneRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/milestones', handler: listMilestones },
  { method: 'GET', pattern: '/repos/:owner/:repo/milestones/:number', handler: getMilestone },
];
