// Git tag refs and annotated tag objects: GET /repos/{o}/{r}/git/ref/tags/{tag}, POST …/git/refs,
// POST …/git/tags. Branch refs are answered from the seeded branches (read only).
import { createHash } from 'node:crypto';
import { nowIso } from '../clock';
import { notFound, objectBody, ok, validationFailed, ApiError, errorBody, type RouteContext } from '../http/response';
import type { Route } from '../router';
import { resolveSha } from '../seedLoader';
import { refJson, tagObjectJson } from '../wire/pulls';
import { repoApiUrl } from '../wire/issues';
import { repoOf } from './lookup';

function getRef(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const ref = ctx.params.ref;
  if (ref.startsWith('tags/')) {
    const tag = ref.slice('tags/'.length);
    const sha = repo.tags.get(tag);
    if (sha === undefined) throw notFound();
    return ok(refJson(ctx.origins, repo, tag, sha));
  }
  if (ref.startsWith('heads/')) {
    const sha = repo.branches.get(ref.slice('heads/'.length));
    if (sha === undefined) throw notFound();
    return ok({ ref: `refs/${ref}`, node_id: 'REF_head', url: `${repoApiUrl(ctx.origins, repo)}/git/refs/${ref}`, object: { type: 'commit', sha, url: `${repoApiUrl(ctx.origins, repo)}/git/commits/${sha}` } });
  }
  throw notFound();
}

function createRef(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const body = objectBody(ctx);
  const docs = 'https://docs.github.com/rest/git/refs#create-a-reference';
  if (typeof body.ref !== 'string' || !/^refs\/tags\/[^\s~^:?*[\\]+$/.test(body.ref)) {
    throw new ApiError(422, errorBody(422, `${String(body.ref)} is not a valid ref name.`, docs));
  }
  if (typeof body.sha !== 'string') throw validationFailed([{ resource: 'Reference', field: 'sha', code: 'missing_field' }], docs);
  const tag = body.ref.slice('refs/tags/'.length);
  if (repo.tags.has(tag)) throw new ApiError(422, errorBody(422, 'Reference already exists', docs));
  const sha = repo.tag_objects.has(body.sha) ? body.sha : resolveSha(repo, body.sha);
  if (sha === undefined) throw new ApiError(422, errorBody(422, 'Object does not exist', docs));
  repo.tags.set(tag, sha);
  ctx.store.version++;
  return { status: 201, body: refJson(ctx.origins, repo, tag, sha) };
}

function createTagObject(ctx: RouteContext) {
  const repo = repoOf(ctx);
  const body = objectBody(ctx);
  const docs = 'https://docs.github.com/rest/git/tags#create-a-tag-object';
  for (const field of ['tag', 'message', 'object', 'type']) {
    if (typeof body[field] !== 'string') throw validationFailed([{ resource: 'Tag', field, code: 'missing_field' }], docs);
  }
  const object = resolveSha(repo, String(body.object));
  if (object === undefined) throw new ApiError(422, errorBody(422, 'Object does not exist', docs));
  const date = nowIso();
  const sha = createHash('sha1').update(`${repo.owner}/${repo.name}\0${String(body.tag)}\0${object}\0${date}\0${ctx.store.nextId()}`).digest('hex');
  const record = { sha, tag: String(body.tag), message: String(body.message), object_sha: object, tagger: ctx.login, date };
  repo.tag_objects.set(sha, record);
  ctx.store.version++;
  return { status: 201, body: tagObjectJson(ctx.origins, repo, record) };
}

export const gitRefRoutes: Route[] = [
  { method: 'GET', pattern: '/repos/:owner/:repo/git/ref/:ref+', handler: getRef },
  { method: 'POST', pattern: '/repos/:owner/:repo/git/refs', handler: createRef },
  { method: 'POST', pattern: '/repos/:owner/:repo/git/tags', handler: createTagObject },
];
