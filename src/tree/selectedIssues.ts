// Keybindings in the Issues by Role view act on the selected issues. VS Code runs a keybinding's command without
// the focused tree element (microsoft/vscode#72442), and extensions cannot read a tree's keyboard focus, so the
// view's keybindings in package.json pass `"args": { "selectedIssues": true }` and the command takes the view's
// selection instead. Enter or Space selects the focused row; with nothing selected the command asks as usual.
import type * as vscode from 'vscode';
import { IssueNode, type IssueTreeNode } from './issueNodes';

export interface SelectedIssuesArgument {
  readonly selectedIssues: true;
}

export function isSelectedIssuesArgument(arg: unknown): arg is SelectedIssuesArgument {
  return typeof arg === 'object' && arg !== null && (arg as { selectedIssues?: unknown }).selectedIssues === true;
}

/** The selected issues, each once (an issue with two roles can be selected under both). */
export function selectedIssues(view: Pick<vscode.TreeView<IssueTreeNode>, 'selection'>): IssueNode[] {
  const byNumber = new Map<number, IssueNode>();
  for (const node of view.selection) {
    if (node instanceof IssueNode && !byNumber.has(node.number)) byNumber.set(node.number, node);
  }
  return [...byNumber.values()];
}

/**
 * Wraps an issue command: with the selection marker it runs once per selected issue (or once with no argument,
 * which asks, when nothing is selected); any other argument goes through unchanged.
 */
export function onSelectedIssues<R>(
  view: Pick<vscode.TreeView<IssueTreeNode>, 'selection'>,
  run: (arg: unknown, ...rest: unknown[]) => Promise<R>,
): (arg?: unknown, ...rest: unknown[]) => Promise<R | R[]> {
  return async (arg, ...rest) => {
    if (!isSelectedIssuesArgument(arg)) return run(arg, ...rest);
    const nodes = selectedIssues(view);
    if (nodes.length === 0) return run(undefined);
    const results: R[] = [];
    for (const node of nodes) results.push(await run(node));
    return results;
  };
}
