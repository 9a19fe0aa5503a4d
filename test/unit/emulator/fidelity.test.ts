// Validates the emulator's answers against GitHub's published response schemas (@octokit/openapi), so tests
// that pass against the emulator exercise the real wire format, required fields included.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv, { type ValidateFunction } from 'ajv';
import { fromRoot } from '../../repoRoot';
import { GitHubEmulator, seedIssue, seedWith } from '../../emulator/index';
import { shaFor } from '../../emulator/store';
import { call } from './emulatorClient';

type Spec = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  ajv.addFormat('date-time', (v: string) => RFC3339.test(v) && !Number.isNaN(Date.parse(v)));
  ajv.addFormat('uri', (v: string) => URL.canParse(v));
  ajv.addFormat('email', (v: string) => /^[^@\s]+@[^@\s]+$/.test(v));
  for (const name of ['int64', 'int32', 'uri-template', 'date', 'uuid', 'hostname', 'ipv4', 'ipv6', 'binary', 'repo.nwo', 'ssh-key', 'ssh-key fingerprint']) {
    ajv.addFormat(name, true);
  }
  return ajv;
}

/**
 * OpenAPI 3.0's `nullable` without a `type` (on allOf / anyOf / oneOf) is not JSON Schema; Ajv refuses it, so
 * such a schema becomes `anyOf: [null, schema]`. With a `type`, Ajv's own `nullable` support applies.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'enum' || key === 'example' ? value : toJsonSchema(value);
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [{ type: 'null' }, out] };
  }
  if (out.nullable !== undefined && out.type === undefined) delete out.nullable;
  return out;
}

/**
 * Drops the properties of `schema` that none of `instances` has. Validation of those instances is unchanged
 * (an absent property is never checked; `required` stays), but Ajv compiles a fraction of GitHub's deeply
 * nested schemas, which keeps this suite in seconds.
 */
function pruneTo(schema: unknown, instances: unknown[]): unknown {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return schema;
  const out: Record<string, unknown> = { ...schema };
  const objects = instances.filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null && !Array.isArray(i));
  if (typeof out.properties === 'object' && out.properties !== null) {
    const kept: Record<string, unknown> = {};
    for (const [key, sub] of Object.entries(out.properties)) {
      const values = objects.filter((o) => key in o).map((o) => o[key]);
      if (values.length > 0) kept[key] = pruneTo(sub, values);
    }
    out.properties = kept;
  }
  if (out.items !== undefined) out.items = pruneTo(out.items, instances.flatMap((i) => (Array.isArray(i) ? i : [])));
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((branch) => pruneTo(branch, instances));
  }
  return out;
}

/** [method, API path template, status, request path, body] */
type Case = [string, string, number, string, unknown?];

const cases: Case[] = [
  ['get', '/user', 200, '/user'],
  ['get', '/rate_limit', 200, '/rate_limit'],
  ['get', '/repos/{owner}/{repo}', 200, '/repos/octo/repo'],
  ['get', '/repos/{owner}/{repo}/milestones', 200, '/repos/octo/repo/milestones?state=all'],
  ['get', '/repos/{owner}/{repo}/milestones/{milestone_number}', 200, '/repos/octo/repo/milestones/1'],
  ['get', '/repos/{owner}/{repo}/issues', 200, '/repos/octo/repo/issues?state=all'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}', 200, '/repos/octo/repo/issues/2'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}', 404, '/repos/octo/repo/issues/404'],
  ['post', '/repos/{owner}/{repo}/issues', 201, '/repos/octo/repo/issues', { title: 'New', labels: ['x'], milestone: 1, assignees: ['ana'] }],
  ['post', '/repos/{owner}/{repo}/issues', 422, '/repos/octo/repo/issues', { body: 'no title' }],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}', 200, '/repos/octo/repo/issues/1', { state: 'closed', state_reason: 'not_planned' }],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}', 422, '/repos/octo/repo/issues/1', { milestone: 99 }],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels', 200, '/repos/octo/repo/issues/1/labels', { labels: ['verified'] }],
  ['put', '/repos/{owner}/{repo}/issues/{issue_number}/labels', 200, '/repos/octo/repo/issues/1/labels', { labels: ['role:qa', 'verified'] }],
  ['delete', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', 200, '/repos/octo/repo/issues/1/labels/verified'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 200, '/repos/octo/repo/issues/2/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 201, '/repos/octo/repo/issues/2/comments', { body: 'Verified.' }],
  ['get', '/repos/{owner}/{repo}/labels', 200, '/repos/octo/repo/labels'],
  ['post', '/repos/{owner}/{repo}/labels', 201, '/repos/octo/repo/labels', { name: 'p1', color: 'ff0000', description: 'Urgent' }],
  ['get', '/repos/{owner}/{repo}/commits/{ref}/status', 200, '/repos/octo/repo/commits/main/status'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}/check-runs', 200, '/repos/octo/repo/commits/main/check-runs'],
  ['get', '/repos/{owner}/{repo}/branches/{branch}', 200, '/repos/octo/repo/branches/main'],
  ['get', '/repos/{owner}/{repo}/pulls', 200, '/repos/octo/repo/pulls?state=all'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}', 200, '/repos/octo/repo/pulls/4'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews', 200, '/repos/octo/repo/pulls/4/reviews'],
  ['get', '/repos/{owner}/{repo}/releases', 200, '/repos/octo/repo/releases'],
  ['get', '/repos/{owner}/{repo}/releases/tags/{tag}', 200, '/repos/octo/repo/releases/tags/v0.9.0'],
  ['post', '/repos/{owner}/{repo}/releases', 201, '/repos/octo/repo/releases', { tag_name: 'v1.0.0', name: 'v1.0.0', body: '# Notes', draft: true }],
  ['post', '/repos/{owner}/{repo}/releases', 422, '/repos/octo/repo/releases', { tag_name: 'v1.0.0' }],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}', 200, '/repos/octo/repo/git/ref/tags/v0.9.0'],
  ['post', '/repos/{owner}/{repo}/git/tags', 201, '/repos/octo/repo/git/tags', { tag: 'v2.0.0', message: 'Release v2.0.0', object: shaFor('octo', 'repo', 'main'), type: 'commit' }],
  ['post', '/repos/{owner}/{repo}/git/refs', 201, '/repos/octo/repo/git/refs', { ref: 'refs/tags/v2.0.1', sha: shaFor('octo', 'repo', 'main') }],
  ['patch', '/repos/{owner}/{repo}/milestones/{milestone_number}', 200, '/repos/octo/repo/milestones/1', { state: 'closed' }],
];

describe('emulator fidelity to the GitHub REST schemas', function () {
  this.timeout(30_000);
  let spec: Spec;
  let ajv: Ajv;
  let emu: GitHubEmulator;

  before(async () => {
    spec = JSON.parse(readFileSync(fromRoot('node_modules/@octokit/openapi/generated/api.github.com.deref.json'), 'utf8')) as Spec;
    ajv = makeAjv();
    emu = await GitHubEmulator.start({
      seed: seedWith({
        issues: [
          seedIssue({ number: 1, labels: ['role:code', 'blocker'], assignees: ['ana', 'bo'] }),
          seedIssue({ number: 2, state: 'closed', labels: ['role:qa'], comments: [{ body: 'Done', user: 'ana' }] }),
          seedIssue({ number: 3, milestone: null, body: null }),
          seedIssue({ number: 4, title: 'Add export', pull_request: { draft: true, head: 'export', reviews: [{ user: 'ana', state: 'APPROVED' }] } }),
          seedIssue({ number: 5, title: 'Fix wrap', state: 'closed', pull_request: { merged_at: '2026-11-01T10:00:00Z' } }),
        ],
        releases: [{ tag_name: 'v0.9.0', name: 'v0.9.0', body: 'Old', draft: false }],
        statuses: [{ context: 'ci/build', state: 'success', target_url: 'https://ci.example/1' }, { context: 'ci/lint', state: 'failure' }],
        checkRuns: [{ name: 'test', conclusion: 'failure', details_url: 'https://ci.example/run/2' }, { name: 'e2e', status: 'in_progress' }],
      }),
    });
  });
  after(() => emu?.stop());

  /** A validator for GitHub's response schema of one operation and status, compiled for `instance`'s shape. */
  function validatorFor(method: string, path: string, status: number, instance: unknown): ValidateFunction {
    const schema = spec.paths[path]?.[method]?.responses[String(status)]?.content?.['application/json']?.schema;
    assert.ok(schema, `no application/json schema for ${method} ${path} ${status}`);
    return ajv.compile(toJsonSchema(pruneTo(schema, [instance])) as object);
  }

  for (const [method, path, status, url, body] of cases) {
    it(`${method.toUpperCase()} ${path} → ${status}`, async () => {
      const reply = await call(emu.url, method.toUpperCase(), url, { body, headers: { authorization: 'token any' } });
      assert.equal(reply.status, status, reply.text);
      const validate = validatorFor(method, path, status, reply.body);
      const valid = validate(reply.body);
      assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    });
  }

  it('catches a missing required field (the check itself can fail)', async () => {
    const reply = await call(emu.url, 'GET', '/repos/octo/repo/issues/2');
    delete reply.body.node_id;
    const validate = validatorFor('get', '/repos/{owner}/{repo}/issues/{issue_number}', 200, reply.body);
    assert.equal(validate(reply.body), false);
    assert.equal(validate.errors?.[0].params.missingProperty, 'node_id');
  });
});
