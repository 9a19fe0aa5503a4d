// Reads the Issues by Role tree through its own TreeDataProvider (what VS Code renders), and switches the
// workspace between trackers the way a user does: through the workspace setting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../src/extension';
import type { IssueTreeNode } from '../../src/tree/issueNodes';
import { waitFor } from './emulatorControl';

export interface ShownIssue {
  readonly number: number;
  readonly checked: boolean;
  readonly contextValue: string;
  readonly description: string;
}

export interface ShownRole {
  readonly name: string;
  /** `resolved/total` of the role. */
  readonly description: string;
  /** In display order. */
  readonly issues: readonly ShownIssue[];
}

export interface ShownTree {
  /** Label and description of the release row, e.g. `v2.0` and `due Dec 15, 2026 · 6/20 resolved (30%)`. */
  readonly release: { readonly label: string; readonly description: string } | null;
  readonly roles: readonly ShownRole[];
  readonly messages: readonly string[];
}

type Tree = ReleaseReadinessApi['issuesTree'];

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

function checkedOf(item: vscode.TreeItem): boolean {
  const box = item.checkboxState;
  const state = typeof box === 'object' ? box.state : box;
  return state === vscode.TreeItemCheckboxState.Checked;
}

export async function readTree(tree: Tree): Promise<ShownTree> {
  const { provider } = tree;
  let release: ShownTree['release'] = null;
  const roles: ShownRole[] = [];
  const messages: string[] = [];
  for (const node of await provider.getChildren()) {
    const item = await provider.getTreeItem(node);
    if (node.kind === 'release') release = { label: labelOf(item), description: String(item.description ?? '') };
    if (node.kind === 'message') messages.push(labelOf(item));
    if (node.kind !== 'role') continue;
    const issues: ShownIssue[] = [];
    for (const child of await provider.getChildren(node)) {
      if (child.kind !== 'issue') continue;
      const childItem = await provider.getTreeItem(child);
      issues.push({ number: child.number, checked: checkedOf(childItem), contextValue: String(childItem.contextValue), description: String(childItem.description ?? '') });
    }
    roles.push({ name: labelOf(item), description: String(item.description ?? ''), issues });
  }
  return { release, roles, messages };
}

/** Role name → issue numbers in display order. */
export function membership(tree: ShownTree): Record<string, number[]> {
  return Object.fromEntries(tree.roles.map((r) => [r.name, r.issues.map((i) => i.number)]));
}

/** The tree row of an issue under a role (the node a user clicks, drags or ticks). */
export async function issueNode(tree: Tree, roleName: string, issueNumber: number): Promise<IssueTreeNode> {
  const role = await roleNode(tree, roleName);
  const node = (await tree.provider.getChildren(role)).find((n) => n.kind === 'issue' && n.number === issueNumber);
  assert.ok(node, `#${issueNumber} is not shown under ${roleName}`);
  return node;
}

export async function roleNode(tree: Tree, roleName: string): Promise<IssueTreeNode> {
  for (const node of await tree.provider.getChildren()) {
    if (node.kind === 'role' && node.role.name === roleName) return node;
  }
  assert.fail(`No role "${roleName}" in the tree`);
}

export async function shownIssue(tree: Tree, roleName: string, issueNumber: number): Promise<ShownIssue | undefined> {
  const role = (await readTree(tree)).roles.find((r) => r.name === roleName);
  return role?.issues.find((i) => i.number === issueNumber);
}

/**
 * Sets the workspace's `releaseReadiness.tracker` and waits until the store shows a release from that tracker
 * (optionally a given milestone).
 */
export async function useTracker(api: ReleaseReadinessApi, kind: 'github' | 'local', milestone?: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('releaseReadiness');
  if (config.inspect<string>('tracker')?.workspaceValue !== kind) {
    await config.update('tracker', kind, vscode.ConfigurationTarget.Workspace);
  }
  await waitForRelease(api, kind, milestone);
}

export function waitForRelease(api: ReleaseReadinessApi, kind: 'github' | 'local', milestone?: string, timeoutMs = 30_000) {
  const { store } = api.services;
  return waitFor(
    () => {
      const s = store.current;
      return s.tracker?.kind === kind && s.phase === 'ready' && s.data !== null && (!milestone || s.data.milestone.title === milestone);
    },
    () => `the ${kind} release${milestone ? ` "${milestone}"` : ''} to load (now: ${store.current.tracker?.kind ?? 'none'} ${store.current.phase} ${store.current.error?.message ?? ''})`,
    timeoutMs,
  );
}
