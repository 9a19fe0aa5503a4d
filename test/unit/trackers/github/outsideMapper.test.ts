// The state of an issue outside the milestone from GitHub's answer to GET /repos/{o}/{r}/issues/{n}: every case,
// as plain data (the emulator tests in outsideLookup.test.ts check the same over the wire).
import * as assert from 'node:assert/strict';
import type { OutsideIssue } from '../../../../src/core/model';
import { issueAddress, outsideIssueOf, type OutsideAnswer } from '../../../../src/trackers/github/outsideMapper';
import { TrackerError } from '../../../../src/trackers/tracker';
import { anOutside } from '../../builders';

const asked = { owner: 'octo', repo: 'repo' };

function wireIssue(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    number: 50,
    title: 'Plugin marketplace',
    state: 'open',
    state_reason: null,
    labels: [],
    milestone: { number: 3, title: 'v2.1' },
    html_url: 'https://github.com/octo/repo/issues/50',
    ...fields,
  };
}

const found = (fields: Record<string, unknown> = {}): OutsideAnswer => ({ kind: 'found', data: wireIssue(fields) });
const failed = (error: unknown): OutsideAnswer => ({ kind: 'failed', error });
const map = (answer: OutsideAnswer, known?: OutsideIssue, ref = { number: 50 }) => outsideIssueOf(ref, asked, answer, known);
const pick = ({ status, title, milestone, stateReason, pullState, movedTo, lastError }: OutsideIssue) => ({ status, title, milestone, stateReason, pullState, movedTo, lastError });

describe('outsideIssueOf (GitHub answer → outside issue state)', () => {
  it('open in another milestone: names the milestone', () => {
    const issue = map(found());
    assert.deepEqual(pick(issue), { status: 'open', title: 'Plugin marketplace', milestone: 'v2.1', stateReason: null, pullState: null, movedTo: null, lastError: null });
    assert.equal(issue.repository, null);
    assert.equal(issue.url, 'https://github.com/octo/repo/issues/50');
  });

  it('open without a milestone', () => {
    assert.deepEqual(pick(map(found({ milestone: null }))), { status: 'open', title: 'Plugin marketplace', milestone: null, stateReason: null, pullState: null, movedTo: null, lastError: null });
  });

  it('closed as completed and closed as not planned', () => {
    assert.deepEqual(pick(map(found({ state: 'closed', state_reason: 'completed', milestone: null }))), { status: 'closed', title: 'Plugin marketplace', milestone: null, stateReason: 'completed', pullState: null, movedTo: null, lastError: null });
    assert.equal(map(found({ state: 'closed', state_reason: 'not_planned' })).stateReason, 'not_planned');
  });

  it('a pull request: open, merged or closed unmerged', () => {
    assert.deepEqual([map(found({ pull_request: { merged_at: null } })).status, map(found({ pull_request: { merged_at: null } })).pullState], ['pullRequest', 'open']);
    assert.equal(map(found({ state: 'closed', html_url: 'https://github.com/octo/repo/pull/50', pull_request: { merged_at: '2026-11-01T00:00:00Z' } })).pullState, 'merged');
    assert.equal(map(found({ state: 'closed', pull_request: { merged_at: null } })).pullState, 'closed');
  });

  it('404: not found; 410: deleted — keeping the title known from before', () => {
    const notFound = new TrackerError('notFound', 'Not found on github.com', undefined, 404);
    const gone = new TrackerError('notFound', 'Not found on github.com', undefined, 410);
    assert.deepEqual(pick(map(failed(notFound))), { status: 'notFound', title: null, milestone: null, stateReason: null, pullState: null, movedTo: null, lastError: null });
    assert.deepEqual(pick(map(failed(gone), anOutside({ title: 'Spam' }))), { status: 'deleted', title: 'Spam', milestone: null, stateReason: null, pullState: null, movedTo: null, lastError: null });
  });

  it('301: transferred, to where the Location or the followed answer says', () => {
    const header = map({ kind: 'moved', location: 'https://api.github.com/repos/octo/other/issues/3' });
    assert.deepEqual(pick(header), { status: 'transferred', title: null, milestone: null, stateReason: null, pullState: null, movedTo: 'octo/other#3', lastError: null });
    // GitHub's Location is /repositories/{id}/issues/{n}: the followed answer names the repository.
    const followed = map({ kind: 'moved', location: 'https://api.github.com/repositories/42/issues/7', data: wireIssue({ number: 7, title: 'Moved', html_url: 'https://github.com/acme/tools/issues/7' }) });
    assert.deepEqual([followed.status, followed.movedTo, followed.title], ['transferred', 'acme/tools#7', 'Moved']);
    assert.equal(map({ kind: 'moved', location: 'https://api.github.com/repositories/42/issues/7' }).movedTo, null);
    // A redirect followed by the HTTP stack lands on the issue in another repository: transferred too.
    const landed = map(found({ number: 3, html_url: 'https://github.com/octo/other/issues/3' }));
    assert.deepEqual([landed.status, landed.movedTo], ['transferred', 'octo/other#3']);
  });

  it('offline, rate limited or 5xx: the last known state, marked; unknown without one — never "not found"', () => {
    const offline = new TrackerError('offline', 'Cannot reach github.com (ECONNREFUSED).');
    const limited = new TrackerError('rateLimited', 'GitHub rate limit reached; requests resume at 14:32', new Date());
    const known = anOutside({ status: 'closed', title: 'Old bug', milestone: null, stateReason: 'completed' });
    assert.deepEqual(pick(map(failed(offline), known)), { status: 'closed', title: 'Old bug', milestone: null, stateReason: 'completed', pullState: null, movedTo: null, lastError: 'Cannot reach github.com (ECONNREFUSED).' });
    assert.deepEqual(pick(map(failed(limited))), { status: 'unknown', title: null, milestone: null, stateReason: null, pullState: null, movedTo: null, lastError: 'GitHub rate limit reached; requests resume at 14:32' });
    assert.equal(map(failed(new TrackerError('server', 'GitHub kept failing'))).status, 'unknown');
    assert.equal(map(failed(new TrackerError('forbidden', 'refused'))).status, 'unknown');
  });

  it('a malformed answer is not trusted: last known state, marked', () => {
    const issue = map({ kind: 'found', data: { number: 'fifty' } }, anOutside({ title: 'Before' }));
    assert.deepEqual([issue.status, issue.title], ['open', 'Before']);
    assert.match(issue.lastError ?? '', /without a number or title/);
  });

  it('names the repository asked for another repository\'s reference', () => {
    const issue = outsideIssueOf({ number: 3, owner: 'acme', repo: 'tools' }, { owner: 'acme', repo: 'tools' }, found({ number: 3, html_url: 'https://github.com/acme/tools/issues/3' }));
    assert.deepEqual([issue.repository, issue.status], ['acme/tools', 'open']);
  });
});

describe('issueAddress', () => {
  it('reads web, API and Enterprise issue URLs; not /repositories/{id}', () => {
    assert.equal(issueAddress('https://github.com/o/r/issues/5'), 'o/r#5');
    assert.equal(issueAddress('https://api.github.com/repos/o/r/issues/5'), 'o/r#5');
    assert.equal(issueAddress('https://ghe.example.com/api/v3/repos/o/r/issues/5'), 'o/r#5');
    assert.equal(issueAddress('http://127.0.0.1:4000/o/r/pull/5'), 'o/r#5');
    assert.equal(issueAddress('https://api.github.com/repositories/42/issues/7'), null);
    assert.equal(issueAddress(undefined), null);
  });
});
