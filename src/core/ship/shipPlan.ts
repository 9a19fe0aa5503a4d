// core/ship/ owns "Ship Release" as data: the default tag, and the plan — which steps remain — from what is
// already there. The plan is recomputed from fresh look-ups on every attempt, so a retried or interrupted ship
// resumes where it stopped and never repeats a step that landed (src/ship/ runs it).
import { formatVersion, parseVersion } from '../checklist/semver';

export type ShipStepId = 'createTag' | 'pushTag' | 'createRelease' | 'closeMilestone';

export interface ShipOptions {
  readonly tag: string;
  /** GitHub Release as a draft (the default). */
  readonly draft: boolean;
  /** Push the tag to the remote (off by default). */
  readonly pushTag: boolean;
}

/** What the look-ups found. */
export interface ShipFacts {
  readonly tracker: 'github' | 'local';
  /** The commit HEAD points at. */
  readonly head: string;
  /** The commit the local tag points at; null when there is no such tag. */
  readonly localTag: string | null;
  /** Whether the remote has the tag; null when not looked up (the tag is not pushed). */
  readonly remoteTag: boolean | null;
  /** GitHub only: the release for the tag, if any (drafts included). */
  readonly release: { readonly draft: boolean } | null;
  readonly milestoneClosed: boolean;
}

export interface ShipPlan {
  /** Steps still to do, in order. */
  readonly steps: readonly ShipStepId[];
  /** Steps already done (found in place), in order. */
  readonly done: readonly ShipStepId[];
  /** Set when shipping must not go on (then `steps` is empty): a person has to decide. */
  readonly conflict: string | null;
}

const ORDER: readonly ShipStepId[] = ['createTag', 'pushTag', 'createRelease', 'closeMilestone'];

export function planShip(facts: ShipFacts, options: ShipOptions): ShipPlan {
  if (facts.localTag !== null && facts.localTag !== facts.head) {
    return {
      steps: [],
      done: [],
      conflict: `Tag ${options.tag} already exists on commit ${facts.localTag.slice(0, 7)}, not on HEAD (${facts.head.slice(0, 7)}). Choose another tag or check out that commit.`,
    };
  }
  const wanted = ORDER.filter((step) => (step === 'pushTag' ? options.pushTag : step === 'createRelease' ? facts.tracker === 'github' : true));
  const isDone = (step: ShipStepId): boolean => {
    switch (step) {
      // A tag already on the remote counts as made: it is the one the release will use.
      case 'createTag':
        return facts.localTag !== null || facts.remoteTag === true;
      case 'pushTag':
        return facts.remoteTag === true;
      case 'createRelease':
        return facts.release !== null;
      case 'closeMilestone':
        return facts.milestoneClosed;
    }
  };
  return { steps: wanted.filter((s) => !isDone(s)), done: wanted.filter(isDone), conflict: null };
}

/**
 * The tag for a milestone title: its semantic version with a `v` (`v1.4 — Holiday Checkout` → `v1.4.0`,
 * `Release 2.0.1-rc.1` → `v2.0.1-rc.1`). Null when the title names no version.
 */
export function defaultTag(milestoneTitle: string): string | null {
  const match = /(?:^|[^\w.])[vV]?(\d+)(?:\.(\d+))?(?:\.(\d+))?((?:-[0-9A-Za-z.-]+)?)(?![\w.])/.exec(milestoneTitle.trim());
  if (!match) return null;
  const [, major, minor = '0', patch = '0', pre = ''] = match;
  const version = parseVersion(`${Number(major)}.${Number(minor)}.${Number(patch)}${pre}`);
  return version === null ? null : `v${formatVersion(version)}`;
}

/** Git's ref-name rules for a tag (git-check-ref-format), plus: no leading `-`, which git would read as an option. */
export function tagNameProblem(tag: string): string | null {
  if (tag === '') return 'The tag name is empty.';
  if (tag.startsWith('-')) return `"${tag}" starts with "-".`;
  // eslint-disable-next-line no-control-regex -- control characters are what git forbids
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(tag) || tag.includes('..') || tag.includes('@{') || tag === '@') return `"${tag}" has a character git does not allow in a tag.`;
  if (tag.startsWith('/') || tag.endsWith('/') || tag.includes('//') || tag.endsWith('.') || tag.endsWith('.lock') || tag.split('/').some((part) => part.startsWith('.'))) {
    return `"${tag}" is not a valid git tag name.`;
  }
  return null;
}

/** The words the notification uses for each step. */
export const SHIP_STEP_TITLES: Readonly<Record<ShipStepId, string>> = {
  createTag: 'tag created',
  pushTag: 'tag pushed',
  createRelease: 'GitHub Release created',
  closeMilestone: 'milestone closed',
};
