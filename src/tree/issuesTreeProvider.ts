// TreeDataProvider of the Issues by Role view. The data lives in ReleaseStore; this class turns the store's
// current state into nodes, computed once per change and paged per role.
import * as vscode from 'vscode';
import { groupByRole, type ReleaseGroups } from '../core/issueGroups';
import type { Milestone, TeamConfig } from '../core/model';
import { ReleaseFiles } from '../constants';
import { displayRoles } from '../core/config/roles';
import type { ReleaseStore } from '../state/releaseStore';
import { issueHover, pullHover } from './issueHover';
import { mergedPullsClosing, pullRequestsOf } from '../core/pulls/pullRequests';
import { IssueNode, MessageNode, PullRequestNode, ReleaseNode, RoleNode, ShowMoreNode, TodoNode, type IssueTreeNode } from './issueNodes';
import type { IssueViewOptions } from './issueViewOptions';
import type { TodoLinks } from './todoLinks';

export const PAGE_SIZE = 100;

export class IssuesTreeProvider implements vscode.TreeDataProvider<IssueTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<IssueTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private groups: ReleaseGroups | null = null;
  private readonly limits = new Map<string, number>();
  private roots: IssueTreeNode[] = [];

  constructor(
    private readonly store: ReleaseStore,
    private readonly config: () => TeamConfig,
    private readonly options: IssueViewOptions,
    private readonly todos: TodoLinks,
    private readonly me: () => string | null,
    private readonly folder: () => vscode.Uri | undefined,
  ) {
    this.disposables.push(
      store.onDidChange(() => this.refresh()),
      options.onDidChange(() => this.refresh()),
      todos.onDidChange(() => this.refresh()),
    );
  }

  /** Recomputes the groups and tells VS Code to re-render. */
  refresh(): void {
    this.groups = null;
    this.roots = [];
    this.changed.fire(undefined);
  }

  showMore(roleId: string): void {
    this.limits.set(roleId, (this.limits.get(roleId) ?? PAGE_SIZE) + PAGE_SIZE * 5);
    this.changed.fire(undefined);
  }

  /** Summary for the badge and status bar, from the same computation as the tree. */
  get summary(): ReleaseGroups | null {
    return this.currentGroups();
  }

  getTreeItem(node: IssueTreeNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getParent(node: IssueTreeNode): IssueTreeNode | undefined {
    if (node instanceof IssueNode || node instanceof ShowMoreNode || node instanceof PullRequestNode) {
      const group = this.currentGroups()?.groups.find((g) => g.role.id === node.roleId);
      return group ? new RoleNode(group) : undefined;
    }
    return undefined;
  }

  getChildren(node?: IssueTreeNode): IssueTreeNode[] {
    if (!node) {
      this.roots = this.rootNodes();
      return this.roots;
    }
    if (node instanceof RoleNode) return this.roleChildren(node);
    if (node instanceof IssueNode) {
      const parentId = `${node.roleId}:${node.number}`;
      return node.todos.map((todo) => new TodoNode(todo, parentId, this.folder()));
    }
    return [];
  }

  resolveTreeItem(item: vscode.TreeItem, node: IssueTreeNode): vscode.TreeItem {
    if (node instanceof IssueNode) {
      const roles = displayRoles(this.config());
      const names = node.classified.status.roles.map((id) => roles.find((r) => r.id === id)?.name ?? id);
      const data = this.store.current.data;
      const closedBy = data && node.issue.state === 'closed' ? mergedPullsClosing(node.issue.number, data) : [];
      item.tooltip = issueHover(node.issue, names, node.todos, closedBy);
    }
    if (node instanceof PullRequestNode) item.tooltip = pullHover(node.pull);
    return item;
  }

  /** The node of an issue under its first role, for reveal(). */
  findIssueNode(issueNumber: number): IssueNode | undefined {
    const groups = this.currentGroups();
    if (!groups) return undefined;
    for (const group of groups.groups) {
      const classified = group.issues.find((c) => c.issue.number === issueNumber);
      if (classified) return new IssueNode(classified, group.role.id, this.todos.todosFor(issueNumber), this.store.current.pending.has(issueNumber));
    }
    return undefined;
  }

  private currentGroups(): ReleaseGroups | null {
    const data = this.store.current.data;
    if (!data) return null;
    if (!this.groups) {
      const view = this.options.current;
      const me = view.mineOnly ? this.me() : null;
      const filter = { openOnly: view.openOnly, blockersOnly: view.blockersOnly, assignee: view.mineOnly ? (me ?? '\u0000nobody') : null };
      this.groups = groupByRole(data.issues, this.config(), filter, view.sort, pullRequestsOf(data));
    }
    return this.groups;
  }

  private rootNodes(): IssueTreeNode[] {
    const state = this.store.current;
    const nodes: IssueTreeNode[] = [];
    if (state.error) {
      nodes.push(new MessageNode('error', state.error.message, 'error', { command: 'releaseReadiness.refresh', title: vscode.l10n.t('Retry') }, vscode.l10n.t('{0} Click to retry.', state.error.message)));
    }
    const groups = this.currentGroups();
    if (!state.data || !groups) return nodes;
    nodes.push(new ReleaseNode(state.data.milestone, groups.resolved, groups.total, state.stale));
    // Four "0/0" roles tell a new user nothing; say where issues come from instead.
    if (groups.total === 0 && groups.pullCount === 0) {
      nodes.push(this.emptyMilestoneNode(state.data.milestone, state.tracker?.kind ?? null));
      return nodes;
    }
    for (const group of groups.groups) {
      // Unassigned only shows when it has issues.
      if (group.role.id === 'unassigned' && group.total === 0 && group.pulls.length === 0) continue;
      nodes.push(new RoleNode(group));
    }
    return nodes;
  }

  private emptyMilestoneNode(milestone: Milestone, tracker: 'local' | 'github' | null): MessageNode {
    const folder = this.folder();
    if (tracker === 'local' && folder) {
      const file = vscode.Uri.joinPath(folder, ...ReleaseFiles.issues.split('/'));
      return new MessageNode(
        'empty',
        vscode.l10n.t('No issues in {0} yet', milestone.title),
        'info',
        { command: 'vscode.open', title: vscode.l10n.t('Open {0}', ReleaseFiles.issues), arguments: [file] },
        vscode.l10n.t('Add issues with "milestone": "{0}" to {1} (click to open it), or turn TODO comments into issues with "Track All Untracked TODOs…".', milestone.title, ReleaseFiles.issues),
      );
    }
    const url = milestone.url ? vscode.Uri.parse(milestone.url) : undefined;
    return new MessageNode(
      'empty',
      vscode.l10n.t('No issues in {0} yet', milestone.title),
      'info',
      url ? { command: 'vscode.open', title: vscode.l10n.t('Open the Milestone'), arguments: [url] } : { command: 'releaseReadiness.refresh', title: vscode.l10n.t('Refresh') },
      url
        ? vscode.l10n.t('Add issues to the milestone "{0}" on GitHub, then refresh. Click to open the milestone.', milestone.title)
        : vscode.l10n.t('Add issues to the milestone "{0}" on GitHub. Click to refresh.', milestone.title),
    );
  }

  private roleChildren(node: RoleNode): IssueTreeNode[] {
    const groups = this.currentGroups();
    const group = groups?.groups.find((g) => g.role.id === node.role.id);
    if (!group) return [];
    const limit = this.limits.get(group.role.id) ?? PAGE_SIZE;
    const pending = this.store.current.pending;
    const shown = group.issues.slice(0, limit).map((c) => new IssueNode(c, group.role.id, this.todos.todosFor(c.issue.number), pending.has(c.issue.number)));
    const children: IssueTreeNode[] = shown;
    if (group.issues.length > limit) children.push(new ShowMoreNode(group.role.id, group.issues.length - limit));
    children.push(...group.pulls.map((pull) => new PullRequestNode(pull, group.role.id)));
    return children;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
