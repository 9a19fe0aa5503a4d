// Pull requests, reviews, releases and git refs / tag objects in GitHub's wire format.
import type { IssueRecord, PullRequestRecord, ReleaseRecord, RepoRecord, ReviewRecord, TagObjectRecord } from '../records';
import type { Store } from '../store';
import { issueLabelsJson, milestoneJson, repoApiUrl, repoWebUrl } from './issues';
import { fullRepoJson } from './repo';
import { nodeId, simpleUser, type Origins } from './users';

function branchRef(o: Origins, store: Store, repo: RepoRecord, branch: string): Record<string, unknown> {
  return {
    label: `${repo.owner}:${branch}`,
    ref: branch,
    sha: repo.branches.get(branch) ?? '',
    user: simpleUser(o, store.user(repo.owner)),
    repo: fullRepoJson(o, store, repo),
  };
}

export function pullJson(o: Origins, store: Store, repo: RepoRecord, issue: IssueRecord & { pull_request: PullRequestRecord }): Record<string, unknown> {
  const url = `${repoApiUrl(o, repo)}/pulls/${issue.number}`;
  const html = `${repoWebUrl(o, repo)}/pull/${issue.number}`;
  const milestone = issue.milestone === null ? undefined : store.milestone(repo, issue.milestone);
  const assignees = issue.assignees.map((login) => simpleUser(o, store.user(login)));
  const pr = issue.pull_request;
  return {
    url,
    id: issue.id,
    node_id: nodeId('PR', issue.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApiUrl(o, repo)}/issues/${issue.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApiUrl(o, repo)}/pulls/comments{/number}`,
    comments_url: `${repoApiUrl(o, repo)}/issues/${issue.number}/comments`,
    statuses_url: `${repoApiUrl(o, repo)}/statuses/${repo.branches.get(pr.head) ?? ''}`,
    number: issue.number,
    state: issue.state,
    locked: issue.locked,
    title: issue.title,
    user: simpleUser(o, store.user(issue.user)),
    body: issue.body,
    labels: issueLabelsJson(o, store, repo, issue),
    milestone: milestone ? milestoneJson(o, store, repo, milestone) : null,
    active_lock_reason: null,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    merged_at: pr.merged_at,
    merge_commit_sha: null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branchRef(o, store, repo, pr.head),
    base: branchRef(o, store, repo, pr.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: `${repoApiUrl(o, repo)}/issues/${issue.number}` },
      comments: { href: `${repoApiUrl(o, repo)}/issues/${issue.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoApiUrl(o, repo)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoApiUrl(o, repo)}/statuses/${repo.branches.get(pr.head) ?? ''}` },
    },
    author_association: issue.user.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: pr.draft,
  };
}

/** GET /pulls/{n}: the list shape plus the detail fields (diff stats are not modelled: zeros). */
export function pullDetailJson(o: Origins, store: Store, repo: RepoRecord, issue: IssueRecord & { pull_request: PullRequestRecord }): Record<string, unknown> {
  const merged = issue.pull_request.merged_at !== null;
  return {
    ...pullJson(o, store, repo, issue),
    merged,
    mergeable: issue.state === 'open' ? true : null,
    rebaseable: issue.state === 'open' ? true : null,
    mergeable_state: issue.state === 'open' ? (issue.pull_request.draft ? 'draft' : 'clean') : 'unknown',
    merged_by: merged ? simpleUser(o, store.user(repo.owner)) : null,
    comments: issue.comments.length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

export function reviewJson(o: Origins, store: Store, repo: RepoRecord, issue: IssueRecord, review: ReviewRecord): Record<string, unknown> {
  const html = `${repoWebUrl(o, repo)}/pull/${issue.number}`;
  return {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: simpleUser(o, store.user(review.user)),
    body: '',
    state: review.state,
    html_url: `${html}#pullrequestreview-${review.id}`,
    pull_request_url: `${repoApiUrl(o, repo)}/pulls/${issue.number}`,
    _links: { html: { href: `${html}#pullrequestreview-${review.id}` }, pull_request: { href: `${repoApiUrl(o, repo)}/pulls/${issue.number}` } },
    submitted_at: review.submitted_at,
    commit_id: repo.branches.get(issue.pull_request?.head ?? '') ?? null,
    author_association: review.user.toLowerCase() === repo.owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR',
  };
}

export function releaseJson(o: Origins, store: Store, repo: RepoRecord, r: ReleaseRecord): Record<string, unknown> {
  const url = `${repoApiUrl(o, repo)}/releases/${r.id}`;
  const tagPath = encodeURIComponent(r.tag_name);
  return {
    url,
    html_url: r.draft ? `${repoWebUrl(o, repo)}/releases/tag/untagged-${r.id}` : `${repoWebUrl(o, repo)}/releases/tag/${tagPath}`,
    assets_url: `${url}/assets`,
    upload_url: `${o.api}/uploads/repos/${repo.owner}/${repo.name}/releases/${r.id}/assets{?name,label}`,
    tarball_url: `${repoApiUrl(o, repo)}/tarball/${tagPath}`,
    zipball_url: `${repoApiUrl(o, repo)}/zipball/${tagPath}`,
    id: r.id,
    node_id: nodeId('RE', r.id),
    tag_name: r.tag_name,
    target_commitish: r.target_commitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.created_at,
    published_at: r.published_at,
    author: simpleUser(o, store.user(r.author)),
    assets: [],
  };
}

export function refJson(o: Origins, repo: RepoRecord, tag: string, sha: string): Record<string, unknown> {
  const annotated = repo.tag_objects.has(sha);
  return {
    ref: `refs/tags/${tag}`,
    node_id: nodeId('REF', Number.parseInt(sha.slice(0, 8) || '0', 16)),
    url: `${repoApiUrl(o, repo)}/git/refs/tags/${encodeURIComponent(tag)}`,
    object: {
      type: annotated ? 'tag' : 'commit',
      sha,
      url: `${repoApiUrl(o, repo)}/git/${annotated ? 'tags' : 'commits'}/${sha}`,
    },
  };
}

export function tagObjectJson(o: Origins, repo: RepoRecord, t: TagObjectRecord): Record<string, unknown> {
  return {
    node_id: nodeId('TAG', Number.parseInt(t.sha.slice(0, 8), 16)),
    tag: t.tag,
    sha: t.sha,
    url: `${repoApiUrl(o, repo)}/git/tags/${t.sha}`,
    message: t.message,
    tagger: { name: t.tagger, email: `${t.tagger}@users.noreply.example`, date: t.date },
    object: { type: 'commit', sha: t.object_sha, url: `${repoApiUrl(o, repo)}/git/commits/${t.object_sha}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}
