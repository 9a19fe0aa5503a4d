// The embedded tracker: milestones, issues and the release checklist in `.release/issues.json`, no account
// needed. Every read is fresh from disk (cheap: the parse is skipped when the text did not change), so there is
// no reload() and no change event: the extension watches the file and simply reads again.
// The release checklist lives in its milestone's `checklist` field, so Checklist.issueNumber is always null.
import type { Checklist, Comment, Issue, Milestone, OutsideIssue, PullRequest, ReleaseData, TeamConfig } from '../core/model';
import { knownFor, lastKnown, outsideRefKey, unknownOutside, type OutsideRef } from '../core/references/outsideRefs';
import { ReleaseFiles } from '../constants';
import { type NewIssue, type Tracker, TrackerError } from './tracker';
import { emptyIssuesDocument, type IssuesDocument, type LocalIssue, type LocalMilestone, type LocalPullRequest } from './localFormat';
import { IssuesFileStore, type Outcome, type UpdateContext } from './localStore';
import type { TrackerFiles } from './trackerFiles';

export interface LocalTrackerOptions {
  /** The workspace folder that holds `.release/` (nodeTrackerFiles, or workspace.fs in the web host). */
  readonly files: TrackerFiles;
  /** Accepted for parity with the GitHub tracker; the local file needs no label to find its checklist. */
  readonly config: TeamConfig;
  /** Time source for createdAt / updatedAt / closedAt; tests pass a fixed clock. */
  readonly clock?: () => Date;
  /** Recorded as the author of new issues and comments (for example git's user.name); null when absent. */
  readonly author?: string;
}

export function createLocalTracker(options: LocalTrackerOptions): Tracker {
  return new LocalTracker(options);
}

const FILE = ReleaseFiles.issues;

class LocalTracker implements Tracker {
  readonly kind = 'local' as const;
  readonly label = FILE;
  private readonly store: IssuesFileStore;
  private readonly clock: () => Date;
  private readonly author: string | null;

  constructor(options: LocalTrackerOptions) {
    this.store = new IssuesFileStore(options.files);
    this.clock = options.clock ?? (() => new Date());
    this.author = options.author ?? null;
  }

  async listMilestones(): Promise<Milestone[]> {
    return (await this.document()).milestones.map(toMilestone);
  }

  async loadRelease(milestoneTitle: string): Promise<ReleaseData> {
    const doc = await this.document();
    const milestone = doc.milestones.find((m) => m.title === milestoneTitle);
    if (milestone === undefined) {
      const titles = doc.milestones.map((m) => `"${m.title}"`).join(', ') || 'none';
      throw new TrackerError('notFound', `No milestone "${milestoneTitle}" in ${FILE} (it has: ${titles})`);
    }
    return {
      milestone: toMilestone(milestone),
      issues: doc.issues.filter((i) => i.milestone === milestoneTitle && !isPull(i)).map(toIssue),
      pullRequests: doc.issues.filter((i) => i.milestone === milestoneTitle).filter(isPull).map(toPullRequest),
      checklist: toChecklist(milestone),
      checks: null,
      fetchedAt: this.now(),
    };
  }

  async getIssue(issueNumber: number): Promise<Issue> {
    return toIssue(findIssue({ current: await this.document(), before: null }, issueNumber));
  }

  /** From the same file: every milestone's issues are in it. It knows no other repository: those stay `unknown`. */
  async lookupOutside(refs: readonly OutsideRef[], known?: readonly OutsideIssue[]): Promise<OutsideIssue[]> {
    const own = refs.filter((ref) => ref.owner === undefined);
    const others = refs.filter((ref) => ref.owner !== undefined).map((ref) => unknownOutside(ref, `${FILE} has no issues of other repositories.`));
    const last = knownFor(own, known);
    let doc: IssuesDocument;
    try {
      doc = await this.document();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return [...own.map((ref) => lastKnown(ref, last.get(outsideRefKey(ref)), reason)), ...others];
    }
    const byNumber = new Map(doc.issues.map((issue) => [issue.number, issue]));
    const answers = own.map((ref): OutsideIssue => {
      const found = byNumber.get(ref.number);
      const issue = found === undefined ? null : toIssue(found);
      return {
        repository: null,
        number: ref.number,
        status: issue === null ? 'notFound' : issue.state === 'closed' ? 'closed' : 'open',
        title: issue?.title ?? null,
        milestone: issue?.milestone ?? null,
        stateReason: issue?.state === 'closed' ? issue.stateReason : null,
        pullState: null,
        movedTo: null,
        url: null,
        lastError: null,
      };
    });
    return [...answers, ...others];
  }

  async listComments(issueNumber: number): Promise<Comment[]> {
    const issue = findIssue({ current: await this.document(), before: null }, issueNumber);
    return issue.comments.map((c) => ({ ...c }));
  }

  closeIssue(issueNumber: number, reason: 'completed' | 'not_planned', comment?: string): Promise<Issue> {
    return this.editIssue(issueNumber, (issue, now) => ({
      ...this.withComment(issue, comment, now),
      state: 'closed',
      stateReason: reason,
      // Closing an issue that is already closed keeps the time it was first closed, as GitHub does.
      closedAt: issue.state === 'closed' ? issue.closedAt ?? now : now,
    }));
  }

  reopenIssue(issueNumber: number, comment?: string): Promise<Issue> {
    return this.editIssue(issueNumber, (issue, now) => {
      const commented = this.withComment(issue, comment, now);
      return issue.state === 'open' ? commented : { ...commented, state: 'open', stateReason: 'reopened', closedAt: null };
    });
  }

  editLabels(issueNumber: number, add: readonly string[], remove: readonly string[]): Promise<Issue> {
    // Label names match case-insensitively, as on GitHub; a label already there keeps its spelling.
    const removed = new Set(remove.map((l) => l.toLowerCase()));
    return this.editIssue(issueNumber, (issue) => {
      const labels = issue.labels.filter((l) => !removed.has(l.toLowerCase()));
      for (const label of add) {
        if (!labels.some((l) => l.toLowerCase() === label.toLowerCase())) labels.push(label);
      }
      return sameList(labels, issue.labels) ? issue : { ...issue, labels };
    });
  }

  editBody(issueNumber: number, edit: (freshBody: string) => string): Promise<Issue> {
    return this.editIssue(issueNumber, (issue) => {
      const body = edit(issue.body);
      return body === issue.body ? issue : { ...issue, body };
    });
  }

  createIssue(issue: NewIssue): Promise<Issue> {
    const title = issue.title.trim();
    if (title === '') return Promise.reject(new TrackerError('invalidData', 'An issue needs a title'));
    return this.store.update((context) => {
      const doc = this.existing(context);
      if (issue.milestone !== null) findMilestone(context, issue.milestone);
      const now = this.now();
      const created: LocalIssue = {
        number: doc.issues.reduce((max, i) => Math.max(max, i.number), 0) + 1,
        title,
        body: issue.body,
        state: 'open',
        stateReason: null,
        labels: dedupe(issue.labels),
        assignees: dedupe(issue.assignees ?? []),
        milestone: issue.milestone,
        author: this.author,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        comments: [],
      };
      return { doc: { ...doc, issues: [...doc.issues, created] }, result: toIssue(created) };
    });
  }

  async addComment(issueNumber: number, body: string): Promise<void> {
    await this.editIssue(issueNumber, (issue, now) => this.withComment(issue, body, now));
  }

  async getChecklist(milestoneTitle: string): Promise<Checklist | null> {
    // No file or no such milestone yet simply means no checklist yet: createChecklist makes both.
    const doc = await this.store.read();
    const milestone = doc?.milestones.find((m) => m.title === milestoneTitle);
    return milestone === undefined ? null : toChecklist(milestone);
  }

  editChecklist(milestoneTitle: string, edit: (freshBody: string) => string): Promise<Checklist> {
    return this.store.update((context) => {
      const doc = this.existing(context);
      const milestone = findMilestone(context, milestoneTitle);
      if (milestone.checklist === null) {
        throw new TrackerError('notFound', `Milestone "${milestoneTitle}" has no release checklist yet; create one first`);
      }
      const body = edit(milestone.checklist);
      const updated = { ...milestone, checklist: body };
      return { doc: body === milestone.checklist ? null : replaceMilestone(doc, updated), result: toChecklistOf(body) };
    });
  }

  /** Closing an already closed milestone writes nothing (a resumed ship repeats no write). */
  closeMilestone(milestoneTitle: string): Promise<Milestone> {
    return this.store.update((context) => {
      const doc = this.existing(context);
      const milestone = findMilestone(context, milestoneTitle);
      if (milestone.state === 'closed') return { doc: null, result: toMilestone(milestone) };
      const updated: LocalMilestone = { ...milestone, state: 'closed' };
      return { doc: replaceMilestone(doc, updated), result: toMilestone(updated) };
    });
  }

  /** Creates the milestone (and the file) when missing: the way forward from an empty workspace. */
  createChecklist(milestoneTitle: string, body: string): Promise<Checklist> {
    return this.store.update((context) => {
      const doc = context.current ?? emptyIssuesDocument();
      const milestone = doc.milestones.find((m) => m.title === milestoneTitle);
      if (milestone?.checklist != null) {
        throw new TrackerError('conflict', `Milestone "${milestoneTitle}" already has a release checklist in ${FILE}`);
      }
      const updated: LocalMilestone = milestone
        ? { ...milestone, checklist: body }
        : { number: doc.milestones.reduce((max, m) => Math.max(max, m.number), 0) + 1, title: milestoneTitle, description: '', dueOn: null, state: 'open', checklist: body };
      const milestones = milestone ? doc.milestones.map((m) => (m === milestone ? updated : m)) : [...doc.milestones, updated];
      return { doc: { ...doc, milestones }, result: toChecklistOf(body) };
    });
  }

  private async document(): Promise<IssuesDocument> {
    const doc = await this.store.read();
    if (doc === null) throw this.store.missingFileError();
    return doc;
  }

  private existing(context: UpdateContext): IssuesDocument {
    if (context.current === null) throw this.store.missingFileError();
    return context.current;
  }

  /** Applies `change` to the fresh copy of the issue; an unchanged result writes nothing. */
  private editIssue(issueNumber: number, change: (issue: LocalIssue, now: string) => LocalIssue): Promise<Issue> {
    return this.store.update((context): Outcome<Issue> => {
      const doc = this.existing(context);
      const issue = findIssue(context, issueNumber);
      const changed = change(issue, this.now());
      if (changed === issue) return { doc: null, result: toIssue(issue) };
      const updated = { ...changed, updatedAt: this.now() };
      return { doc: { ...doc, issues: doc.issues.map((i) => (i === issue ? updated : i)) }, result: toIssue(updated) };
    });
  }

  private withComment(issue: LocalIssue, body: string | undefined, now: string): LocalIssue {
    if (body === undefined || body.trim() === '') return issue;
    return { ...issue, comments: [...issue.comments, { author: this.author, body, createdAt: now }] };
  }

  /** ISO 8601 without milliseconds, the way GitHub writes times. */
  private now(): string {
    return this.clock().toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

function findIssue(context: UpdateContext, issueNumber: number): LocalIssue {
  const issue = context.current?.issues.find((i) => i.number === issueNumber);
  if (issue !== undefined) return issue;
  if (context.before?.issues.some((i) => i.number === issueNumber)) {
    throw new TrackerError('conflict', `Issue #${issueNumber} was deleted in ${FILE} meanwhile; reload and try again`);
  }
  throw new TrackerError('notFound', `No issue #${issueNumber} in ${FILE}`);
}

function findMilestone(context: UpdateContext, title: string): LocalMilestone {
  const milestone = context.current?.milestones.find((m) => m.title === title);
  if (milestone !== undefined) return milestone;
  if (context.before?.milestones.some((m) => m.title === title)) {
    throw new TrackerError('conflict', `Milestone "${title}" was removed or renamed in ${FILE} meanwhile; reload and try again`);
  }
  throw new TrackerError('notFound', `No milestone "${title}" in ${FILE}`);
}

function replaceMilestone(doc: IssuesDocument, updated: LocalMilestone): IssuesDocument {
  return { ...doc, milestones: doc.milestones.map((m) => (m.title === updated.title ? updated : m)) };
}

function toIssue(local: LocalIssue): Issue {
  const { comments: _comments, pullRequest: _pullRequest, ...issue } = local;
  return { ...issue, labels: [...issue.labels], assignees: [...issue.assignees], url: null };
}

function toPullRequest(local: LocalIssue & { pullRequest: LocalPullRequest }): PullRequest {
  const { stateReason: _reason, assignees: _assignees, ...issue } = toIssue(local);
  return { ...issue, draft: local.pullRequest.draft, mergedAt: local.pullRequest.mergedAt, review: local.pullRequest.review, checks: local.pullRequest.checks };
}

function isPull(local: LocalIssue): local is LocalIssue & { pullRequest: LocalPullRequest } {
  return local.pullRequest !== undefined;
}

function toMilestone(local: LocalMilestone): Milestone {
  return { number: local.number, title: local.title, description: local.description, dueOn: local.dueOn, state: local.state, url: null };
}

function toChecklist(milestone: LocalMilestone): Checklist | null {
  return milestone.checklist === null ? null : toChecklistOf(milestone.checklist);
}

function toChecklistOf(body: string): Checklist {
  return { issueNumber: null, body, url: null };
}

function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
