import * as assert from 'node:assert/strict';
import { evaluateCriteria } from '../../../../src/core/criteria/criteria';
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import { groupByRole } from '../../../../src/core/issueGroups';
import { closingReferences, mergedPullsClosing, pullStateWords, reviewDecision } from '../../../../src/core/pulls/pullRequests';
import { anIssue, aPullRequest } from '../../builders';
import { aRelease, anInput, withCriteria } from '../releaseBuilders';

describe('pull requests of the milestone', () => {
  it('reads GitHub closing keywords, lists of references and same-repository full references', () => {
    assert.deepEqual(closingReferences('Fixes #12'), [12]);
    assert.deepEqual(closingReferences('closes: #3, #4 and resolved #9. Fixed octo/repo#7'), [3, 4, 9], 'a full reference needs the repository');
    assert.deepEqual(closingReferences('Fixed octo/repo#7', { owner: 'Octo', repo: 'repo' }), [7]);
    assert.deepEqual(closingReferences('Fixed other/repo#7', { owner: 'octo', repo: 'repo' }), []);
    assert.deepEqual(closingReferences('See #5, prefix#6, unfixes #8, hotfix #10'), []);
  });

  it('takes each reviewer\'s latest decision; a change request wins; comments alone are "commented"', () => {
    assert.equal(reviewDecision([]), 'none');
    assert.equal(reviewDecision([{ user: 'a', state: 'COMMENTED' }]), 'commented');
    assert.equal(reviewDecision([{ user: 'a', state: 'CHANGES_REQUESTED' }, { user: 'a', state: 'APPROVED' }]), 'approved');
    assert.equal(reviewDecision([{ user: 'a', state: 'APPROVED' }, { user: 'b', state: 'CHANGES_REQUESTED' }]), 'changesRequested');
    assert.equal(reviewDecision([{ user: 'a', state: 'APPROVED' }, { user: 'A', state: 'COMMENTED' }]), 'approved');
  });

  it('words the state: draft, review and checks for open ones, merged or closed otherwise', () => {
    assert.deepEqual(pullStateWords(aPullRequest({ draft: true, review: 'changesRequested', checks: 'failure' })), ['draft', 'changes requested', 'checks failing']);
    assert.deepEqual(pullStateWords(aPullRequest({ review: 'approved', checks: 'success' })), ['open', 'approved', 'checks passed']);
    assert.deepEqual(pullStateWords(aPullRequest({ state: 'closed', mergedAt: '2026-11-01T00:00:00Z' })), ['merged']);
    assert.deepEqual(pullStateWords(aPullRequest({ state: 'closed' })), ['closed without merging']);
  });

  it('finds the merged pull requests that closed an issue, not open or unmerged ones', () => {
    const data = aRelease({
      issues: [anIssue({ number: 1, state: 'closed' })],
      pullRequests: [
        aPullRequest({ number: 10, body: 'Fixes #1', state: 'closed', mergedAt: '2026-11-01T00:00:00Z' }),
        aPullRequest({ number: 11, body: 'Fixes #1' }),
        aPullRequest({ number: 12, body: 'Fixes #1', state: 'closed' }),
      ],
    });
    assert.deepEqual(mergedPullsClosing(1, data).map((p) => p.number), [10]);
    assert.deepEqual(mergedPullsClosing(2, data), []);
  });

  it('lists pull requests under their roles without counting them in role or release totals', () => {
    const issues = [anIssue({ number: 1, labels: ['role:code'] }), anIssue({ number: 2, labels: ['role:qa'], state: 'closed' })];
    const pulls = [aPullRequest({ number: 3, labels: ['role:code'] }), aPullRequest({ number: 4, state: 'closed', mergedAt: '2026-11-01T00:00:00Z' })];
    const groups = groupByRole(issues, DEFAULT_CONFIG, undefined, undefined, pulls);
    const code = groups.groups.find((g) => g.role.id === 'code')!;
    assert.deepEqual([code.total, code.issues.length, code.pulls.map((p) => p.number)], [1, 1, [3]]);
    assert.deepEqual(groups.groups.find((g) => g.role.id === 'unassigned')!.pulls.map((p) => p.number), [4]);
    assert.deepEqual([groups.total, groups.resolved, groups.pullCount], [2, 1, 2]);
    const openOnly = groupByRole(issues, DEFAULT_CONFIG, { openOnly: true, blockersOnly: false, assignee: null }, undefined, pulls);
    assert.deepEqual(openOnly.groups.find((g) => g.role.id === 'unassigned')!.pulls, []);
  });

  describe('criterion "no open pull requests in the milestone"', () => {
    const verdict = (pullRequests: ReturnType<typeof aPullRequest>[], config = DEFAULT_CONFIG) =>
      evaluateCriteria(anInput({ data: aRelease({ pullRequests }), config })).criteria.find((c) => c.id === 'noOpenPullRequests')!;

    it('passes without pull requests and with only merged or closed ones', () => {
      assert.equal(verdict([]).passed, true);
      assert.equal(verdict([aPullRequest({ state: 'closed', mergedAt: '2026-11-01T00:00:00Z' }), aPullRequest({ number: 5, state: 'closed' })]).passed, true);
    });

    it('fails on an open one (drafts too), naming them, and flips the verdict to NO-GO', () => {
      const result = verdict([aPullRequest({ number: 7, title: 'Gift wrap', draft: true })]);
      assert.deepEqual([result.passed, result.reason, result.items], [false, '1 pull request still open.', [{ kind: 'issue', number: 7, title: 'Gift wrap', url: 'https://github.com/octo/repo/pull/7' }]]);
      const go = evaluateCriteria(anInput({ data: aRelease({ pullRequests: [] }) }));
      const noGo = evaluateCriteria(anInput({ data: aRelease({ pullRequests: [aPullRequest()] }) }));
      assert.deepEqual([go.verdict, noGo.verdict], ['GO', 'NO-GO']);
    });

    it('is on by default and can be switched off in the team config', () => {
      assert.equal(DEFAULT_CONFIG.criteria.noOpenPullRequests, true);
      const off = verdict([aPullRequest()], withCriteria({ noOpenPullRequests: false }));
      assert.equal(off.skipped, true);
      assert.equal(evaluateCriteria(anInput({ data: aRelease({ pullRequests: [aPullRequest()] }), config: withCriteria({ noOpenPullRequests: false }) })).verdict, 'GO');
    });
  });
});
