// Labels, milestones, issues and comments in GitHub's wire format (snake_case, every required field present).
import type { CommentRecord, IssueRecord, LabelRecord, MilestoneRecord, RepoRecord } from '../records';
import type { Store } from '../store';
import { nodeId, simpleUser, type Origins } from './users';

export function repoApiUrl(o: Origins, repo: RepoRecord): string {
  return `${o.api}/repos/${repo.owner}/${repo.name}`;
}

export function repoWebUrl(o: Origins, repo: RepoRecord): string {
  return `${o.web}/${repo.owner}/${repo.name}`;
}

export function labelJson(o: Origins, repo: RepoRecord, label: LabelRecord): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoApiUrl(o, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

export function milestoneJson(o: Origins, store: Store, repo: RepoRecord, m: MilestoneRecord): Record<string, unknown> {
  const url = `${repoApiUrl(o, repo)}/milestones/${m.number}`;
  const counts = store.milestoneCounts(repo, m.number);
  return {
    url,
    html_url: `${repoWebUrl(o, repo)}/milestone/${m.number}`,
    labels_url: `${url}/labels`,
    id: m.id,
    node_id: nodeId('MI', m.id),
    number: m.number,
    title: m.title,
    description: m.description,
    creator: simpleUser(o, store.user(m.creator)),
    open_issues: counts.open,
    closed_issues: counts.closed,
    state: m.state,
    created_at: m.created_at,
    updated_at: m.updated_at,
    due_on: m.due_on,
    closed_at: m.closed_at,
  };
}

export function issueLabelsJson(o: Origins, store: Store, repo: RepoRecord, issue: IssueRecord): Record<string, unknown>[] {
  return issue.labels.flatMap((name) => {
    const label = store.label(repo, name);
    return label ? [labelJson(o, repo, label)] : [];
  });
}

function authorAssociation(repo: RepoRecord, login: string): string {
  return login.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR';
}

export function issueJson(o: Origins, store: Store, repo: RepoRecord, issue: IssueRecord): Record<string, unknown> {
  const url = `${repoApiUrl(o, repo)}/issues/${issue.number}`;
  const milestone = issue.milestone === null ? undefined : store.milestone(repo, issue.milestone);
  const assignees = issue.assignees.map((login) => simpleUser(o, store.user(login)));
  return {
    url,
    repository_url: repoApiUrl(o, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoWebUrl(o, repo)}/issues/${issue.number}`,
    id: issue.id,
    node_id: nodeId('I', issue.id),
    number: issue.number,
    title: issue.title,
    user: simpleUser(o, store.user(issue.user)),
    labels: issueLabelsJson(o, store, repo, issue),
    state: issue.state,
    locked: issue.locked,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: milestone ? milestoneJson(o, store, repo, milestone) : null,
    comments: issue.comments.length,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    closed_by: issue.closed_by ? simpleUser(o, store.user(issue.closed_by)) : null,
    author_association: authorAssociation(repo, issue.user),
    active_lock_reason: null,
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
    body: issue.body,
    reactions: reactions(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.state_reason,
    // GitHub's issue lists include pull requests, told apart by this key only.
    ...(issue.pull_request
      ? {
          draft: issue.pull_request.draft,
          pull_request: {
            url: `${repoApiUrl(o, repo)}/pulls/${issue.number}`,
            html_url: `${repoWebUrl(o, repo)}/pull/${issue.number}`,
            diff_url: `${repoWebUrl(o, repo)}/pull/${issue.number}.diff`,
            patch_url: `${repoWebUrl(o, repo)}/pull/${issue.number}.patch`,
            merged_at: issue.pull_request.merged_at,
          },
        }
      : {}),
  };
}

export function commentJson(o: Origins, store: Store, repo: RepoRecord, issue: IssueRecord, c: CommentRecord): Record<string, unknown> {
  const url = `${repoApiUrl(o, repo)}/issues/comments/${c.id}`;
  return {
    url,
    html_url: `${repoWebUrl(o, repo)}/issues/${issue.number}#issuecomment-${c.id}`,
    issue_url: `${repoApiUrl(o, repo)}/issues/${issue.number}`,
    id: c.id,
    node_id: nodeId('IC', c.id),
    user: simpleUser(o, store.user(c.user)),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: authorAssociation(repo, c.user),
    body: c.body,
    reactions: reactions(`${url}/reactions`),
    performed_via_github_app: null,
  };
}

function reactions(url: string): Record<string, unknown> {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}
