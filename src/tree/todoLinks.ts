// What the tree needs from the TODO index: the TODOs that reference an issue. The index implements it; until it
// has scanned, `none` answers.
import type { TodoItem } from '../core/model';
import type { Event } from '../state/emitter';

export interface TodoLinks {
  todosFor(issueNumber: number): readonly TodoItem[];
  readonly onDidChange: Event<void>;
}

export const noTodoLinks: TodoLinks = {
  todosFor: () => [],
  onDidChange: () => ({ dispose: () => undefined }),
};
