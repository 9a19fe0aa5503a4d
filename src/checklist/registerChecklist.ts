// The release checklist surface: the Release Checklist view (native checkboxes, grouped by role) and its commands
// toggleChecklistItem, completeChecklist and createChecklist.
import * as vscode from 'vscode';
import { Commands, Views } from '../constants';
import type { Services } from '../services';
import { ChecklistWriter } from '../state/checklistWriter';
import { ItemNode, type ChecklistNode } from './checklistNodes';
import { ChecklistTreeProvider, type ChecklistViewState } from './checklistTreeProvider';
import { completeChecklist } from './completeChecklist';
import { createChecklist } from './createChecklist';
import { ChecklistToggler } from './toggleChecklistItem';

/** Context key for the view's welcome content and menus. */
export const CHECKLIST_STATE_KEY = 'releaseReadiness.checklistState';

export function registerChecklistSurface(services: Services): vscode.Disposable[] {
  const writer = new ChecklistWriter(services.store, () => services.config().roles);
  const provider = new ChecklistTreeProvider(services.store, writer, () => services.config(), services.onDidChangeReport);
  const view = vscode.window.createTreeView<ChecklistNode>(Views.checklist, {
    treeDataProvider: provider,
    showCollapseAll: true,
    // A group's box would tick every item of a role at once; only items have boxes, each written on its own.
    manageCheckboxStateManually: true,
  });
  const toggler = new ChecklistToggler(services, writer);

  let lastState: ChecklistViewState | null = null;
  const updateChrome = () => {
    const outline = provider.outline;
    const state = provider.state;
    view.description = outline && outline.total > 0 ? vscode.l10n.t('{0}/{1} done', outline.done, outline.total) : undefined;
    if (state !== lastState) {
      lastState = state;
      void vscode.commands.executeCommand('setContext', CHECKLIST_STATE_KEY, state);
    }
  };
  updateChrome();

  return [
    writer,
    provider,
    view,
    provider.onDidChangeTreeData(updateChrome),
    view.onDidChangeCheckboxState(async (event) => {
      for (const [node, state] of event.items) {
        if (!(node instanceof ItemNode)) continue;
        const checked = state === vscode.TreeItemCheckboxState.Checked;
        // Failures are already shown (with Retry) and the tree rolled back.
        await toggler.run({ text: node.text, occurrence: node.occurrence, checked }).catch(() => undefined);
      }
    }),
    vscode.commands.registerCommand(Commands.toggleChecklistItem, (arg?: unknown) => toggler.run(arg)),
    vscode.commands.registerCommand(Commands.completeChecklist, () => completeChecklist(services, writer)),
    vscode.commands.registerCommand(Commands.createChecklist, (arg?: unknown) => createChecklist(services, arg)),
  ];
}
