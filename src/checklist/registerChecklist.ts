// The release checklist surface: the checklist view and its commands.
import * as vscode from 'vscode';
import { Commands, Views } from '../constants';
import type { Services } from '../services';

export function registerChecklistSurface(_services: Services): vscode.Disposable[] {
  const empty: vscode.TreeDataProvider<never> = { getTreeItem: (e) => e, getChildren: () => [] };
  const notYet = () => vscode.window.showInformationMessage(vscode.l10n.t('The release checklist is not available yet.'));
  return [
    vscode.window.createTreeView(Views.checklist, { treeDataProvider: empty }),
    ...[Commands.toggleChecklistItem, Commands.completeChecklist, Commands.createChecklist].map((id) => vscode.commands.registerCommand(id, notYet)),
  ];
}
