import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_LABELS } from '../../../../src/core/config/defaults';
import { isPullRequest, labelNames, mapComment, mapIssue, mapMilestone, pickChecklist, sortMilestones } from '../../../../src/trackers/github/issueMapper';
import { TrackerError } from '../../../../src/trackers/tracker';
import { fromRoot } from '../../../repoRoot';
import { aMilestone, anIssue } from '../../builders';

interface RecordedExchange {
  method: string;
  path: string;
  status: number;
  response: unknown;
}

function scenario(name: string): RecordedExchange[] {
  const file = fromRoot('node_modules', '@octokit', 'fixtures', 'scenarios', 'api.github.com', name, 'normalized-fixture.json');
  return JSON.parse(readFileSync(file, 'utf8')) as RecordedExchange[];
}

describe('issueMapper', () => {
  describe('on recorded GitHub traffic (@octokit/fixtures)', () => {
    it('maps every issue of the paginate-issues scenario', () => {
      const pages = scenario('paginate-issues').filter((e) => e.method === 'get');
      const issues = pages.flatMap((page) => page.response as unknown[]).map(mapIssue);
      assert.deepEqual(issues.map((i) => i.number), [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
      const first = issues[0];
      assert.equal(first.title, 'Test issue 13');
      assert.equal(first.body, '', 'a null body becomes an empty string');
      assert.equal(first.state, 'open');
      assert.equal(first.stateReason, null);
      assert.deepEqual(first.labels, []);
      assert.deepEqual(first.assignees, []);
      assert.equal(first.milestone, null);
      assert.equal(first.author, 'octokit-fixture-user-a');
      assert.equal(first.createdAt, '2017-10-10T16:00:00Z');
      assert.equal(first.updatedAt, '2017-10-10T16:00:00Z');
      assert.equal(first.closedAt, null);
      assert.equal(first.url, 'https://github.com/octokit-fixture-org/paginate-issues/issues/13');
    });

    it('reads label names from the labels scenario', () => {
      const list = scenario('labels').find((e) => e.method === 'get' && e.path.endsWith('/labels'));
      assert.ok(list);
      const names = labelNames(list.response);
      assert.ok(names.includes('bug'));
      assert.ok(names.includes('documentation'));
      assert.equal(names.length, (list.response as unknown[]).length);
    });

    it('reads the labels added to an issue (add-labels-to-issue scenario)', () => {
      const added = scenario('add-labels-to-issue').find((e) => e.method === 'post' && e.path.endsWith('/labels'));
      assert.ok(added);
      assert.deepEqual(labelNames(added.response), ['Foo', 'bAr', 'baZ']);
      const created = scenario('add-labels-to-issue').find((e) => e.method === 'post' && e.path.endsWith('/issues'));
      assert.equal(mapIssue(created?.response).title, 'Issue without a label');
    });
  });

  it('maps a closed issue with labels, assignees, milestone and state reason', () => {
    const issue = mapIssue({
      number: 7,
      title: 'Crash on save',
      body: 'Steps…',
      state: 'closed',
      state_reason: 'not_planned',
      labels: [{ name: 'role:qa' }, 'blocker', { name: null }, { color: 'fff' }],
      assignees: [{ login: 'ana' }, { login: 'bo' }],
      milestone: { title: 'v1.0', number: 1 },
      user: { login: 'octocat' },
      created_at: '2026-10-01T09:00:00Z',
      updated_at: '2026-10-02T09:00:00Z',
      closed_at: '2026-10-02T09:00:00Z',
      html_url: 'https://github.com/octo/repo/issues/7',
    });
    assert.deepEqual(issue, {
      number: 7,
      title: 'Crash on save',
      body: 'Steps…',
      state: 'closed',
      stateReason: 'not_planned',
      labels: ['role:qa', 'blocker'],
      assignees: ['ana', 'bo'],
      milestone: 'v1.0',
      author: 'octocat',
      createdAt: '2026-10-01T09:00:00Z',
      updatedAt: '2026-10-02T09:00:00Z',
      closedAt: '2026-10-02T09:00:00Z',
      url: 'https://github.com/octo/repo/issues/7',
    });
  });

  it('falls back to the single assignee and drops unknown state reasons', () => {
    const issue = mapIssue({ number: 1, title: 't', state: 'open', state_reason: 'bogus', assignee: { login: 'solo' }, created_at: 'x', updated_at: 'y' });
    assert.deepEqual(issue.assignees, ['solo']);
    assert.equal(issue.stateReason, null);
    assert.equal(issue.author, null);
  });

  it('refuses an issue without number or title', () => {
    assert.throws(() => mapIssue({ title: 'no number' }), (e: unknown) => e instanceof TrackerError && e.code === 'invalidData');
    assert.throws(() => mapIssue(null), TrackerError);
  });

  it('recognises pull requests in the issues list', () => {
    assert.equal(isPullRequest({ number: 1, pull_request: { url: 'x' } }), true);
    assert.equal(isPullRequest({ number: 1 }), false);
    assert.equal(isPullRequest({ number: 1, pull_request: null }), false);
  });

  it('maps milestones and comments', () => {
    assert.deepEqual(mapMilestone({ number: 3, title: 'v2', description: null, due_on: null, state: 'closed', html_url: 'u' }), {
      number: 3, title: 'v2', description: '', dueOn: null, state: 'closed', url: 'u',
    });
    assert.deepEqual(mapComment({ body: 'LGTM', user: { login: 'qa' }, created_at: '2026-01-01T00:00:00Z' }), {
      author: 'qa', body: 'LGTM', createdAt: '2026-01-01T00:00:00Z',
    });
  });

  it('sorts milestones by due date, undated last', () => {
    const sorted = sortMilestones([
      aMilestone({ title: 'later', dueOn: '2026-12-01T00:00:00Z' }),
      aMilestone({ title: 'undated', dueOn: null }),
      aMilestone({ title: 'old', dueOn: '2025-01-01T00:00:00Z', state: 'closed' }),
      aMilestone({ title: 'soon', dueOn: '2026-11-01T00:00:00Z' }),
    ]);
    assert.deepEqual(sorted.map((m) => m.title), ['old', 'soon', 'later', 'undated']);
  });

  it('picks the open checklist issue with the lowest number, label case-insensitively', () => {
    const issues = [
      anIssue({ number: 1, labels: ['release-checklist'], state: 'closed', body: 'old' }),
      anIssue({ number: 5, labels: ['Release-Checklist'], body: 'newer' }),
      anIssue({ number: 4, labels: ['release-checklist'], body: 'current' }),
      anIssue({ number: 2, labels: ['bug'] }),
    ];
    assert.deepEqual(pickChecklist(issues, DEFAULT_LABELS.checklist), {
      issueNumber: 4, body: 'current', url: 'https://github.com/octo/repo/issues/4',
    });
    assert.equal(pickChecklist([issues[3]], DEFAULT_LABELS.checklist), null);
    assert.equal(pickChecklist([issues[0]], DEFAULT_LABELS.checklist)?.issueNumber, 1);
  });
});
