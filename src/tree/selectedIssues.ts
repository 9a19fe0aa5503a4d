// Commands of the Issues by Role view act on every selected issue. From a menu, VS Code passes the clicked node
// and, when several rows are selected, the whole selection as the second argument. A keybinding's command gets no
// tree element at all (microsoft/vscode#72442), and extensions cannot read a tree's keyboard focus, so the view's
// keybindings in package.json pass `"args": { "selectedIssues": true }` and the command takes the view's
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

/** The issues of a menu run on a multi-selection: `(clicked node, selected nodes)`, or null for anything else. */
export function menuSelection(arg: unknown, second: unknown): IssueNode[] | null {
  if (!(arg instanceof IssueNode) || !Array.isArray(second) || second.length < 2) return null;
  if (!second.every((node) => node instanceof IssueNode)) return null;
  return selectedIssues({ selection: second as IssueNode[] });
}

/**
 * Wraps an issue command: with the selection marker, or from a menu on several selected rows, it runs once per
 * selected issue (with the marker and nothing selected, once with no argument, which asks); any other argument
 * goes through unchanged.
 */
export function onSelectedIssues<R>(
  view: Pick<vscode.TreeView<IssueTreeNode>, 'selection'>,
  run: (arg: unknown, ...rest: unknown[]) => Promise<R>,
): (arg?: unknown, ...rest: unknown[]) => Promise<R | R[]> {
  return async (arg, ...rest) => {
    const nodes = isSelectedIssuesArgument(arg) ? selectedIssues(view) : menuSelection(arg, rest[0]);
    if (nodes === null) return run(arg, ...rest);
    if (nodes.length === 0) return run(undefined);
    const results: R[] = [];
    for (const node of nodes) results.push(await run(node));
    return results;
  };
}
