// Repositories, branches, combined statuses and check runs in GitHub's wire format.
import type { CheckRunRecord, RepoRecord, StatusRecord } from '../records';
import type { Store } from '../store';
import { repoApiUrl, repoWebUrl } from './issues';
import { nodeId, simpleUser, type Origins } from './users';

/** The "minimal repository" fields that every repository-shaped object carries. */
export function minimalRepoJson(o: Origins, store: Store, repo: RepoRecord): Record<string, unknown> {
  const url = repoApiUrl(o, repo);
  const host = new URL(o.web).host;
  return {
    id: repo.id,
    node_id: nodeId('R', repo.id),
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    private: repo.private,
    owner: simpleUser(o, store.user(repo.owner)),
    html_url: repoWebUrl(o, repo),
    description: null,
    fork: false,
    url,
    forks_url: `${url}/forks`,
    keys_url: `${url}/keys{/key_id}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    teams_url: `${url}/teams`,
    hooks_url: `${url}/hooks`,
    issue_events_url: `${url}/issues/events{/number}`,
    events_url: `${url}/events`,
    assignees_url: `${url}/assignees{/user}`,
    branches_url: `${url}/branches{/branch}`,
    tags_url: `${url}/tags`,
    blobs_url: `${url}/git/blobs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    trees_url: `${url}/git/trees{/sha}`,
    statuses_url: `${url}/statuses/{sha}`,
    languages_url: `${url}/languages`,
    stargazers_url: `${url}/stargazers`,
    contributors_url: `${url}/contributors`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    commits_url: `${url}/commits{/sha}`,
    git_commits_url: `${url}/git/commits{/sha}`,
    comments_url: `${url}/comments{/number}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    contents_url: `${url}/contents/{+path}`,
    compare_url: `${url}/compare/{base}...{head}`,
    merges_url: `${url}/merges`,
    archive_url: `${url}/{archive_format}{/ref}`,
    downloads_url: `${url}/downloads`,
    issues_url: `${url}/issues{/number}`,
    pulls_url: `${url}/pulls{/number}`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    labels_url: `${url}/labels{/name}`,
    releases_url: `${url}/releases{/id}`,
    deployments_url: `${url}/deployments`,
    git_url: `git://${host}/${repo.owner}/${repo.name}.git`,
    ssh_url: `git@${host}:${repo.owner}/${repo.name}.git`,
    clone_url: `${repoWebUrl(o, repo)}.git`,
    svn_url: repoWebUrl(o, repo),
  };
}

/** GET /repos/{owner}/{repo}: the "full repository". */
export function fullRepoJson(o: Origins, store: Store, repo: RepoRecord): Record<string, unknown> {
  const openIssues = [...repo.issues.values()].filter((i) => i.state === 'open').length;
  return {
    ...minimalRepoJson(o, store, repo),
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1024,
    default_branch: repo.default_branch,
    open_issues_count: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.updated_at,
    created_at: repo.created_at,
    updated_at: repo.updated_at,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_forking: true,
    web_commit_signoff_required: false,
    mirror_url: null,
    license: null,
    forks: 0,
    open_issues: openIssues,
    watchers: 0,
    network_count: 0,
    subscribers_count: 1,
    temp_clone_token: '',
  };
}

export function branchJson(o: Origins, store: Store, repo: RepoRecord, name: string, sha: string): Record<string, unknown> {
  const url = repoApiUrl(o, repo);
  const owner = simpleUser(o, store.user(repo.owner));
  const signature = { name: repo.owner, email: `${repo.owner}@users.noreply.example`, date: repo.updated_at };
  return {
    name,
    commit: {
      sha,
      node_id: nodeId('C', parseInt(sha.slice(0, 8), 16)),
      commit: {
        author: signature,
        committer: signature,
        message: `Head of ${name}`,
        tree: { sha: sha.split('').reverse().join(''), url: `${url}/git/trees/${sha}` },
        url: `${url}/git/commits/${sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      url: `${url}/commits/${sha}`,
      html_url: `${repoWebUrl(o, repo)}/commit/${sha}`,
      comments_url: `${url}/commits/${sha}/comments`,
      author: owner,
      committer: owner,
      parents: [],
    },
    _links: { self: `${url}/branches/${encodeURIComponent(name)}`, html: `${repoWebUrl(o, repo)}/tree/${name}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${url}/branches/${encodeURIComponent(name)}/protection`,
  };
}

/** GitHub's rule: any error or failure fails; otherwise anything pending (or nothing at all) is pending. */
export function combinedState(statuses: StatusRecord[]): string {
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.length === 0 || statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

export function statusJson(o: Origins, store: Store, repo: RepoRecord, s: StatusRecord): Record<string, unknown> {
  return {
    url: `${repoApiUrl(o, repo)}/statuses/${s.sha}`,
    avatar_url: simpleUser(o, store.user(s.creator)).avatar_url,
    id: s.id,
    node_id: nodeId('SC', s.id),
    state: s.state,
    description: s.description,
    target_url: s.target_url,
    context: s.context,
    created_at: s.created_at,
    updated_at: s.updated_at,
  };
}

export function checkRunJson(o: Origins, repo: RepoRecord, run: CheckRunRecord): Record<string, unknown> {
  const url = `${repoApiUrl(o, repo)}/check-runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CR', run.id),
    head_sha: run.head_sha,
    external_id: '',
    url,
    html_url: `${repoWebUrl(o, repo)}/runs/${run.id}`,
    details_url: run.details_url ?? `${repoWebUrl(o, repo)}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: `${url}/annotations` },
    check_suite: { id: run.suite_id },
    app: null,
    pull_requests: [],
  };
}
