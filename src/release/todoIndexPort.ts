// What the release's report needs of the TODO index (codelens/todoIndex.ts implements it), so release/ depends on
// an interface it owns rather than on a surface above it.
import type { TodoItem } from '../core/model';
import type { Event } from '../state/emitter';

/** The workspace TODO index as the other surfaces see it. */
export interface TodoIndexPort {
  /** All TODOs found so far, or null before the first scan finished. */
  all(): readonly TodoItem[] | null;
  todosFor(issueNumber: number): readonly TodoItem[];
  readonly onDidChange: Event<void>;
}
