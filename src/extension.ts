// Composition root: build the services, register the surfaces, push every disposable. Keep it short.
import * as vscode from 'vscode';
import { Commands, Views } from './constants';
import { createLog } from './log';

export interface ReleaseReadinessApi {
  /** The commands this activation registered (the integration tests compare them with package.json). */
  readonly registeredCommands: readonly string[];
}

export function activate(context: vscode.ExtensionContext): ReleaseReadinessApi {
  const log = createLog();
  context.subscriptions.push(log);
  log.info(`Activating Release Readiness ${context.extension.packageJSON.version}`);

  const registered: string[] = [];
  const register = (id: string, handler: (...args: unknown[]) => unknown) => {
    registered.push(id);
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  };

  const emptyTree: vscode.TreeDataProvider<never> = { getTreeItem: (e) => e, getChildren: () => [] };
  context.subscriptions.push(
    vscode.window.createTreeView(Views.issues, { treeDataProvider: emptyTree }),
    vscode.window.createTreeView(Views.checklist, { treeDataProvider: emptyTree }),
  );

  for (const id of Object.values(Commands)) {
    register(id, () => vscode.window.showInformationMessage(vscode.l10n.t('Release Readiness is starting up.')));
  }
  return { registeredCommands: registered };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
