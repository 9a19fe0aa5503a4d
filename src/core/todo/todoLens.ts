// What the code lens above a TODO says, as data: the surface words it (l10n) and picks the command. Issue titles
// are untrusted and can be long: they arrive here already cut to one short line of plain text.
import type { ReleaseData, TeamConfig, TodoItem } from '../model';
import { rolesOf } from '../config/roles';
import { plainLine } from './todoIssueText';
import { classifyTodos, repositoryOf } from './todoTracking';

export const LENS_TITLE_LENGTH = 48;

export type TodoLensModel =
  | { readonly kind: 'open'; readonly number: number; readonly title: string; readonly roles: readonly string[] }
  | { readonly kind: 'closed'; readonly number: number; readonly title: string }
  | { readonly kind: 'missing'; readonly number: number }
  /** A reference to another repository: shown, not checked. */
  | { readonly kind: 'external'; readonly raw: string }
  | { readonly kind: 'untracked' }
  /** A reference while no release is loaded: nothing can be said about it yet. */
  | { readonly kind: 'unknown'; readonly number: number; readonly raw: string };

/** One model per TODO, in the same order. */
export function todoLensModels(todos: readonly TodoItem[], data: ReleaseData | null, config: TeamConfig): TodoLensModel[] {
  if (data === null) return todos.map((todo) => (todo.ref === null ? { kind: 'untracked' } : { kind: 'unknown', number: todo.ref.number, raw: plainLine(todo.ref.raw, 40) }));
  const roleNames = new Map(config.roles.map((r) => [r.id, r.name]));
  return classifyTodos(todos, data, repositoryOf(data)).map(({ todo, link, issue }): TodoLensModel => {
    switch (link) {
      case 'untracked':
        return { kind: 'untracked' };
      case 'external':
        return { kind: 'external', raw: plainLine(todo.ref?.raw ?? '', 40) };
      case 'missing':
        return { kind: 'missing', number: todo.ref!.number };
      case 'closed':
        return { kind: 'closed', number: issue!.number, title: plainLine(issue!.title, LENS_TITLE_LENGTH) };
      case 'open': {
        const roles = rolesOf(issue!, config.roles).flatMap((id) => roleNames.get(id) ?? []);
        return { kind: 'open', number: issue!.number, title: plainLine(issue!.title, LENS_TITLE_LENGTH), roles: roles.map((r) => plainLine(r, 24)) };
      }
    }
  });
}
