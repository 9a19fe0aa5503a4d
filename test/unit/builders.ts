// Small typed builders for unit tests: a complete object from the fields a test cares about.
import type { Issue, Milestone, OutsideIssue, PullRequest } from '../../src/core/model';

export function anIssue(fields: Partial<Issue> = {}): Issue {
  const number = fields.number ?? 1;
  return {
    number,
    title: `Issue ${number}`,
    body: '',
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    milestone: 'v1.0',
    author: 'octocat',
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    closedAt: null,
    url: `https://github.com/octo/repo/issues/${number}`,
    ...fields,
  };
}

export function aMilestone(fields: Partial<Milestone> = {}): Milestone {
  return {
    number: 1,
    title: 'v1.0',
    description: '',
    dueOn: '2026-12-15T00:00:00Z',
    state: 'open',
    url: 'https://github.com/octo/repo/milestone/1',
    ...fields,
  };
}

/** The tracker's answer for an issue outside the milestone; by default open in milestone v2.1. */
export function anOutside(fields: Partial<OutsideIssue> = {}): OutsideIssue {
  const number = fields.number ?? 50;
  return {
    repository: null,
    number,
    status: 'open',
    title: `Issue ${number}`,
    milestone: 'v2.1',
    stateReason: null,
    pullState: null,
    movedTo: null,
    url: `https://github.com/octo/repo/issues/${number}`,
    lastError: null,
    ...fields,
  };
}

export function aPullRequest(fields: Partial<PullRequest> = {}): PullRequest {
  const number = fields.number ?? 100;
  return {
    number,
    title: `Pull request ${number}`,
    body: '',
    state: 'open',
    draft: false,
    mergedAt: null,
    labels: [],
    author: 'octocat',
    milestone: 'v1.0',
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    closedAt: null,
    url: `https://github.com/octo/repo/pull/${number}`,
    review: 'none',
    checks: null,
    ...fields,
  };
}
