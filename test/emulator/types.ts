// Public types of the GitHub API emulator: the seed format, faults and recorded requests.
// Seeds are plain JSON so the same file works programmatically, over POST /_emulator/seed and with main.ts --seed.

export type IssueStateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
export type StatusState = 'error' | 'failure' | 'pending' | 'success';
export type CheckStatus = 'queued' | 'in_progress' | 'completed';
export type CheckConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required'
  | null;

export interface MilestoneSeed {
  /** Defaults to the next free number in the repository. */
  number?: number;
  title: string;
  description?: string | null;
  due_on?: string | null;
  state?: 'open' | 'closed';
  created_at?: string;
  closed_at?: string | null;
}

export interface IssueSeed {
  /** Defaults to the next free number in the repository. */
  number?: number;
  title: string;
  body?: string | null;
  state?: 'open' | 'closed';
  state_reason?: IssueStateReason;
  labels?: string[];
  assignees?: string[];
  /** Milestone title (must name a milestone of the same repository). */
  milestone?: string | null;
  created_at?: string;
  updated_at?: string;
  closed_at?: string | null;
  /** Author login; defaults to the repository owner. */
  user?: string;
  comments?: CommentSeed[];
  /** Makes the issue a pull request (GitHub numbers both from one sequence; issue lists carry `pull_request`). */
  pull_request?: PullRequestSeed;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED';

export interface PullRequestSeed {
  draft?: boolean;
  /** When the (closed) pull request was merged; null or omitted = not merged. */
  merged_at?: string | null;
  /** Head branch name; added to the repository's branches when missing. Defaults to `pr-<number>`. */
  head?: string;
  /** Base branch; defaults to the default branch. */
  base?: string;
  reviews?: { user: string; state: ReviewState; submitted_at?: string }[];
}

export interface ReleaseSeed {
  tag_name: string;
  name?: string | null;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  target_commitish?: string;
}

export interface TagSeed {
  /** Tag name without refs/tags/. */
  name: string;
  /** Commit sha; defaults to the default branch head. */
  sha?: string;
}

export interface CommentSeed {
  body: string;
  user?: string;
  created_at?: string;
}

export interface LabelSeed {
  name: string;
  color?: string;
  description?: string | null;
}

export interface StatusSeed {
  /** Branch name or commit sha; defaults to the default branch. */
  ref?: string;
  context: string;
  state: StatusState;
  description?: string | null;
  target_url?: string | null;
}

export interface CheckRunSeed {
  /** Branch name or commit sha; defaults to the default branch. */
  ref?: string;
  name: string;
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  details_url?: string | null;
  started_at?: string;
  completed_at?: string | null;
}

export interface BranchSeed {
  name: string;
  /** 40 hex digits; derived from the repository and branch name when omitted. */
  sha?: string;
}

export interface RepoSeed {
  owner: string;
  name: string;
  /** Defaults to `main`. */
  defaultBranch?: string;
  private?: boolean;
  branches?: BranchSeed[];
  /** Extra repository labels (issue labels that do not exist yet are created automatically). */
  labels?: LabelSeed[];
  milestones?: MilestoneSeed[];
  issues?: IssueSeed[];
  statuses?: StatusSeed[];
  checkRuns?: CheckRunSeed[];
  /** Issue numbers that were deleted: `GET …/issues/{n}` answers 410, as GitHub does. */
  deletedIssues?: number[];
  /** Issues transferred away: `GET …/issues/{number}` answers 301 with `Location` at `to` (`owner/name#n`). */
  transferredIssues?: { number: number; to: string }[];
  releases?: ReleaseSeed[];
  /** Tag refs (refs/tags/…) that already exist on the remote. */
  tags?: TagSeed[];
}

export interface UserSeed {
  login: string;
  /** The token that authenticates as this user. */
  token?: string;
}

export interface EmulatorSeed {
  repos: RepoSeed[];
  users?: UserSeed[];
}

/**
 * Which requests a fault hits. A string starting with an HTTP method and a space (`"PATCH /repos/o/r/issues"`)
 * matches that method and a path (with query) starting with the rest; any other string matches when it occurs
 * anywhere in `METHOD /path?query`. Omitted: every API request.
 */
export type FaultMatch = string;

interface FaultBase {
  /** How many matching requests the fault hits before it expires; default 1. Use Infinity (or 1e9 in JSON) for always. */
  count?: number;
  match?: FaultMatch;
}

export interface ServerErrorFault extends FaultBase {
  kind: 'serverError';
  /** Default 500. */
  status?: 500 | 502 | 503;
}

export interface SecondaryLimitFault extends FaultBase {
  kind: 'secondaryLimit';
  /** Default 403 (GitHub also uses 429). */
  status?: 403 | 429;
  /** `retry-after` header in seconds; default 1 so tests that forget it stay fast. */
  retryAfter?: number;
}

export interface PrimaryLimitFault extends FaultBase {
  kind: 'primaryLimit';
  /** Default 403. */
  status?: 403 | 429;
  /** `x-ratelimit-reset` = now + this; default 60. */
  resetInSeconds?: number;
}

export interface SlowFault extends FaultBase {
  kind: 'slow';
  /** Delay before the request is handled (other faults and the real answer follow). */
  delayMs: number;
}

export interface DropFault extends FaultBase {
  /** Destroys the socket without answering (the client sees ECONNRESET / "socket hang up"). */
  kind: 'drop';
}

export type Fault = ServerErrorFault | SecondaryLimitFault | PrimaryLimitFault | SlowFault | DropFault;

export interface RecordedRequest {
  method: string;
  /** Path without the query string, percent-encoding kept as sent. */
  path: string;
  query: Record<string, string>;
  /** Node's lowercase header names, including authorization. */
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, the raw text when it is not JSON, undefined when empty. */
  body: unknown;
  /** Final status; 0 while pending or when a `drop` fault destroyed the socket. */
  status: number;
  /** Names the fault that answered, if any. */
  fault?: Fault['kind'];
}

export interface RateLimitSnapshot {
  limit: number;
  remaining: number;
  used: number;
  /** Epoch seconds. */
  reset: number;
}
