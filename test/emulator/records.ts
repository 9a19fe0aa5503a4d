// In-memory records the store keeps: the emulator's own shape, turned into GitHub's wire format by wire/*.
import type { CheckConclusion, CheckStatus, IssueStateReason, ReviewState, StatusState } from './types';

export interface UserRecord {
  id: number;
  login: string;
  type: 'User' | 'Organization' | 'Bot';
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface MilestoneRecord {
  id: number;
  number: number;
  title: string;
  description: string | null;
  state: 'open' | 'closed';
  due_on: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
}

export interface CommentRecord {
  id: number;
  body: string;
  user: string;
  created_at: string;
  updated_at: string;
}

export interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: IssueStateReason;
  /** Label names, spelled as the repository label is. */
  labels: string[];
  assignees: string[];
  milestone: number | null;
  user: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  closed_by: string | null;
  locked: boolean;
  comments: CommentRecord[];
  /** Set for pull requests; their issue half lives here like on GitHub. */
  pull_request?: PullRequestRecord;
}

export interface ReviewRecord {
  id: number;
  user: string;
  state: ReviewState;
  submitted_at: string;
}

export interface PullRequestRecord {
  draft: boolean;
  merged_at: string | null;
  head: string;
  base: string;
  reviews: ReviewRecord[];
}

export interface ReleaseRecord {
  id: number;
  tag_name: string;
  target_commitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  author: string;
  created_at: string;
  published_at: string | null;
}

export interface TagObjectRecord {
  sha: string;
  tag: string;
  message: string;
  object_sha: string;
  tagger: string;
  date: string;
}

export interface StatusRecord {
  id: number;
  sha: string;
  context: string;
  state: StatusState;
  description: string | null;
  target_url: string | null;
  creator: string;
  created_at: string;
  updated_at: string;
}

export interface CheckRunRecord {
  id: number;
  head_sha: string;
  name: string;
  status: CheckStatus;
  conclusion: CheckConclusion;
  details_url: string | null;
  started_at: string;
  completed_at: string | null;
  suite_id: number;
}

export interface RepoRecord {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  default_branch: string;
  /** Branch name → head sha. */
  branches: Map<string, string>;
  labels: LabelRecord[];
  milestones: MilestoneRecord[];
  issues: Map<number, IssueRecord>;
  statuses: StatusRecord[];
  check_runs: CheckRunRecord[];
  releases: ReleaseRecord[];
  /** Tag name (without refs/tags/) → the sha the ref points at (a commit or an annotated tag object). */
  tags: Map<string, string>;
  /** Annotated tag objects by their sha. */
  tag_objects: Map<string, TagObjectRecord>;
  next_issue_number: number;
  created_at: string;
  updated_at: string;
  /** Numbers no longer here: deleted (410) or transferred (301 to another repository's issue). */
  gone: Map<number, GoneIssue>;
}

export type GoneIssue = { kind: 'deleted' } | { kind: 'transferred'; owner: string; repo: string; number: number };
