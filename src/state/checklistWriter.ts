// Writes to the release checklist: ticking one item (optimistic, deduplicated, rolled back on failure) and the
// "Complete Code Checklist" run. Every write re-reads the body through tracker.editChecklist and changes only the
// boxes it means to, so edits made elsewhere meanwhile survive. Writes run one after the other: two toggles racing
// through read-modify-write on the same body would otherwise lose one of them (GitHub has no conditional PATCH).
// No `vscode` import: the surface turns ChecklistError codes into localized messages.
import { applyCompletion, evaluateCompletion, type CompletionFacts, type CompletionOutcome, type CompletionResult } from '../core/checklist/checklistCompletion';
import type { Checklist, RoleDefinition } from '../core/model';
import { parseTaskList, type TaskItem } from '../core/checklist/taskList';
import { applyToFreshBody, findTaskItem, toggleTaskItem, type ToggleDone } from '../core/checklist/taskToggle';
import { Emitter, type Disposable } from './emitter';
import type { ReleaseStore } from './releaseStore';

export interface ToggleRequest {
  /** The item's visible text. */
  readonly text: string;
  /** Which of the items with that text (0-based); needed only when several read the same. */
  readonly occurrence?: number;
  /** The wanted state; without it the box flips from what the view shows. */
  readonly checked?: boolean;
}

export interface ToggleOutcome {
  readonly text: string;
  readonly occurrence: number;
  /** The box's state after the write. */
  readonly checked: boolean;
  /** False when the box already had that state: nothing was written. */
  readonly written: boolean;
  /** Someone else set the box to the same state between the last load and this write. */
  readonly alreadyDoneElsewhere: boolean;
  readonly checklist: Checklist;
}

export interface CompletionRun {
  readonly results: readonly CompletionResult[];
  readonly outcome: CompletionOutcome;
  readonly checklist: Checklist;
}

export type ChecklistErrorCode = 'noTracker' | 'noChecklist' | 'notFound' | 'ambiguous' | 'changedMeanwhile';

export class ChecklistError extends Error {
  constructor(
    readonly code: ChecklistErrorCode,
    message: string,
    /** The item the error is about, when there is one. */
    readonly itemText: string | null = null,
  ) {
    super(message);
    this.name = 'ChecklistError';
  }
}

/** How long after a write a load may still bring the body from before it. */
const STALE_LOAD_MS = 30_000;

interface PendingToggle {
  readonly milestone: string;
  readonly itemId: string;
  readonly target: { readonly text: string; readonly occurrence: number };
  readonly wanted: boolean;
  readonly promise: Promise<ToggleOutcome>;
}

export class ChecklistWriter implements Disposable {
  private readonly changed = new Emitter<void>();
  /** Fires when pending items or the last completion results change. */
  readonly onDidChange = this.changed.event;
  /** The body as the tracker last confirmed it (a load or a write), before optimistic ticks. */
  private base: string | null;
  /** The body this writer last handed to the store; anything else arriving there came from a load. */
  private published: string | null;
  private readonly pending = new Map<string, PendingToggle>();
  private completing: Promise<CompletionRun> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastResults: { milestone: string; byItem: Map<string, CompletionResult> } | null = null;
  private readonly subscription: Disposable;
  private lastWrite: { before: string; until: number } | null = null;

  constructor(
    private readonly store: ReleaseStore,
    private readonly roles: () => readonly RoleDefinition[],
    private readonly clock: () => number = Date.now,
  ) {
    this.base = this.published = store.current.data?.checklist?.body ?? null;
    this.subscription = store.onDidChange((state) => {
      const body = state.data?.checklist?.body ?? null;
      if (body === this.published) return;
      if (body !== null && this.isStaleLoad(body)) {
        // A load that read the body before our last write landed: keep showing the confirmed one.
        this.publish();
        return;
      }
      // A load brought a fresh body: it is the new base, and ticks still in flight go back on top of it.
      this.base = this.published = body;
      if (this.pendingHere().length > 0) this.publish();
    });
  }

  /** True while a toggle of the item (by TaskItem.id) in the current milestone is being written. */
  isPending(itemId: string): boolean {
    return this.pendingHere().some((p) => p.itemId === itemId);
  }

  /** What the last "Complete Code Checklist" run found for an item of the current milestone. */
  lastResult(itemId: string): CompletionResult | undefined {
    const milestone = this.store.current.data?.milestone.title;
    return this.lastResults?.milestone === milestone ? this.lastResults?.byItem.get(itemId) : undefined;
  }

  /** Sets or flips one item's box. A second call for the same item while the first is in flight joins it. */
  toggle(request: ToggleRequest): Promise<ToggleOutcome> {
    try {
      return this.startToggle(request);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  private startToggle(request: ToggleRequest): Promise<ToggleOutcome> {
    const { milestone, checklist } = this.target();
    const seen = checklist.body;
    const item = this.find(seen, request);
    const key = `${milestone}\u0000${item.id}`;
    const inFlight = this.pending.get(key);
    if (inFlight) {
      if (request.checked === undefined || request.checked === inFlight.wanted) return inFlight.promise;
      // The opposite state (tick, then untick at once): it waits for the first write, then runs against it.
      return inFlight.promise.catch(() => undefined).then(() => this.toggle(request));
    }
    const wanted = request.checked ?? !item.checked;
    const target = { text: item.text, occurrence: item.occurrence };
    const tracker = this.store.currentTracker!;
    let done: ToggleDone | undefined;
    const promise = this.enqueue(async () => {
      try {
        const confirmed = await tracker.editChecklist(milestone, (fresh) => {
          const result = applyToFreshBody(seen, fresh, target, wanted, this.roles());
          if (result.kind !== 'ok') {
            throw new ChecklistError('changedMeanwhile', `The item "${item.text}" was changed or removed meanwhile; the checklist was reloaded`, item.text);
          }
          done = result;
          return result.body;
        });
        this.pending.delete(key);
        this.confirm(milestone, confirmed);
        const checked = done?.item.checked ?? wanted;
        return { ...target, checked, written: done?.changed ?? false, alreadyDoneElsewhere: done !== undefined && !done.changed && done.changedMeanwhile, checklist: confirmed };
      } catch (error) {
        this.pending.delete(key);
        this.publish();
        if (error instanceof ChecklistError && error.code === 'changedMeanwhile') void this.store.refresh();
        throw error;
      }
    });
    this.pending.set(key, { milestone, itemId: item.id, target, wanted, promise });
    this.publish();
    return promise;
  }

  /** Evaluates the verifiable items against `facts` on the freshly read body and ticks those that pass. */
  complete(facts: CompletionFacts): Promise<CompletionRun> {
    if (this.completing) return this.completing;
    let milestone: string;
    try {
      milestone = this.target().milestone;
    } catch (error) {
      return Promise.reject(error);
    }
    const tracker = this.store.currentTracker!;
    const run = this.enqueue(async () => {
      let results: CompletionResult[] = [];
      let outcome: CompletionOutcome | undefined;
      const confirmed = await tracker.editChecklist(milestone, (fresh) => {
        results = evaluateCompletion(parseTaskList(fresh, this.roles()), facts);
        outcome = applyCompletion(fresh, results);
        return outcome.body;
      });
      this.lastResults = { milestone, byItem: new Map(results.map((r) => [r.item.id, r])) };
      this.confirm(milestone, confirmed);
      return { results, outcome: outcome!, checklist: confirmed };
    });
    this.completing = run;
    const clear = () => {
      this.completing = null;
    };
    run.then(clear, clear);
    return run;
  }

  private target(): { milestone: string; checklist: Checklist } {
    if (!this.store.currentTracker) throw new ChecklistError('noTracker', 'No release tracker is set up.');
    const data = this.store.current.data;
    if (!data?.checklist) throw new ChecklistError('noChecklist', 'This milestone has no release checklist yet.');
    return { milestone: data.milestone.title, checklist: data.checklist };
  }

  /** The item a request names, as the view shows it now (ticks in flight included). Throws a ChecklistError. */
  itemFor(request: ToggleRequest): TaskItem {
    return this.find(this.target().checklist.body, request);
  }

  private find(body: string, request: ToggleRequest): TaskItem {
    const found = findTaskItem(parseTaskList(body, this.roles()), request);
    if (!('kind' in found)) return found;
    if (found.kind === 'ambiguous') {
      throw new ChecklistError('ambiguous', `${found.candidates.length} checklist items read "${request.text}"; say which one with occurrence`, request.text);
    }
    throw new ChecklistError('notFound', `No checklist item reads "${request.text}"`, request.text);
  }

  /**
   * True for exactly the body our last write replaced, arriving shortly after it: a load that began before the write
   * read it. (Someone else restoring that exact body within seconds is far less likely than a load in flight.)
   */
  private isStaleLoad(body: string): boolean {
    const guard = this.lastWrite;
    if (!guard || this.clock() > guard.until) return false;
    return body === guard.before;
  }

  private confirm(milestone: string, confirmed: Checklist): void {
    if (this.store.current.data?.milestone.title !== milestone) return;
    if (this.base !== null && this.base !== confirmed.body) this.lastWrite = { before: this.base, until: this.clock() + STALE_LOAD_MS };
    this.base = confirmed.body;
    this.publish(confirmed);
  }

  /** Hands the store the confirmed base with the ticks still in flight on top, so every surface shows them. */
  private publish(meta?: Checklist): void {
    const checklist = this.store.current.data?.checklist;
    if (checklist && this.base !== null) {
      let body = this.base;
      for (const p of this.pendingHere()) {
        const result = toggleTaskItem(body, p.target, p.wanted, this.roles());
        if (result.kind === 'ok') body = result.body;
      }
      this.published = body;
      if (body !== checklist.body || meta) this.store.setChecklist({ ...(meta ?? checklist), body });
    }
    this.changed.fire();
  }

  private pendingHere(): PendingToggle[] {
    const milestone = this.store.current.data?.milestone.title;
    return [...this.pending.values()].filter((p) => p.milestone === milestone);
  }

  private enqueue<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
