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

export interface ChecklistSurface extends vscode.Disposable {
  readonly provider: ChecklistTreeProvider;
  readonly view: vscode.TreeView<ChecklistNode>;
  /** What a click on item checkboxes does (the view's onDidChangeCheckboxState handler); resolves after the writes. */
  changeCheckboxes(items: readonly (readonly [ChecklistNode, vscode.TreeItemCheckboxState])[]): Promise<void>;
}

export function registerChecklistSurface(services: Services): ChecklistSurface {
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

  const changeCheckboxes = async (items: readonly (readonly [ChecklistNode, vscode.TreeItemCheckboxState])[]) => {
    // Several boxes at once (a multi-selection): each is its own write; the writer runs them in order.
    await Promise.all(
      items.map(([node, state]) => {
        if (!(node instanceof ItemNode)) return undefined;
        const checked = state === vscode.TreeItemCheckboxState.Checked;
        // Failures are already shown (with Retry) and the tree rolled back.
        return toggler.run({ text: node.text, occurrence: node.occurrence, checked }).catch(() => undefined);
      }),
    );
  };

  const disposables: vscode.Disposable[] = [
    writer,
    provider,
    view,
    provider.onDidChangeTreeData(updateChrome),
    view.onDidChangeCheckboxState((event) => changeCheckboxes(event.items)),
    vscode.commands.registerCommand(Commands.toggleChecklistItem, (arg?: unknown) => toggler.run(arg)),
    vscode.commands.registerCommand(Commands.completeChecklist, () => completeChecklist(services, writer)),
    vscode.commands.registerCommand(Commands.createChecklist, (arg?: unknown) => createChecklist(services, arg)),
  ];
  return {
    provider,
    view,
    changeCheckboxes,
    dispose() {
      for (const d of disposables.splice(0)) d.dispose();
    },
  };
}
