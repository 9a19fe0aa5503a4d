// Completes loaded release data with the state of the issues its TODOs reference outside the milestone: the one
// step the extension (release/releaseController.ts) and the CLI (cli/check.ts) share, so both count a TODO on an
// issue of a later milestone, on one closed long ago or on a number that does not exist the same way.
import type { OutsideIssue, ReleaseData, TodoItem } from '../core/model';
import { knownFor, lastKnown, outsideRefKey, outsideRefs } from '../core/references/outsideRefs';
import { repositoryOf } from '../core/todo/todoTracking';
import type { Tracker } from './tracker';

/**
 * `data` with `outside`: one look-up per distinct reference the milestone does not hold (conditional on GitHub).
 * `known` is the last answer (shown data or snapshot), kept and marked for a reference whose look-up fails.
 * Before the TODO scan has finished (`todos` null) the last answers stay as they are.
 */
export async function resolveOutside(tracker: Tracker, data: ReleaseData, todos: readonly TodoItem[] | null, known?: readonly OutsideIssue[]): Promise<ReleaseData> {
  if (todos === null) return known === undefined ? data : { ...data, outside: known };
  const refs = outsideRefs(todos, data, repositoryOf(data));
  const outside = refs.length === 0 ? [] : await tracker.lookupOutside(refs, known);
  return { ...data, outside };
}

/**
 * For a snapshot shown while the tracker cannot be reached: every reference's last known answer, marked with why
 * it could not be refreshed, and `unknown` (never "not found") for one the snapshot does not know. No requests.
 */
export function lastKnownOutside(data: ReleaseData, todos: readonly TodoItem[] | null, reason: string): ReleaseData {
  if (todos === null) return { ...data, ...(data.outside ? { outside: data.outside.map((o) => ({ ...o, lastError: o.lastError ?? reason })) } : {}) };
  const refs = outsideRefs(todos, data, repositoryOf(data));
  const last = knownFor(refs, data.outside);
  return { ...data, outside: refs.map((ref) => lastKnown(ref, last.get(outsideRefKey(ref)), last.get(outsideRefKey(ref))?.lastError ?? reason)) };
}
