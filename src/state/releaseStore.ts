// The release data model behind every surface: which tracker, which milestone, the last loaded data, and the
// writes in flight. Surfaces render `current` and listen to `onDidChange`; they never fetch on their own.
// No `vscode` import: the extension injects the tracker and the settings.
import type { Issue, Milestone, ReleaseData, TeamConfig } from '../core/model';
import { TrackerError, type Tracker } from '../trackers/tracker';
import { Emitter, type Disposable } from './emitter';
import { chooseMilestone } from './milestoneChoice';

export type ReleasePhase = 'loading' | 'ready' | 'noTracker' | 'noMilestone' | 'error';

/** Why there is no tracker: drives the tree's welcome content. */
export type NoTrackerReason = 'noWorkspace' | 'noRepository' | 'noCredentials' | 'noLocalFile';

export interface StaleInfo {
  readonly since: Date;
  readonly reason: string;
}

export interface ReleaseState {
  readonly phase: ReleasePhase;
  readonly tracker: { readonly kind: Tracker['kind']; readonly label: string } | null;
  readonly noTrackerReason: NoTrackerReason | null;
  readonly milestones: readonly Milestone[];
  readonly data: ReleaseData | null;
  /** Set when `data` is a saved snapshot shown because the tracker could not be reached. */
  readonly stale: StaleInfo | null;
  readonly error: Error | null;
  /** Issue numbers with a write in flight. */
  readonly pending: ReadonlySet<number>;
}

export type LoadRelease = (tracker: Tracker, milestoneTitle: string) => Promise<{ data: ReleaseData; stale: StaleInfo | null }>;

export interface ReleaseStoreOptions {
  readonly config: () => TeamConfig;
  /** The milestone the user chose in settings, or null. */
  readonly preferredMilestone: () => string | null;
  /** Loads with an offline fallback where the tracker has one; defaults to tracker.loadRelease. */
  readonly loadRelease?: LoadRelease;
  readonly log?: { info(message: string): void; warn(message: string): void };
}

const INITIAL: ReleaseState = {
  phase: 'loading',
  tracker: null,
  noTrackerReason: null,
  milestones: [],
  data: null,
  stale: null,
  error: null,
  pending: new Set(),
};

export class ReleaseStore implements Disposable {
  private readonly changed = new Emitter<ReleaseState>();
  readonly onDidChange = this.changed.event;
  private state: ReleaseState = INITIAL;
  private tracker: Tracker | null = null;
  private selectedTitle: string | null = null;
  private refreshing: Promise<void> | null = null;
  private refreshAgain = false;
  private generation = 0;
  /** Writes in flight by key (e.g. `close#12`): a second trigger joins the first instead of writing twice. */
  private readonly inFlight = new Map<string, Promise<Issue>>();
  /** Optimistic patches still waiting for confirmation, re-applied over data that arrives meanwhile. */
  private readonly optimistic = new Map<number, (issue: Issue) => Issue>();
  /** Confirmed writes by issue, numbered, until a load that began after them has read them back. */
  private readonly confirmedWrites = new Map<number, { issue: Issue; seq: number }>();
  private writes = 0;

  constructor(private readonly options: ReleaseStoreOptions) {}

  get current(): ReleaseState {
    return this.state;
  }

  get currentTracker(): Tracker | null {
    return this.tracker;
  }

  get milestoneTitle(): string | null {
    return this.state.data?.milestone.title ?? this.selectedTitle;
  }

  issue(issueNumber: number): Issue | undefined {
    return this.state.data?.issues.find((i) => i.number === issueNumber);
  }

  setTracker(tracker: Tracker | null, reason: NoTrackerReason | null = null): void {
    this.tracker = tracker;
    this.generation++;
    this.confirmedWrites.clear();
    this.update({
      ...INITIAL,
      phase: tracker ? 'loading' : 'noTracker',
      tracker: tracker ? { kind: tracker.kind, label: tracker.label } : null,
      noTrackerReason: tracker ? null : reason,
    });
  }

  /** Chooses the release milestone by title and loads it. */
  async selectMilestone(title: string): Promise<void> {
    this.selectedTitle = title;
    await this.refresh();
  }

  /** Reloads milestones and the release. Concurrent calls share one load (plus one more if asked meanwhile). */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      try {
        do {
          this.refreshAgain = false;
          await this.load();
        } while (this.refreshAgain);
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const tracker = this.tracker;
    if (!tracker) return;
    const generation = this.generation;
    const writesBefore = this.writes;
    if (!this.state.data) this.update({ ...this.state, phase: 'loading', error: null });
    try {
      const milestones = await this.listMilestones(tracker);
      const milestone = chooseMilestone(milestones, this.selectedTitle, this.options.preferredMilestone(), this.options.config().milestone);
      if (generation !== this.generation) return;
      if (!milestone) {
        this.update({ ...this.state, phase: 'noMilestone', milestones, data: null, stale: null, error: null });
        return;
      }
      const load = this.options.loadRelease ?? (async (t, title) => ({ data: await t.loadRelease(title), stale: null }));
      const { data, stale } = await load(tracker, milestone.title);
      if (generation !== this.generation) return;
      const shown = this.state.data;
      if (stale && shown && shown.milestone.title === data.milestone.title) {
        // The data on screen is newer than the saved snapshot: it includes the writes confirmed since.
        this.update({ ...this.state, phase: 'ready', stale: { since: new Date(shown.fetchedAt), reason: stale.reason }, error: null });
        return;
      }
      const next = this.withLocalChanges(data, writesBefore);
      if (this.state.phase === 'ready' && !stale && !this.state.stale && !this.state.error && shown && sameRelease(shown, next) && sameJson(this.state.milestones, milestones)) {
        // Nothing changed (our own write read back, a refresh of an unchanged milestone): no event, so the views
        // do not redraw under the user's pointer. Only the time of the check moves on.
        this.state = { ...this.state, data: { ...shown, fetchedAt: next.fetchedAt } };
        this.options.log?.info(`Reloaded ${next.milestone.title}: unchanged`);
        return;
      }
      this.options.log?.info(`Loaded ${next.milestone.title}: ${next.issues.length} issues`);
      this.update({ ...this.state, phase: 'ready', milestones, data: next, stale, error: null });
    } catch (error) {
      if (generation !== this.generation) return;
      this.options.log?.warn(`Loading the release failed: ${error instanceof Error ? error.message : String(error)}`);
      // Keep showing what we had; the error is shown next to it.
      this.update({ ...this.state, phase: this.state.data ? 'ready' : 'error', error: asError(error) });
    } finally {
      // Writes confirmed before this load began are in what it read.
      for (const [issueNumber, write] of this.confirmedWrites) if (write.seq <= writesBefore) this.confirmedWrites.delete(issueNumber);
    }
  }

  /**
   * The tracker's milestones. When the tracker cannot be reached, the milestone known already (shown, chosen or
   * configured) stands in, so the loader can still answer from its offline snapshot.
   */
  private async listMilestones(tracker: Tracker): Promise<readonly Milestone[]> {
    try {
      return await tracker.listMilestones();
    } catch (error) {
      const unreachable = error instanceof TrackerError && (error.code === 'offline' || error.code === 'server');
      const known = this.state.data?.milestone;
      const title = known?.title ?? this.selectedTitle ?? this.options.preferredMilestone() ?? this.options.config().milestone;
      if (!unreachable || !title) throw error;
      if (this.state.milestones.length > 0) return this.state.milestones;
      return [known ?? { number: 0, title, description: '', dueOn: null, state: 'open', url: null }];
    }
  }

  /**
   * Applies `optimistic` to the issue at once, then runs the write. On success the tracker's answer replaces the
   * issue; on failure the issue rolls back and the error is rethrown for the surface to show with Retry.
   * A second call with the same key while the first is in flight returns the first's promise.
   */
  write(key: string, issueNumber: number, optimistic: (issue: Issue) => Issue, run: (tracker: Tracker) => Promise<Issue>): Promise<Issue> {
    const existing = this.inFlight.get(key);
    if (existing) return existing;
    const tracker = this.tracker;
    if (!tracker) return Promise.reject(new TrackerError('notFound', 'No release tracker is configured.'));
    const promise = (async () => {
      this.optimistic.set(issueNumber, optimistic);
      this.replaceIssue(issueNumber, optimistic, true);
      try {
        const confirmed = await run(tracker);
        this.optimistic.delete(issueNumber);
        this.confirmedWrites.set(issueNumber, { issue: confirmed, seq: ++this.writes });
        this.replaceIssue(issueNumber, () => confirmed, false);
        return confirmed;
      } catch (error) {
        this.optimistic.delete(issueNumber);
        this.rollback(issueNumber);
        throw error;
      } finally {
        this.inFlight.delete(key);
      }
    })();
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Adds or replaces an issue that a command created or changed outside `write` (e.g. a new issue). */
  upsertIssue(issue: Issue): void {
    const data = this.state.data;
    if (!data || issue.milestone !== data.milestone.title) return;
    const exists = data.issues.some((i) => i.number === issue.number);
    const issues = exists ? data.issues.map((i) => (i.number === issue.number ? issue : i)) : [...data.issues, issue];
    this.update({ ...this.state, data: { ...data, issues } });
  }

  /** Replaces the checklist after a confirmed write. */
  setChecklist(checklist: ReleaseData['checklist']): void {
    const data = this.state.data;
    if (!data) return;
    this.update({ ...this.state, data: { ...data, checklist } });
  }

  private confirmedIssues = new Map<number, Issue>();

  private replaceIssue(issueNumber: number, change: (issue: Issue) => Issue, pending: boolean): void {
    const data = this.state.data;
    if (!data) return;
    const pendingSet = new Set(this.state.pending);
    if (pending) pendingSet.add(issueNumber);
    else pendingSet.delete(issueNumber);
    const issues = data.issues.map((issue) => {
      if (issue.number !== issueNumber) return issue;
      if (pending && !this.confirmedIssues.has(issueNumber)) this.confirmedIssues.set(issueNumber, issue);
      if (!pending) this.confirmedIssues.delete(issueNumber);
      return change(issue);
    });
    this.update({ ...this.state, data: { ...data, issues }, pending: pendingSet });
  }

  private rollback(issueNumber: number): void {
    const before = this.confirmedIssues.get(issueNumber);
    this.confirmedIssues.delete(issueNumber);
    const data = this.state.data;
    const pendingSet = new Set(this.state.pending);
    pendingSet.delete(issueNumber);
    if (!data || !before) {
      this.update({ ...this.state, pending: pendingSet });
      return;
    }
    const issues = data.issues.map((issue) => (issue.number === issueNumber ? before : issue));
    this.update({ ...this.state, data: { ...data, issues }, pending: pendingSet });
  }

  /**
   * Loaded data with what happened here meanwhile: writes confirmed after the load began (it may have read the
   * issue before the write landed) and optimistic patches of writes still in flight.
   */
  private withLocalChanges(data: ReleaseData, writesBefore: number): ReleaseData {
    if (this.optimistic.size === 0 && this.confirmedWrites.size === 0) return data;
    const issues = data.issues.map((loaded) => {
      const write = this.confirmedWrites.get(loaded.number);
      // A copy updated later than our write's answer is newer still (edited elsewhere since): keep it.
      const issue = write && write.seq > writesBefore && !(loaded.updatedAt > write.issue.updatedAt) ? write.issue : loaded;
      const patch = this.optimistic.get(issue.number);
      if (!patch) return issue;
      this.confirmedIssues.set(issue.number, issue);
      return patch(issue);
    });
    return { ...data, issues };
  }

  private update(next: ReleaseState): void {
    this.state = next;
    this.changed.fire(next);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The same release apart from when it was fetched. */
function sameRelease(a: ReleaseData, b: ReleaseData): boolean {
  return sameJson({ ...a, fetchedAt: '' }, { ...b, fetchedAt: '' });
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
