// Quick fixes on TODO comments: "Track as issue" (untracked, or pointing at an issue the release lacks), "Reopen #12"
// (pointing at a closed issue) and "Remove TODO comment" (an undoable edit, computed only when chosen).
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { TodoItem } from '../core/model';
import { todoLensModels } from '../core/todo/todoLens';
import type { Services } from '../services';
import { TODO_DIAGNOSTIC_SOURCE } from './todoDiagnostics';
import { removeTodoWorkspaceEdit } from './todoEdits';
import type { TodoIndex } from './todoIndex';

class RemoveTodoAction extends vscode.CodeAction {
  constructor(
    readonly document: vscode.TextDocument,
    readonly todo: TodoItem,
  ) {
    super(vscode.l10n.t('Remove TODO comment'), vscode.CodeActionKind.QuickFix);
  }
}

export class TodoCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly services: Services,
    private readonly index: TodoIndex,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const todos = this.index.todosIn(document).filter((t) => t.line >= range.start.line && t.line <= range.end.line);
    if (todos.length === 0) return [];
    const models = todoLensModels(todos, this.services.store.current.data, this.services.config());
    const canTrack = this.services.store.currentTracker !== null;
    const actions: vscode.CodeAction[] = [];
    todos.forEach((todo, i) => {
      const model = models[i];
      const diagnostics = context.diagnostics.filter((d) => d.source === TODO_DIAGNOSTIC_SOURCE && d.range.start.line === todo.line);
      const withDiagnostics = <T extends vscode.CodeAction>(action: T): T => {
        if (diagnostics.length > 0) action.diagnostics = diagnostics;
        return action;
      };
      if ((model.kind === 'untracked' || model.kind === 'missing') && canTrack) {
        const track = withDiagnostics(new vscode.CodeAction(vscode.l10n.t('Track as issue'), vscode.CodeActionKind.QuickFix));
        track.command = { title: track.title, command: Commands.trackTodo, arguments: [{ uri: document.uri, line: todo.line, interactive: true }] };
        actions.push(track);
      }
      if (model.kind === 'closed' && model.reason !== 'merged') {
        const reopen = withDiagnostics(new vscode.CodeAction(vscode.l10n.t('Reopen #{0}', model.number), vscode.CodeActionKind.QuickFix));
        reopen.command = { title: reopen.title, command: Commands.reopen, arguments: [model.number] };
        actions.push(reopen);
      }
      const remove = withDiagnostics(new RemoveTodoAction(document, todo));
      remove.isPreferred = model.kind === 'closed';
      actions.push(remove);
    });
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (action instanceof RemoveTodoAction) {
      action.edit = removeTodoWorkspaceEdit(action.document, action.todo, this.services.settings().todoTags) ?? undefined;
    }
    return action;
  }
}
