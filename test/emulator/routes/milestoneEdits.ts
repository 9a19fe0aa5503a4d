// PATCH /repos/{o}/{r}/milestones/{n}: title, state, description, due_on (closing stamps closed_at).
import { laterThan } from '../clock';
import { notFound, objectBody, ok, validationFailed, type RouteContext, type ValidationErrorItem } from '../http/response';
import type { Route } from '../router';
import { milestoneJson } from '../wire/issues';
import { repoOf } from './lookup';

const DOCS = 'https://docs.github.com/rest/issues/milestones#update-a-milestone';

function updateMilestone(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const milestone = /^\d+$/.test(ctx.params.number) ? ctx.store.milestone(repo, Number(ctx.params.number)) : undefined;
  if (!milestone) throw notFound();
  const body = objectBody(ctx);
  const errors: ValidationErrorItem[] = [];
  const invalid = (field: string, value: unknown) => void errors.push({ resource: 'Milestone', field, code: 'invalid', value });
  if ('state' in body && body.state !== 'open' && body.state !== 'closed') invalid('state', body.state);
  if ('title' in body && (typeof body.title !== 'string' || body.title.trim() === '')) invalid('title', body.title);
  if ('title' in body && typeof body.title === 'string' && repo.milestones.some((m) => m !== milestone && m.title === body.title)) {
    errors.push({ resource: 'Milestone', field: 'title', code: 'already_exists', value: body.title });
  }
  if ('description' in body && body.description !== null && typeof body.description !== 'string') invalid('description', body.description);
  if ('due_on' in body && body.due_on !== null && (typeof body.due_on !== 'string' || Number.isNaN(Date.parse(body.due_on)))) invalid('due_on', body.due_on);
  if (errors.length > 0) throw validationFailed(errors, DOCS);
  if (typeof body.title === 'string') milestone.title = body.title;
  if ('description' in body) milestone.description = (body.description as string | null) ?? null;
  if ('due_on' in body) milestone.due_on = body.due_on === null ? null : new Date(String(body.due_on)).toISOString().replace('.000Z', 'Z');
  milestone.updated_at = laterThan(milestone.updated_at);
  if (body.state === 'closed' && milestone.state === 'open') milestone.closed_at = milestone.updated_at;
  if (body.state === 'open') milestone.closed_at = null;
  if (body.state === 'open' || body.state === 'closed') milestone.state = body.state;
  ctx.store.version++;
  return ok(milestoneJson(ctx.origins, ctx.store, repo, milestone));
}

export const milestoneEditRoutes: Route[] = [{ method: 'PATCH', pattern: '/repos/:owner/:repo/milestones/:number', handler: updateMilestone }];
