// What the code lens above a TODO says, as data: the surface words it (l10n) and picks the command. Issue titles
// are untrusted and can be long: they arrive here already cut to one short line of plain text.
import type { OutsideIssue, ReleaseData, StateReason, TeamConfig, TodoItem } from '../model';
import { rolesOf } from '../config/roles';
import { plainLine } from './todoIssueText';
import { classifyTodos, repositoryOf } from './todoTracking';

export const LENS_TITLE_LENGTH = 48;

/** Set when the tracker's answer is the last known one (the latest look-up failed): why it failed. */
type Stale = { readonly stale: string | null };

export type TodoLensModel =
  | { readonly kind: 'open'; readonly number: number; readonly title: string; readonly roles: readonly string[] }
  /** Open outside the milestone: planned for `milestone` (null = no milestone), or an open pull request. */
  | ({ readonly kind: 'elsewhere'; readonly number: number; readonly title: string; readonly milestone: string | null; readonly pullRequest: boolean } & Stale)
  /** `outside`: the issue is not in the milestone (closed long ago, or a closed / merged pull request). */
  | ({ readonly kind: 'closed'; readonly number: number; readonly title: string; readonly reason: StateReason | 'merged'; readonly outside: boolean } & Partial<Stale>)
  /** `notFound` 404, `deleted` 410, `transferred` 301 (to `movedTo` when known). */
  | ({ readonly kind: 'missing'; readonly number: number; readonly why: 'notFound' | 'deleted' | 'transferred'; readonly movedTo: string | null } & Stale)
  /** Outside the milestone and not answered: not looked up yet (`reason` null) or the look-up failed. */
  | { readonly kind: 'unchecked'; readonly number: number; readonly reason: string | null }
  /** A reference to another repository: shown, never counted; `state` when its tracker answered. */
  | { readonly kind: 'external'; readonly raw: string; readonly state: ExternalState | null }
  | { readonly kind: 'untracked' }
  /** A reference while no release is loaded: nothing can be said about it yet. */
  | { readonly kind: 'unknown'; readonly number: number; readonly raw: string };

export interface ExternalState {
  readonly title: string | null;
  readonly status: OutsideIssue['status'];
  readonly milestone: string | null;
}

function titleOf(outside: OutsideIssue): string {
  return plainLine(outside.title ?? '', LENS_TITLE_LENGTH);
}

function outsideModel(number: number, outside: OutsideIssue | null): TodoLensModel {
  if (outside === null) return { kind: 'unchecked', number, reason: null };
  const stale = outside.lastError === null ? null : plainLine(outside.lastError, 80);
  switch (outside.status) {
    case 'open':
      return { kind: 'elsewhere', number, title: titleOf(outside), milestone: outside.milestone === null ? null : plainLine(outside.milestone, 24), pullRequest: false, stale };
    case 'pullRequest':
      return outside.pullState === 'open'
        ? { kind: 'elsewhere', number, title: titleOf(outside), milestone: null, pullRequest: true, stale }
        : { kind: 'closed', number, title: titleOf(outside), reason: outside.pullState === 'merged' ? 'merged' : 'not_planned', outside: true, stale };
    case 'closed':
      return { kind: 'closed', number, title: titleOf(outside), reason: outside.stateReason, outside: true, stale };
    case 'notFound':
    case 'deleted':
    case 'transferred':
      return { kind: 'missing', number, why: outside.status, movedTo: outside.movedTo === null ? null : plainLine(outside.movedTo, 60), stale };
    case 'unknown':
      return { kind: 'unchecked', number, reason: stale };
  }
}

/** One model per TODO, in the same order. */
export function todoLensModels(todos: readonly TodoItem[], data: ReleaseData | null, config: TeamConfig): TodoLensModel[] {
  if (data === null) return todos.map((todo) => (todo.ref === null ? { kind: 'untracked' } : { kind: 'unknown', number: todo.ref.number, raw: plainLine(todo.ref.raw, 40) }));
  const roleNames = new Map(config.roles.map((r) => [r.id, r.name]));
  return classifyTodos(todos, data, repositoryOf(data)).map(({ todo, link, issue, outside }): TodoLensModel => {
    switch (link) {
      case 'untracked':
        return { kind: 'untracked' };
      case 'external': {
        const state: ExternalState | null =
          outside === null || outside.status === 'unknown' ? null : { title: outside.title === null ? null : titleOf(outside), status: outside.status, milestone: outside.milestone === null ? null : plainLine(outside.milestone, 24) };
        return { kind: 'external', raw: plainLine(todo.ref?.raw ?? '', 40), state };
      }
      case 'elsewhere':
      case 'missing':
      case 'unchecked':
        return outsideModel(todo.ref!.number, outside);
      case 'closed':
        return issue === null
          ? outsideModel(todo.ref!.number, outside)
          : { kind: 'closed', number: issue.number, title: plainLine(issue.title, LENS_TITLE_LENGTH), reason: issue.stateReason, outside: false };
      case 'open': {
        const roles = rolesOf(issue!, config.roles).flatMap((id) => roleNames.get(id) ?? []);
        return { kind: 'open', number: issue!.number, title: plainLine(issue!.title, LENS_TITLE_LENGTH), roles: roles.map((r) => plainLine(r, 24)) };
      }
    }
  });
}
