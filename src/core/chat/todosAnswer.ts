// `@release /todos` (and the release_todos tool's selection): TODOs on closed or missing issues and untracked
// TODOs, exactly the items of the two TODO criteria, optionally for the files a path glob matches.
import type { CriterionItem, CriterionResult } from '../criteria/criteria';
import type { ReleaseReport } from '../report/report';
import { button, CHAT_BUTTON_LIMIT, CHAT_ITEM_LIMIT, markdown, type ChatPart } from './chatParts';
import { chatText } from './chatText';
import { itemLines, lines, referencesOf } from './itemLines';
import { notLoadedAnswer, verdictHeading } from './statusAnswer';

export type TodoItemOf = Extract<CriterionItem, { kind: 'todo' }>;

export interface TodoGroup {
  readonly id: 'noTodoOnClosedOrMissing' | 'noUntrackedTodo';
  readonly title: string;
  /** Null when the criterion was evaluated; else why not (disabled, no TODO scan). */
  readonly notChecked: string | null;
  readonly items: readonly TodoItemOf[];
}

function groupOf(report: ReleaseReport, id: TodoGroup['id'], matches: (file: string) => boolean): TodoGroup {
  const criterion: CriterionResult | undefined = report.criteria.find((c) => c.id === id);
  const title = criterion?.title ?? id;
  if (!criterion || criterion.skipped) return { id, title, notChecked: criterion?.reason ?? 'Not evaluated.', items: [] };
  const items = criterion.items.filter((i): i is TodoItemOf => i.kind === 'todo' && matches(i.file));
  return { id, title, notChecked: null, items };
}

export function selectTodos(report: ReleaseReport, matches: (file: string) => boolean = () => true): readonly TodoGroup[] {
  return [groupOf(report, 'noTodoOnClosedOrMissing', matches), groupOf(report, 'noUntrackedTodo', matches)];
}

export function todosAnswer(report: ReleaseReport | null, matches?: (file: string) => boolean, glob?: string): ChatPart[] {
  if (report === null) return notLoadedAnswer();
  const groups = selectTodos(report, matches);
  const where = glob ? ` in ${chatText(glob)}` : '';
  const parts: ChatPart[] = [lines(verdictHeading(report), '')];
  for (const group of groups) {
    const heading = `**${chatText(group.title)}**`;
    if (group.notChecked !== null) parts.push(lines('', heading, '', `Not checked: ${chatText(group.notChecked)}`, ''));
    else if (group.items.length === 0) parts.push(lines('', heading, '', `None${where}.`, ''));
    else parts.push(lines('', `${heading} (${group.items.length}${where})`, '', itemLines(group.items), ''));
  }
  const all = groups.flatMap((g) => g.items.slice(0, CHAT_ITEM_LIMIT));
  parts.push(...referencesOf(all));
  const untracked = groups.find((g) => g.id === 'noUntrackedTodo')?.items ?? [];
  for (const todo of untracked.slice(0, CHAT_BUTTON_LIMIT)) parts.push(button({ kind: 'trackTodo', file: todo.file, line: todo.line }));
  if (all.length === 0 && groups.every((g) => g.notChecked === null)) parts.push(markdown('Every TODO points at an open issue of the milestone.'));
  parts.push(button({ kind: 'openReport' }));
  return parts;
}
