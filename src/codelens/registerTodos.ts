// The TODO surface: workspace index, code lenses, diagnostics, quick fixes and the track commands.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Services } from '../services';

export function registerTodoSurface(_services: Services): vscode.Disposable[] {
  const notYet = () => vscode.window.showInformationMessage(vscode.l10n.t('TODO tracking is not available yet.'));
  return [Commands.trackTodo, Commands.trackAllTodos].map((id) => vscode.commands.registerCommand(id, notYet));
}
