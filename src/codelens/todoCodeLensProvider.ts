// A code lens on every TODO comment, computed from memory (the index and the loaded release) and returned at once:
// VS Code waits for every lens provider before it renders any, so nothing here awaits. When the release or the
// index changes, onDidChangeCodeLenses asks VS Code to come back.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ReleaseData, TeamConfig, TodoItem } from '../core/model';
import { todoLensModels, type TodoLensModel } from '../core/todo/todoLens';
import type { Services } from '../services';
import { TodoCommands } from './todoCommandIds';
import type { TodoIndex } from './todoIndex';
import { affectsTodoSettings } from './todoSettings';

export class TodoCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  /** The last answer for a file's TODOs (the index hands out the same array until the file changes). */
  private answers = new WeakMap<readonly TodoItem[], { data: ReleaseData | null; config: TeamConfig; canTrack: boolean; uri: string; lenses: vscode.CodeLens[] }>();

  constructor(
    private readonly services: Services,
    private readonly index: TodoIndex,
  ) {
    const fire = () => this.changed.fire();
    this.disposables = [
      this.changed,
      services.store.onDidChange(fire),
      index.onDidChange(fire),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsTodoSettings(e)) return;
        this.answers = new WeakMap();
        fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const todos = this.index.todosIn(document);
    if (todos.length === 0) return [];
    const canTrack = this.services.store.currentTracker !== null;
    const data = this.services.store.current.data;
    const config = this.services.config();
    // VS Code asks again on every scroll and focus: with the same TODOs, release and config the answer is the same.
    const last = this.answers.get(todos);
    if (last && last.data === data && last.config === config && last.canTrack === canTrack && last.uri === document.uri.toString()) return last.lenses;
    const models = todoLensModels(todos, data, config);
    const lenses = todos.flatMap((todo, i) => this.lensesFor(document.uri, todo, models[i], canTrack));
    this.answers.set(todos, { data, config, canTrack, uri: document.uri.toString(), lenses });
    return lenses;
  }

  private lensesFor(uri: vscode.Uri, todo: TodoItem, model: TodoLensModel, canTrack: boolean): vscode.CodeLens[] {
    const range = new vscode.Range(todo.line, todo.character, todo.endLine, todo.endCharacter);
    const lens = (title: string, command: string, args: unknown[], tooltip?: string) => new vscode.CodeLens(range, { title, command, arguments: args, tooltip });
    const here = { uri, line: todo.line, interactive: true };
    const milestone = this.services.store.milestoneTitle ?? '';
    switch (model.kind) {
      case 'open': {
        const parts = [`#${model.number}`, model.title, vscode.l10n.t('open'), ...(model.roles.length > 0 ? [model.roles.join(', ')] : [])];
        return [
          lens(parts.join(' · '), TodoCommands.revealIssue, [model.number], vscode.l10n.t('Show #{0} in Issues by Role', model.number)),
          lens(vscode.l10n.t('Open'), Commands.openIssue, [model.number], vscode.l10n.t('Open #{0}', model.number)),
        ];
      }
      case 'closed':
        return [
          lens(
            vscode.l10n.t('#{0} is closed: remove this TODO or reopen', model.number),
            TodoCommands.resolveReference,
            [here],
            vscode.l10n.t('#{0} {1} is closed. Choose: remove the TODO comment, reopen the issue, or show it.', model.number, model.title),
          ),
        ];
      case 'missing':
        return [
          lens(
            vscode.l10n.t('#{0} not found', model.number),
            TodoCommands.resolveReference,
            [here],
            vscode.l10n.t('The release milestone {0} has no issue #{1}. Choose: track the TODO as a new issue, or remove it.', milestone, model.number),
          ),
        ];
      case 'untracked':
        return canTrack ? [lens(vscode.l10n.t('Track as issue'), Commands.trackTodo, [here], vscode.l10n.t('Create an issue in {0} for this TODO', milestone))] : [];
      case 'external':
        return [lens(vscode.l10n.t('{0} (another repository)', model.raw), '', [])];
      case 'unknown':
        return [lens(model.raw, TodoCommands.revealIssue, [model.number], vscode.l10n.t('The release is not loaded yet'))];
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
