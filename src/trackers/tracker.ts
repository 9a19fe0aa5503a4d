// The one interface every surface, the CLI and the criteria engine use to read and write release data.
// Implementations: localTracker.ts (`.release/issues.json`) and githubTracker.ts (@octokit/rest).
// No `vscode` import: the extension injects what it needs (credentials, storage) through ports.
import type { Checklist, Comment, Issue, Milestone, OutsideIssue, ReleaseData } from '../core/model';
import type { OutsideRef } from '../core/references/outsideRefs';

export type TrackerKind = 'github' | 'local';

export interface NewIssue {
  readonly title: string;
  readonly body: string;
  readonly labels: readonly string[];
  /** Milestone title; null for none. */
  readonly milestone: string | null;
  readonly assignees?: readonly string[];
}

export interface Tracker {
  readonly kind: TrackerKind;
  /** Human-readable location, e.g. `octo/repo` or `.release/issues.json`. */
  readonly label: string;

  listMilestones(): Promise<Milestone[]>;
  /** Loads one milestone with all its issues, the checklist and (GitHub) the default branch's checks. */
  loadRelease(milestoneTitle: string): Promise<ReleaseData>;
  getIssue(issueNumber: number): Promise<Issue>;
  /**
   * The state of issues TODOs reference outside the release milestone: one answer per reference (any order), at
   * most one request each (GitHub: conditional, so an unchanged one costs a 304). Never throws for a
   * reference: when its look-up fails (offline, rate limit, 5xx) the answer is `known`'s last one, marked with the
   * error, or `unknown` — never "not found". A reference to another repository is asked only on the same host.
   */
  lookupOutside(refs: readonly OutsideRef[], known?: readonly OutsideIssue[]): Promise<OutsideIssue[]>;
  listComments(issueNumber: number): Promise<Comment[]>;

  closeIssue(issueNumber: number, reason: 'completed' | 'not_planned', comment?: string): Promise<Issue>;
  reopenIssue(issueNumber: number, comment?: string): Promise<Issue>;
  /** Adds and removes labels in one confirmed write; labels not named are left alone. */
  editLabels(issueNumber: number, add: readonly string[], remove: readonly string[]): Promise<Issue>;
  /**
   * Re-reads the body immediately before writing and applies `edit` to the fresh body, so a concurrent edit
   * made elsewhere is not lost. `edit` may throw to refuse (for example when the item it edits vanished).
   */
  editBody(issueNumber: number, edit: (freshBody: string) => string): Promise<Issue>;
  createIssue(issue: NewIssue): Promise<Issue>;
  addComment(issueNumber: number, body: string): Promise<void>;

  /** The release checklist of the milestone, or null when there is none yet. */
  getChecklist(milestoneTitle: string): Promise<Checklist | null>;
  /** Same contract as editBody, for the checklist wherever the tracker keeps it. */
  editChecklist(milestoneTitle: string, edit: (freshBody: string) => string): Promise<Checklist>;
  createChecklist(milestoneTitle: string, body: string): Promise<Checklist>;

  /** Closes the milestone; a closed one is left as it is. */
  closeMilestone(milestoneTitle: string): Promise<Milestone>;
  /** Releases of the repository: GitHub only. */
  readonly releases?: ReleaseTracker;
}

export interface ReleaseInfo {
  readonly id: number;
  readonly tag: string;
  readonly draft: boolean;
  readonly url: string | null;
}

export interface NewRelease {
  readonly tag: string;
  readonly name: string;
  readonly body: string;
  readonly draft: boolean;
  /** The commit a published release tags when the tag is not on the remote yet. */
  readonly targetCommitish?: string;
}

export interface ReleaseTracker {
  /** The release for a tag, drafts included (GitHub finds drafts by listing, not by tag); null when none. */
  findRelease(tag: string): Promise<ReleaseInfo | null>;
  /** Sent once, never retried blindly: a retry after a lost answer would make a second release. */
  createRelease(release: NewRelease): Promise<ReleaseInfo>;
}

/** Errors trackers throw; only the surfaces decide how to show them. Messages are for people. */
export type TrackerErrorCode =
  | 'notFound'
  | 'unauthorized'
  | 'forbidden'
  | 'rateLimited'
  | 'offline'
  | 'conflict'
  | 'invalidData'
  | 'server'
  | 'unknown';

export class TrackerError extends Error {
  constructor(
    readonly code: TrackerErrorCode,
    message: string,
    /** For `rateLimited`: when requests may resume. */
    readonly retryAt?: Date,
    /** The HTTP status GitHub answered, when there was one (404 and 410 are both `notFound`). */
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'TrackerError';
  }
}
