// Problems for TODOs that block a release: one referencing a closed issue, one referencing an issue the tracker does
// not have (404, deleted, transferred), and (off by default) one no issue tracks or one on an open issue planned for
// another milestone. Workspace-wide, from the index; severities from settings. Closed and missing need the release
// loaded and the outside issues looked up: while they are not (or a look-up failed), nothing is claimed about them.
import * as vscode from 'vscode';
import type { OutsideIssue, TodoItem } from '../core/model';
import { plainLine } from '../core/todo/todoIssueText';
import { classifyTodos, repositoryOf, type TodoLink } from '../core/todo/todoTracking';
import type { Services } from '../services';
import type { TodoIndex } from './todoIndex';
import { affectsTodoSettings, readTodoSeverities, type TodoProblem } from './todoSettings';

export const TODO_DIAGNOSTIC_SOURCE = 'Release Readiness';

export const TodoDiagnosticCodes: Record<TodoProblem, string> = {
  closed: 'todo-closed-issue',
  missing: 'todo-missing-issue',
  untracked: 'todo-untracked',
  elsewhere: 'todo-other-milestone',
};

const PROBLEM_OF: Partial<Record<TodoLink, TodoProblem>> = { closed: 'closed', missing: 'missing', untracked: 'untracked', elsewhere: 'elsewhere' };
const UPDATE_DEBOUNCE_MS = 100;

export class TodoDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('release-todos');
  private readonly disposables: vscode.Disposable[];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly services: Services,
    private readonly index: TodoIndex,
  ) {
    const schedule = () => this.schedule();
    this.disposables = [
      this.collection,
      services.store.onDidChange(schedule),
      index.onDidChange(schedule),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affectsTodoSettings(e)) schedule();
      }),
    ];
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), UPDATE_DEBOUNCE_MS);
  }

  /** Recomputes every TODO diagnostic. */
  update(): void {
    const folder = this.services.folder();
    const todos = this.index.all();
    this.collection.clear();
    if (!folder || todos === null) return;
    const severities = readTodoSeverities();
    const data = this.services.store.current.data;
    const classified = data
      ? classifyTodos(todos, data, repositoryOf(data))
      : todos.filter((todo) => todo.ref === null).map((todo) => ({ todo, link: 'untracked' as const, issue: null, outside: null }));
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const { todo, link, issue, outside } of classified) {
      const problem = PROBLEM_OF[link];
      const severity = problem ? severities[problem] : null;
      if (!problem || severity === null) continue;
      const diagnostic = new vscode.Diagnostic(rangeOf(todo), this.message(problem, todo, issue?.title ?? outside?.title ?? '', outside), severity);
      diagnostic.source = TODO_DIAGNOSTIC_SOURCE;
      diagnostic.code = TodoDiagnosticCodes[problem];
      const list = byFile.get(todo.file);
      if (list) list.push(diagnostic);
      else byFile.set(todo.file, [diagnostic]);
    }
    this.collection.set([...byFile].map(([file, diagnostics]) => [vscode.Uri.joinPath(folder.uri, ...file.split('/')), diagnostics]));
  }

  private message(problem: TodoProblem, todo: TodoItem, title: string, outside: OutsideIssue | null): string {
    const number = todo.ref?.number ?? 0;
    const lastKnown = outside?.lastError ? ` ${vscode.l10n.t('(last known state: {0})', plainLine(outside.lastError, 80))}` : '';
    switch (problem) {
      case 'closed':
        return vscode.l10n.t('{0} references #{1}, which is closed ({2}): remove the TODO or reopen the issue', todo.tag, number, plainLine(title, 60)) + lastKnown;
      case 'missing':
        if (outside?.status === 'deleted') return vscode.l10n.t('{0} references #{1}, which was deleted', todo.tag, number) + lastKnown;
        if (outside?.status === 'transferred') {
          return (outside.movedTo === null
            ? vscode.l10n.t('{0} references #{1}, which was moved to another repository', todo.tag, number)
            : vscode.l10n.t('{0} references #{1}, which was moved to {2}', todo.tag, number, plainLine(outside.movedTo, 60))) + lastKnown;
        }
        return vscode.l10n.t('{0} references #{1}, which {2} does not have (not found)', todo.tag, number, this.services.store.current.tracker?.label ?? '') + lastKnown;
      case 'elsewhere':
        return outside?.milestone
          ? vscode.l10n.t('{0} references #{1}, planned for {2}', todo.tag, number, plainLine(outside.milestone, 40))
          : vscode.l10n.t('{0} references #{1}, which is open in no milestone', todo.tag, number);
      case 'untracked':
        return vscode.l10n.t('{0} is not tracked by an issue', todo.tag);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function rangeOf(todo: TodoItem): vscode.Range {
  return new vscode.Range(todo.line, todo.character, todo.endLine, todo.endCharacter);
}
