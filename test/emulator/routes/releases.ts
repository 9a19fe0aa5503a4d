// Releases: GET /repos/{o}/{r}/releases (pagination, drafts included as for a user with push access),
// GET …/releases/tags/{tag}, GET|PATCH …/releases/{id}, POST …/releases. Publishing a release whose tag does not
// exist yet creates the tag at target_commitish, as GitHub does; a draft creates no tag.
import { nowIso } from '../clock';
import { listResponse } from '../http/pagination';
import { notFound, objectBody, ok, validationFailed, type RouteContext, type ValidationErrorItem } from '../http/response';
import type { ReleaseRecord, RepoRecord } from '../records';
import type { Route } from '../router';
import { resolveSha } from '../seedLoader';
import { releaseJson } from '../wire/pulls';
import { repoOf } from './lookup';

const DOCS = 'https://docs.github.com/rest/releases/releases#create-a-release';

function releaseOf(ctx: RouteContext, repo: RepoRecord): ReleaseRecord {
  const id = /^\d+$/.test(ctx.params.id) ? Number(ctx.params.id) : NaN;
  const release = repo.releases.find((r) => r.id === id);
  if (!release) throw notFound();
  return release;
}

function validate(repo: RepoRecord, body: Record<string, unknown>, self: ReleaseRecord | undefined): void {
  const errors: ValidationErrorItem[] = [];
  const invalid = (field: string, value: unknown) => void errors.push({ resource: 'Release', field, code: 'invalid', value });
  if (self === undefined && (typeof body.tag_name !== 'string' || body.tag_name.trim() === '')) {
    errors.push({ resource: 'Release', field: 'tag_name', code: 'missing_field' });
  }
  if ('tag_name' in body && typeof body.tag_name === 'string' && repo.releases.some((r) => r !== self && r.tag_name === body.tag_name)) {
    errors.push({ resource: 'Release', field: 'tag_name', code: 'already_exists' });
  }
  for (const field of ['name', 'body']) if (field in body && body[field] !== null && typeof body[field] !== 'string') invalid(field, body[field]);
  for (const field of ['draft', 'prerelease']) if (field in body && typeof body[field] !== 'boolean') invalid(field, body[field]);
  if ('target_commitish' in body && (typeof body.target_commitish !== 'string' || resolveSha(repo, body.target_commitish) === undefined)) {
    invalid('target_commitish', body.target_commitish);
  }
  if (errors.length > 0) throw validationFailed(errors, DOCS);
}

function apply(repo: RepoRecord, release: ReleaseRecord, body: Record<string, unknown>): void {
  if (typeof body.tag_name === 'string') release.tag_name = body.tag_name;
  if (typeof body.target_commitish === 'string') release.target_commitish = body.target_commitish;
  if ('name' in body) release.name = (body.name as string | null) ?? null;
  if ('body' in body) release.body = (body.body as string | null) ?? null;
  if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease;
  if (typeof body.draft === 'boolean') release.draft = body.draft;
  if (!release.draft) {
    release.published_at ??= nowIso();
    if (!repo.tags.has(release.tag_name)) repo.tags.set(release.tag_name, resolveSha(repo, release.target_commitish) ?? repo.branches.get(repo.default_branch) ?? '');
  }
}

function listReleases(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const newest = [...repo.releases].sort((a, b) => b.id - a.id);
  return listResponse(ctx, newest, (r) => releaseJson(ctx.origins, ctx.store, repo, r));
}

function releaseByTag(ctx: RouteContext) {
  const repo = repoOf(ctx);
  // GitHub finds published releases by tag only; a draft has no tag yet.
  const release = repo.releases.find((r) => r.tag_name === ctx.params.tag && !r.draft);
  if (!release) throw notFound();
  return ok(releaseJson(ctx.origins, ctx.store, repo, release));
}

function getRelease(ctx: RouteContext) {
  const repo = repoOf(ctx);
  return ok(releaseJson(ctx.origins, ctx.store, repo, releaseOf(ctx, repo)));
}

function createRelease(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const body = objectBody(ctx);
  validate(repo, body, undefined);
  const release: ReleaseRecord = {
    id: ctx.store.nextId(),
    tag_name: String(body.tag_name),
    target_commitish: repo.default_branch,
    name: null,
    body: null,
    draft: false,
    prerelease: false,
    author: ctx.store.user(ctx.login).login,
    created_at: nowIso(),
    published_at: null,
  };
  apply(repo, release, body);
  repo.releases.push(release);
  ctx.store.version++;
  const json = releaseJson(ctx.origins, ctx.store, repo, release);
  return { status: 201, body: json, headers: { location: String(json.url) } };
}

function updateRelease(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const release = releaseOf(ctx, repo);
  const body = objectBody(ctx);
  validate(repo, body, release);
  apply(repo, release, body);
  ctx.store.version++;
  return ok(releaseJson(ctx.origins, ctx.store, repo, release));
}

export const releaseRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/releases', handler: listReleases },
  { method: 'POST', pattern: '/repos/:owner/:repo/releases', handler: createRelease },
  { method: 'GET', pattern: '/repos/:owner/:repo/releases/tags/:tag+', handler: releaseByTag },
  { method: 'GET', pattern: '/repos/:owner/:repo/releases/:id', handler: getRelease },
  { method: 'PATCH', pattern: '/repos/:owner/:repo/releases/:id', handler: updateRelease },
];
