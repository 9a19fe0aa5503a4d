// The document types of `.release/issues.json`, in the canonical key order the writer uses (localFormat.ts).
// Shared by the writer, the reader and its cross-entry checks, so none of them imports another in a circle.

export const ISSUES_FILE_VERSION = 1;

export interface LocalComment {
  readonly author: string | null;
  readonly body: string;
  readonly createdAt: string;
}

export interface LocalMilestone {
  readonly number: number;
  readonly title: string;
  readonly description: string;
  readonly dueOn: string | null;
  readonly state: 'open' | 'closed';
  /** The release checklist (Markdown task list), or null when the milestone has none yet. */
  readonly checklist: string | null;
}

export interface LocalIssue {
  readonly number: number;
  readonly title: string;
  readonly body: string;
  readonly state: 'open' | 'closed';
  readonly stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  readonly labels: readonly string[];
  readonly assignees: readonly string[];
  /** Milestone title, or null. */
  readonly milestone: string | null;
  readonly author: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly closedAt: string | null;
  readonly comments: readonly LocalComment[];
  /** Present on pull requests only: they share the issues' numbers, as on GitHub. */
  readonly pullRequest?: LocalPullRequest;
}

export interface LocalPullRequest {
  readonly draft: boolean;
  /** When it was merged (the entry is then closed); null when open or closed without merging. */
  readonly mergedAt: string | null;
  readonly review: 'approved' | 'changesRequested' | 'commented' | 'none';
  /** Checks of its head; null when not recorded. */
  readonly checks: 'success' | 'failure' | 'pending' | 'none' | null;
}

export interface IssuesDocument {
  readonly version: typeof ISSUES_FILE_VERSION;
  readonly milestones: readonly LocalMilestone[];
  readonly issues: readonly LocalIssue[];
}

/** A problem before it is positioned: an offset and length into the file's text. */
export interface RawProblem {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
}
