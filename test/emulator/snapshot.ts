// Plain-JSON views of the state for assertions (emulator.issue(...), GET /_emulator/state). Shapes follow the
// seed format (label names, milestone titles), so a snapshot can be fed back as a seed.
import type { IssueRecord, MilestoneRecord, RepoRecord } from './records';
import type { Store } from './store';
import type { CheckRunSeed, CommentSeed, IssueSeed, LabelSeed, MilestoneSeed, PullRequestSeed, ReleaseSeed, RepoSeed, StatusSeed, TagSeed } from './types';

export interface IssueSnapshot extends Required<Omit<IssueSeed, 'comments' | 'pull_request'>> {
  id: number;
  /** Only on pull requests. */
  pull_request?: Required<PullRequestSeed>;
  milestone_number: number | null;
  closed_by: string | null;
  comments: Required<CommentSeed>[];
}

export interface MilestoneSnapshot extends Required<MilestoneSeed> {
  id: number;
  updated_at: string;
  open_issues: number;
  closed_issues: number;
}

export interface RepoSnapshot extends Required<Omit<RepoSeed, 'milestones' | 'issues' | 'labels' | 'releases' | 'tags'>> {
  releases: (Required<ReleaseSeed> & { id: number; published_at: string | null })[];
  tags: Required<TagSeed>[];
  milestones: MilestoneSnapshot[];
  issues: IssueSnapshot[];
  labels: Required<LabelSeed>[];
}

export interface StateSnapshot {
  repos: RepoSnapshot[];
  users: { login: string; token?: string }[];
}

export function issueSnapshot(store: Store, repo: RepoRecord, issue: IssueRecord): IssueSnapshot {
  const milestone = issue.milestone === null ? undefined : store.milestone(repo, issue.milestone);
  return {
    id: issue.id,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    state_reason: issue.state_reason,
    labels: [...issue.labels],
    assignees: [...issue.assignees],
    milestone: milestone?.title ?? null,
    milestone_number: issue.milestone,
    user: issue.user,
    created_at: issue.created_at,
    updated_at: issue.updated_at,
    closed_at: issue.closed_at,
    closed_by: issue.closed_by,
    comments: issue.comments.map((c) => ({ body: c.body, user: c.user, created_at: c.created_at })),
    ...(issue.pull_request
      ? {
          pull_request: {
            draft: issue.pull_request.draft,
            merged_at: issue.pull_request.merged_at,
            head: issue.pull_request.head,
            base: issue.pull_request.base,
            reviews: issue.pull_request.reviews.map((r) => ({ user: r.user, state: r.state, submitted_at: r.submitted_at })),
          },
        }
      : {}),
  };
}

export function milestoneSnapshot(store: Store, repo: RepoRecord, m: MilestoneRecord): MilestoneSnapshot {
  const counts = store.milestoneCounts(repo, m.number);
  return {
    id: m.id,
    number: m.number,
    title: m.title,
    description: m.description,
    due_on: m.due_on,
    state: m.state,
    created_at: m.created_at,
    updated_at: m.updated_at,
    closed_at: m.closed_at,
    open_issues: counts.open,
    closed_issues: counts.closed,
  };
}

export function repoSnapshot(store: Store, repo: RepoRecord): RepoSnapshot {
  const statuses: Required<StatusSeed>[] = repo.statuses.map((s) => ({
    ref: s.sha, context: s.context, state: s.state, description: s.description, target_url: s.target_url,
  }));
  const checkRuns: Required<CheckRunSeed>[] = repo.check_runs.map((r) => ({
    ref: r.head_sha, name: r.name, status: r.status, conclusion: r.conclusion, details_url: r.details_url,
    started_at: r.started_at, completed_at: r.completed_at,
  }));
  return {
    owner: repo.owner,
    name: repo.name,
    defaultBranch: repo.default_branch,
    private: repo.private,
    branches: [...repo.branches].map(([name, sha]) => ({ name, sha })),
    labels: repo.labels.map((l) => ({ name: l.name, color: l.color, description: l.description })),
    milestones: repo.milestones.map((m) => milestoneSnapshot(store, repo, m)),
    issues: [...repo.issues.values()].sort((a, b) => a.number - b.number).map((i) => issueSnapshot(store, repo, i)),
    statuses,
    checkRuns,
    deletedIssues: [...repo.gone].flatMap(([number, gone]) => (gone.kind === 'deleted' ? [number] : [])),
    transferredIssues: [...repo.gone].flatMap(([number, gone]) => (gone.kind === 'transferred' ? [{ number, to: `${gone.owner}/${gone.repo}#${gone.number}` }] : [])),
    releases: repo.releases.map((r) => ({
      id: r.id, tag_name: r.tag_name, name: r.name, body: r.body, draft: r.draft, prerelease: r.prerelease,
      target_commitish: r.target_commitish, published_at: r.published_at,
    })),
    tags: [...repo.tags].map(([name, sha]) => ({ name, sha: repo.tag_objects.get(sha)?.object_sha ?? sha })),
  };
}

export function stateSnapshot(store: Store): StateSnapshot {
  const tokens = new Map([...store.tokens].map(([token, login]) => [login.toLowerCase(), token]));
  return {
    repos: [...store.repos.values()].map((repo) => repoSnapshot(store, repo)),
    users: [...store.users.values()].map((u) => {
      const token = tokens.get(u.login.toLowerCase());
      return token === undefined ? { login: u.login } : { login: u.login, token };
    }),
  };
}
