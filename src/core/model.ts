// The release domain model. Plain data: trackers produce it, the criteria engine, the tree, the lenses and the
// report read it. No `vscode` import here (see eslint.config.mjs).

export type IssueState = 'open' | 'closed';
/** GitHub's `state_reason`; `null` for issues that never changed state. */
export type StateReason = 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;

export interface Milestone {
  /** GitHub's milestone number; the local tracker numbers its milestones too. */
  readonly number: number;
  readonly title: string;
  readonly description: string;
  /** ISO 8601 or null when the milestone has no due date. */
  readonly dueOn: string | null;
  readonly state: 'open' | 'closed';
  readonly url: string | null;
}

export interface Issue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: IssueState;
  readonly stateReason: StateReason;
  /** Label names, as written by the tracker. */
  readonly labels: readonly string[];
  /** Logins (GitHub) or names (local tracker). */
  readonly assignees: readonly string[];
  /** Milestone title, or null. */
  readonly milestone: string | null;
  readonly author: string | null;
  /** ISO 8601 timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  /** Web URL for GitHub issues; null for the local tracker. */
  readonly url: string | null;
}

/** GitHub's review decision, as far as the reviews submitted so far tell it. */
export type ReviewState = 'approved' | 'changesRequested' | 'commented' | 'none';
/** Combined checks of the pull request's head; null when not known (closed pull requests, local tracker without it). */
export type PullRequestChecks = 'success' | 'failure' | 'pending' | 'none';

/** A pull request of the milestone. Listed with the issues of its role, never counted as an issue. */
export interface PullRequest {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: IssueState;
  readonly draft: boolean;
  /** ISO time it was merged; null when open or closed without merging. */
  readonly mergedAt: string | null;
  readonly labels: readonly string[];
  readonly author: string | null;
  readonly milestone: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  readonly url: string | null;
  readonly review: ReviewState;
  readonly checks: PullRequestChecks | null;
}

export interface Comment {
  readonly author: string | null;
  readonly body: string;
  readonly createdAt: string;
}

/** A role of the release team and the labels that put an issue in it. */
export interface RoleDefinition {
  /** Stable id used in config and commands, e.g. `qa`. */
  readonly id: string;
  /** Display name, e.g. `QA Engineer`. */
  readonly name: string;
  readonly labels: readonly string[];
}

/** Which machine-verifiable check a checklist template item is tied to (declared, never guessed from text). */
export type ChecklistCheck =
  | 'noUntrackedTodos'
  | 'noTodosOnClosedIssues'
  | 'allIssuesResolved'
  | 'checksGreen'
  | 'versionBumped'
  | 'changelogEntry';

export interface ChecklistTemplateItem {
  readonly text: string;
  /** Role id the item belongs to, if any. */
  readonly role?: string;
  readonly check?: ChecklistCheck;
}

export type CriterionId =
  | 'allResolved'
  | 'noOpenBlockers'
  | 'verified'
  | 'noTodoOnClosedOrMissing'
  | 'noUntrackedTodo'
  | 'checklistComplete'
  | 'customerApproval'
  | 'checksGreen'
  | 'noOpenPullRequests';

export interface LabelConfig {
  readonly blocker: string;
  readonly needsVerification: string;
  readonly verified: string;
  readonly checklist: string;
  readonly approval: string;
  readonly approved: string;
}

/** How release notes sort a role's entries: a label (any case) → the heading it goes under, in this order. */
export interface ReleaseNotesConfig {
  readonly typeLabels: readonly { readonly label: string; readonly heading: string }[];
}

export interface TeamConfig {
  readonly roles: readonly RoleDefinition[];
  readonly labels: LabelConfig;
  /** Milestone title; null = the open milestone with the nearest due date. */
  readonly milestone: string | null;
  readonly criteria: Readonly<Record<CriterionId, boolean>>;
  readonly checklistTemplate: readonly ChecklistTemplateItem[];
  /** Absent = group the notes by role only. */
  readonly releaseNotes?: ReleaseNotesConfig;
}

/** The release checklist: a Markdown task list kept in an issue body (GitHub) or in the local tracker. */
export interface Checklist {
  /** The checklist issue's number; null when the tracker keeps it outside an issue (local tracker). */
  readonly issueNumber: number | null;
  readonly body: string;
  readonly url: string | null;
}

export type ApprovalStatus = 'none' | 'requested' | 'approved' | 'declined';

export interface Approval {
  readonly status: ApprovalStatus;
  readonly issueNumber: number | null;
  readonly url: string | null;
}

/** Combined status and check runs of the default branch (GitHub only). */
export interface BranchChecks {
  readonly branch: string;
  readonly sha: string;
  readonly state: 'success' | 'failure' | 'pending' | 'none';
  readonly failing: readonly { readonly name: string; readonly url: string | null }[];
}

/** Everything a tracker knows about one release milestone at one point in time. */
export interface ReleaseData {
  readonly milestone: Milestone;
  /** Every issue of the milestone, including the checklist and approval issues. Never a pull request. */
  readonly issues: readonly Issue[];
  /** The milestone's pull requests; absent when the tracker did not read them (older snapshots). */
  readonly pullRequests?: readonly PullRequest[];
  readonly checklist: Checklist | null;
  readonly checks: BranchChecks | null;
  /** ISO time the data was read from the tracker. */
  readonly fetchedAt: string;
  /**
   * What the tracker says about the issues TODOs reference that the milestone does not hold (another milestone,
   * none, closed long ago, gone); absent until they were looked up. See core/references/.
   */
  readonly outside?: readonly OutsideIssue[];
}

/** The state of an issue outside the release milestone, as its tracker answered for it. */
export type OutsideStatus =
  /** Open, in another milestone (`milestone`) or in none. */
  | 'open'
  | 'closed'
  | 'pullRequest'
  /** 404: no such issue (or no access to it). */
  | 'notFound'
  /** 410: the issue was deleted. */
  | 'deleted'
  /** 301: moved to another repository (`movedTo`). */
  | 'transferred'
  /** Never answered: the lookup failed and nothing is known from before. */
  | 'unknown';

/** An issue a TODO references outside the release milestone. A separate shape: it is not a work item of the release. */
export interface OutsideIssue {
  /** `owner/name` for a reference to another repository; null for the release's own repository. */
  readonly repository: string | null;
  readonly number: number;
  readonly status: OutsideStatus;
  readonly title: string | null;
  /** Open or closed issue: its milestone title, null for none. */
  readonly milestone: string | null;
  readonly stateReason: StateReason;
  /** Pull request: whether it is open, closed unmerged or merged. */
  readonly pullState: 'open' | 'closed' | 'merged' | null;
  /** Transferred: `owner/name#number` where the issue went, when the tracker says. */
  readonly movedTo: string | null;
  readonly url: string | null;
  /** Set when the latest lookup failed: everything above is the last known state (or `unknown`). */
  readonly lastError: string | null;
}

/** A reference from a TODO comment to an issue: `#12`, `owner/repo#12`, `GH-12`, an issue URL, `TODO 12:`. */
export interface IssueRef {
  readonly number: number;
  /** Set when the reference names a repository (`owner/repo#12` or a URL). */
  readonly owner?: string;
  readonly repo?: string;
  /** Set for a URL reference: its host (`github.com`, `ghe.example.com:8443`), lower case. */
  readonly host?: string;
  /** The reference exactly as written. */
  readonly raw: string;
}

/** One TODO comment found in the workspace. Positions are 0-based, like VS Code's. */
export interface TodoItem {
  /** Workspace-relative path with `/` separators. */
  readonly file: string;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
  /** The tag as configured, e.g. `TODO`. */
  readonly tag: string;
  /** The comment text after the tag and reference, trimmed. */
  readonly text: string;
  readonly ref: IssueRef | null;
}
