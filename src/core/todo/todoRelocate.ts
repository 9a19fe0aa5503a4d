// Creating an issue takes a round trip; the user may type meanwhile. Before the comment is rewritten to `TODO(#N)`,
// the TODO is looked up again in the document's current text, so the edit lands on the right comment or nowhere.
import type { IssueRef } from '../model';

export interface TodoSighting {
  readonly line: number;
  readonly character: number;
  readonly tag: string;
  readonly text: string;
  readonly ref: IssueRef | null;
}

const sameRef = (a: IssueRef | null, b: IssueRef | null): boolean => (a === null ? b === null : b !== null && a.raw === b.raw);

/**
 * The TODO of `current` that is `original`: same tag, text and reference, at the same place if it is still there,
 * else the nearest such TODO (lines above were added or removed). Null when it was edited or deleted.
 */
export function relocateTodo<T extends TodoSighting>(current: readonly T[], original: TodoSighting): T | null {
  let best: T | null = null;
  for (const todo of current) {
    if (todo.tag.toLowerCase() !== original.tag.toLowerCase() || todo.text !== original.text || !sameRef(todo.ref, original.ref)) continue;
    if (todo.line === original.line && todo.character === original.character) return todo;
    if (best === null || Math.abs(todo.line - original.line) < Math.abs(best.line - original.line)) best = todo;
  }
  return best;
}

/** The TODO on a line (the first, if a line had two): what "the TODO under the cursor" means. */
export function todoOnLine<T extends { readonly line: number }>(todos: readonly T[], line: number): T | null {
  return todos.find((t) => t.line === line) ?? null;
}
