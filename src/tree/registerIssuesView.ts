// The Issues by Role view: provider, checkboxes (resolve / reopen), drag and drop, badge, progress on refresh.
import * as vscode from 'vscode';
import { Views } from '../constants';
import type { Services } from '../services';
import { markResolved } from '../commands/markResolved';
import { reopen } from '../commands/reopen';
import { IssueNode, type IssueTreeNode } from './issueNodes';
import { IssuesTreeProvider } from './issuesTreeProvider';
import type { IssueViewOptions } from './issueViewOptions';
import { RoleDragAndDrop } from './roleDragAndDrop';

export interface IssuesView extends vscode.Disposable {
  readonly provider: IssuesTreeProvider;
  readonly view: vscode.TreeView<IssueTreeNode>;
  readonly dragAndDrop: RoleDragAndDrop;
  reveal(issueNumber: number): Promise<void>;
  /** What ticking or unticking issue boxes runs; resolves when every write settled. */
  changeCheckboxes(items: readonly (readonly [IssueTreeNode, vscode.TreeItemCheckboxState])[]): Promise<void>;
}

export function registerIssuesView(services: Services, options: IssueViewOptions, me: () => string | null): IssuesView {
  const provider = new IssuesTreeProvider(services.store, () => services.config(), options, services.todos, me, () => services.folder()?.uri);
  const dragAndDrop = new RoleDragAndDrop(services);
  const view = vscode.window.createTreeView(Views.issues, {
    treeDataProvider: provider,
    showCollapseAll: true,
    canSelectMany: true,
    dragAndDropController: dragAndDrop,
    // We own the checkbox of each issue; a role's box must not tick its children.
    manageCheckboxStateManually: true,
  });
  const disposables: vscode.Disposable[] = [provider, view];

  const updateChrome = () => {
    const summary = provider.summary;
    view.badge = summary && summary.open > 0 ? { value: summary.open, tooltip: vscode.l10n.t('{0} open issues', summary.open) } : undefined;
    const state = services.store.current;
    view.description = state.stale ? vscode.l10n.t('offline') : (state.tracker?.label ?? undefined);
    view.message = state.stale ? vscode.l10n.t('Offline: showing data saved {0}. {1}', state.stale.since.toLocaleString(), state.stale.reason) : undefined;
    void vscode.commands.executeCommand('setContext', 'releaseReadiness.phase', state.phase);
  };
  disposables.push(services.store.onDidChange(updateChrome), provider.onDidChangeTreeData(updateChrome));

  const changeCheckboxes = async (items: readonly (readonly [IssueTreeNode, vscode.TreeItemCheckboxState])[]) => {
    for (const [node, state] of items) {
      if (!(node instanceof IssueNode)) continue;
      services.log.info(`Checkbox of #${node.number}: ${state === vscode.TreeItemCheckboxState.Checked ? 'resolve' : 'reopen'}`);
      const run = state === vscode.TreeItemCheckboxState.Checked ? markResolved(services, node.number, {}) : reopen(services, node.number);
      // The failure is already shown with Retry, and the tree rolled back; nothing else to do here.
      await run.catch(() => undefined);
    }
  };
  disposables.push(view.onDidChangeCheckboxState((event) => changeCheckboxes(event.items)));

  return {
    provider,
    view,
    dragAndDrop,
    changeCheckboxes,
    async reveal(issueNumber) {
      const node = provider.findIssueNode(issueNumber);
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
    },
    dispose() {
      for (const d of disposables.splice(0)) d.dispose();
    },
  };
}
