// core/references/ owns issues that TODOs reference outside the release milestone: which references need a look-up
// (one per distinct issue, however many TODOs name it), and finding the tracker's answer for a reference again.
import type { IssueRef, OutsideIssue, ReleaseData, TodoItem } from '../model';

/** One issue to ask the tracker about. `owner`/`repo` set only for another repository. */
export interface OutsideRef {
  readonly number: number;
  readonly owner?: string;
  readonly repo?: string;
  /** A URL reference's host; the tracker only asks its own host. */
  readonly host?: string;
}

export interface RepositoryName {
  readonly owner: string;
  readonly name: string;
}

function sameRepository(ref: IssueRef, repository: RepositoryName | null): boolean {
  if (ref.owner === undefined || ref.repo === undefined) return true;
  if (repository === null) return false;
  return ref.owner.toLowerCase() === repository.owner.toLowerCase() && ref.repo.toLowerCase() === repository.name.toLowerCase();
}

/** `#12` for the release's own repository, `owner/name#12` (lower case) for another. */
export function outsideKey(repository: string | null, number: number): string {
  return `${repository === null ? '' : repository.toLowerCase()}#${number}`;
}

function refKey(ref: OutsideRef): string {
  return outsideKey(ref.owner === undefined ? null : `${ref.owner}/${ref.repo ?? ''}`, ref.number);
}

/**
 * The distinct issues the TODOs reference that the milestone does not hold: numbers of this repository the
 * milestone lacks, and references to other repositories. Each appears once, in the order first referenced.
 */
export function outsideRefs(todos: readonly TodoItem[], data: ReleaseData, repository: RepositoryName | null): OutsideRef[] {
  const inMilestone = new Set(data.issues.map((issue) => issue.number));
  const seen = new Map<string, OutsideRef>();
  for (const { ref } of todos) {
    if (ref === null) continue;
    const own = sameRepository(ref, repository);
    if (own && inMilestone.has(ref.number)) continue;
    const outside: OutsideRef = own
      ? { number: ref.number }
      : { number: ref.number, owner: ref.owner, repo: ref.repo, ...(ref.host === undefined ? {} : { host: ref.host }) };
    const key = refKey(outside);
    if (!seen.has(key)) seen.set(key, outside);
  }
  return [...seen.values()];
}

const indexes = new WeakMap<readonly OutsideIssue[], ReadonlyMap<string, OutsideIssue>>();

function indexOf(outside: readonly OutsideIssue[]): ReadonlyMap<string, OutsideIssue> {
  let index = indexes.get(outside);
  if (index === undefined) {
    index = new Map(outside.map((o) => [outsideKey(o.repository, o.number), o]));
    indexes.set(outside, index);
  }
  return index;
}

/** The tracker's answer for a reference, or null when it was not looked up (yet). */
export function outsideIssueFor(data: ReleaseData, ref: IssueRef, repository: RepositoryName | null): OutsideIssue | null {
  if (data.outside === undefined) return null;
  const key = sameRepository(ref, repository) ? outsideKey(null, ref.number) : outsideKey(`${ref.owner ?? ''}/${ref.repo ?? ''}`, ref.number);
  return indexOf(data.outside).get(key) ?? null;
}

/** The answers of `known` for these references (last known states to fall back on), by key. */
export function knownFor(refs: readonly OutsideRef[], known: readonly OutsideIssue[] | undefined): Map<string, OutsideIssue> {
  const index = known === undefined ? new Map<string, OutsideIssue>() : indexOf(known);
  const found = new Map<string, OutsideIssue>();
  for (const ref of refs) {
    const hit = index.get(refKey(ref));
    if (hit) found.set(refKey(ref), hit);
  }
  return found;
}

export { refKey as outsideRefKey };

/** The references whose answer `data` lacks: what a new TODO asks for beyond the last look-up. */
export function unansweredRefs(refs: readonly OutsideRef[], data: ReleaseData): OutsideRef[] {
  const index = data.outside === undefined ? new Map<string, OutsideIssue>() : indexOf(data.outside);
  return refs.filter((ref) => !index.has(refKey(ref)));
}

/** A record for a reference the tracker could not answer and nothing is known about. */
export function unknownOutside(ref: OutsideRef, reason: string): OutsideIssue {
  return {
    repository: ref.owner === undefined ? null : `${ref.owner}/${ref.repo ?? ''}`,
    number: ref.number,
    status: 'unknown',
    title: null,
    milestone: null,
    stateReason: null,
    pullState: null,
    movedTo: null,
    url: null,
    lastError: reason,
  };
}

/** The last known answer, marked as such because the latest look-up failed. */
export function lastKnown(ref: OutsideRef, known: OutsideIssue | undefined, reason: string): OutsideIssue {
  return known ? { ...known, lastError: reason } : unknownOutside(ref, reason);
}
