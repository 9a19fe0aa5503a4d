// src/ship/ runs Ship Release for the command and the CLI: look everything up, plan (core/ship/shipPlan.ts), then
// do the remaining steps in order. Every attempt starts from fresh look-ups, so running it again after a failure
// or an interruption finishes the job without a second tag or release. The verdict is checked by the callers,
// before this is reached. No `vscode` import.
import { planShip, type ShipFacts, type ShipOptions, type ShipPlan, type ShipStepId } from '../core/ship/shipPlan';
import type { GitRepository } from '../git/gitRunner';
import type { ReleaseInfo, Tracker } from '../trackers/tracker';

export interface ShipContext {
  readonly tracker: Tracker;
  readonly git: GitRepository;
  readonly milestone: string;
  /** Release notes (Markdown), the GitHub Release's body. */
  readonly notes: string;
  /** The remote a tag is pushed to; default `origin`. */
  readonly remote?: string;
  readonly log?: (message: string) => void;
}

export interface ShipOutcome {
  /** The plan this attempt followed. */
  readonly plan: ShipPlan;
  /** Every step that is done now: found in place or done by this attempt, in order. */
  readonly done: readonly ShipStepId[];
  readonly release: ReleaseInfo | null;
}

/** A step failed; the ones before it are done and stay done. */
export class ShipStepError extends Error {
  constructor(
    readonly step: ShipStepId,
    readonly done: readonly ShipStepId[],
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ShipStepError';
  }
}

/** A person must decide (the tag exists on another commit): nothing was written. */
export class ShipConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ShipConflictError';
  }
}

export async function lookUpShip(context: ShipContext, options: ShipOptions): Promise<ShipFacts & { releaseInfo: ReleaseInfo | null }> {
  const { tracker, git } = context;
  const [head, localTag, milestones] = await Promise.all([git.head(), git.tagCommit(options.tag), tracker.listMilestones()]);
  const remoteTag = options.pushTag ? await git.remoteHasTag(context.remote ?? 'origin', options.tag) : null;
  const releaseInfo = tracker.releases ? await tracker.releases.findRelease(options.tag) : null;
  const milestone = milestones.find((m) => m.title === context.milestone);
  return {
    tracker: tracker.kind,
    head,
    localTag,
    remoteTag,
    release: releaseInfo ? { draft: releaseInfo.draft } : null,
    releaseInfo,
    milestoneClosed: milestone?.state === 'closed',
  };
}

export async function shipRelease(context: ShipContext, options: ShipOptions): Promise<ShipOutcome> {
  const facts = await lookUpShip(context, options);
  const plan = planShip(facts, options);
  if (plan.conflict !== null) throw new ShipConflictError(plan.conflict);
  const done: ShipStepId[] = [...plan.done];
  let release = facts.releaseInfo;
  const remote = context.remote ?? 'origin';
  for (const step of plan.steps) {
    try {
      switch (step) {
        case 'createTag':
          await context.git.createTag(options.tag, `Release ${options.tag}: ${context.milestone}`);
          break;
        case 'pushTag':
          await context.git.pushTag(remote, options.tag);
          break;
        case 'createRelease':
          if (!context.tracker.releases) break;
          release = await context.tracker.releases.createRelease({
            tag: options.tag,
            name: `${options.tag} — ${context.milestone}`,
            body: context.notes,
            draft: options.draft,
            targetCommitish: facts.head,
          });
          break;
        case 'closeMilestone':
          await context.tracker.closeMilestone(context.milestone);
          break;
      }
    } catch (error) {
      context.log?.(`Ship Release: ${step} failed: ${error instanceof Error ? error.message : String(error)}`);
      throw new ShipStepError(step, done, error);
    }
    done.push(step);
    context.log?.(`Ship Release: ${step} done`);
  }
  return { plan, done: [...plan.done, ...plan.steps].filter((s) => done.includes(s)), release };
}
