// Ticking a checklist item changes exactly one character, the one between the brackets, and nothing else: line
// endings, trailing spaces and every other byte stay as they were. An item is found again by its normalised text
// and occurrence, so a toggle decided on an old copy of the body can be applied to a fresh one.
import { DEFAULT_ROLES } from '../config/defaults';
import type { RoleDefinition } from '../model';
import { normaliseTaskText, parseTaskList, visibleText, type TaskItem } from './taskList';

/** An item to toggle: its text (and which of the items with that text), or an item parsed earlier. */
export type TaskTarget = { readonly text: string; readonly occurrence?: number } | TaskItem;

export interface ToggleDone {
  readonly kind: 'ok';
  /** The new body; the input itself when nothing changed. */
  readonly body: string;
  /** The item as it is in `body`. */
  readonly item: TaskItem;
  /** False when the item was already in the wanted state: there is nothing to write. */
  readonly changed: boolean;
  /** applyToFreshBody only: someone else changed the item's state between the old and the fresh body. */
  readonly changedMeanwhile: boolean;
}

export interface ToggleFailure {
  /** `vanished`: no item has that text (deleted or reworded). `ambiguous`: several do and nothing tells them apart. */
  readonly kind: 'vanished' | 'ambiguous';
  readonly text: string;
  readonly occurrence: number | null;
  /** The items that have that text (empty when vanished). */
  readonly candidates: readonly TaskItem[];
  readonly message: string;
}

export type ToggleResult = ToggleDone | ToggleFailure;

/** Finds the target among parsed items. Without an occurrence the text must be unique. */
export function findTaskItem(items: readonly TaskItem[], target: TaskTarget): TaskItem | ToggleFailure {
  const key = normaliseTaskText(visibleText(target.text));
  const candidates = items.filter((item) => normaliseTaskText(item.text) === key);
  const occurrence = target.occurrence ?? null;
  if (occurrence === null && candidates.length > 1) {
    return failure('ambiguous', target, candidates, `${candidates.length} checklist items read "${target.text}"`);
  }
  const found = candidates[occurrence ?? 0];
  if (found === undefined) return failure('vanished', target, candidates, vanishedMessage(target, candidates));
  return found;
}

/** Sets (or, without `checked`, flips) one item's box. */
export function toggleTaskItem(
  markdown: string,
  target: TaskTarget,
  checked?: boolean,
  roles: readonly RoleDefinition[] = DEFAULT_ROLES,
): ToggleResult {
  const found = findTaskItem(parseTaskList(markdown, roles), target);
  if ('kind' in found) return found;
  return setChecked(markdown, found, checked ?? !found.checked, false);
}

/**
 * Re-applies a toggle the user made while looking at `oldBody` to `freshBody`, which others may have edited since.
 * Without `checked`, the wanted state is the opposite of what the user saw in `oldBody`, so a box someone else
 * ticked meanwhile is not unticked by accident. A reworded or deleted item is `vanished`.
 */
export function applyToFreshBody(
  oldBody: string,
  freshBody: string,
  target: TaskTarget,
  checked?: boolean,
  roles: readonly RoleDefinition[] = DEFAULT_ROLES,
): ToggleResult {
  const oldItems = parseTaskList(oldBody, roles);
  const seen = findTaskItem(oldItems, target);
  if ('kind' in seen) return seen;
  const wanted = checked ?? !seen.checked;
  const freshItems = parseTaskList(freshBody, roles);
  const fresh = matchFresh(oldItems, seen, freshItems);
  if ('kind' in fresh) return fresh;
  return setChecked(freshBody, fresh, wanted, fresh.checked !== seen.checked);
}

/**
 * The fresh item that is the old one. With as many same-text items as before, the occurrence decides; when one was
 * added or removed, the neighbours and heading decide, and a tie is reported rather than guessed.
 */
function matchFresh(oldItems: readonly TaskItem[], old: TaskItem, freshItems: readonly TaskItem[]): TaskItem | ToggleFailure {
  const key = normaliseTaskText(old.text);
  const sameText = (items: readonly TaskItem[]) => items.filter((item) => normaliseTaskText(item.text) === key);
  const before = sameText(oldItems);
  const candidates = sameText(freshItems);
  if (candidates.length === 0) return failure('vanished', old, [], vanishedMessage(old, []));
  if (candidates.length === before.length) return candidates[old.occurrence];
  const context = contextOf(oldItems, old);
  const scored = candidates.map((item) => ({ item, score: score(context, contextOf(freshItems, item)) }));
  const best = Math.max(...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === best);
  // A neighbour must agree (score >= 2): heading and depth alone do not tell duplicates apart.
  if (winners.length === 1 && best >= 2) return winners[0].item;
  return failure('ambiguous', old, candidates, `"${old.text}" now appears ${candidates.length} times; toggle it in the issue itself`);
}

interface Context {
  readonly previous: string | null;
  readonly next: string | null;
  readonly heading: string | null;
  readonly depth: number;
}

function contextOf(items: readonly TaskItem[], item: TaskItem): Context {
  const index = items.indexOf(item);
  const textAt = (i: number) => (items[i] ? normaliseTaskText(items[i].text) : null);
  return { previous: textAt(index - 1), next: textAt(index + 1), heading: item.heading, depth: item.depth };
}

function score(a: Context, b: Context): number {
  return (a.previous === b.previous ? 2 : 0) + (a.next === b.next ? 2 : 0) + (a.heading === b.heading ? 1 : 0) + (a.depth === b.depth ? 1 : 0);
}

function setChecked(body: string, item: TaskItem, checked: boolean, changedMeanwhile: boolean): ToggleDone {
  if (item.checked === checked) return { kind: 'ok', body, item, changed: false, changedMeanwhile };
  const next = body.slice(0, item.checkOffset) + (checked ? 'x' : ' ') + body.slice(item.checkOffset + 1);
  return { kind: 'ok', body: next, item: { ...item, checked }, changed: true, changedMeanwhile };
}

function failure(kind: ToggleFailure['kind'], target: TaskTarget, candidates: readonly TaskItem[], message: string): ToggleFailure {
  return { kind, text: target.text, occurrence: target.occurrence ?? null, candidates, message };
}

function vanishedMessage(target: TaskTarget, candidates: readonly TaskItem[]): string {
  return candidates.length === 0
    ? `No checklist item reads "${target.text}" any more: it was edited or removed`
    : `Only ${candidates.length} checklist item(s) read "${target.text}"; occurrence ${target.occurrence ?? 0} is gone`;
}
