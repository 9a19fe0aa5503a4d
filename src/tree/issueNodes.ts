// The nodes of the Issues by Role tree. Each renders itself; `contextValue` drives the menus in package.json.
import * as vscode from 'vscode';
import { formatDate } from '../displayText';
import type { ClassifiedIssue, RoleGroup } from '../core/issueGroups';
import type { Issue, Milestone, PullRequest, RoleDefinition, TodoItem } from '../core/model';
import { pullStateWords } from '../core/pulls/pullRequests';
import type { IssueStatus } from '../core/config/roles';

export class ReleaseNode {
  readonly kind = 'release';
  constructor(
    readonly milestone: Milestone,
    readonly resolved: number,
    readonly total: number,
    readonly stale: { since: Date; reason: string } | null,
  ) {}

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.milestone.title, vscode.TreeItemCollapsibleState.None);
    item.id = 'release';
    // Rounded down like the report and the status bar (src/core/report/report.ts): 37 of 38 is not 100%.
    const percent = this.total === 0 ? 0 : Math.floor((this.resolved / this.total) * 100);
    const due = this.milestone.dueOn ? vscode.l10n.t('due {0}', formatDate(this.milestone.dueOn)) : vscode.l10n.t('no due date');
    // An empty milestone says so in the row below; "0/0 resolved (0%)" would only add noise.
    item.description = this.total === 0 ? due : vscode.l10n.t('{0} · {1}/{2} resolved ({3}%)', due, this.resolved, this.total, percent);
    item.iconPath = new vscode.ThemeIcon(this.stale ? 'cloud-offline' : 'milestone', this.stale ? new vscode.ThemeColor('list.warningForeground') : undefined);
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${escapeMarkdown(this.milestone.title)}**\n\n`);
    if (this.milestone.description) tooltip.appendText(`${this.milestone.description}\n\n`);
    tooltip.appendText(item.description);
    if (this.stale) {
      tooltip.appendMarkdown('\n\n$(warning) ');
      tooltip.appendText(vscode.l10n.t('Offline: showing data from {0}. {1}', this.stale.since.toLocaleString(), this.stale.reason));
    }
    item.tooltip = tooltip;
    item.contextValue = 'release';
    item.command = { command: 'releaseReadiness.selectMilestone', title: vscode.l10n.t('Select Release Milestone…') };
    item.accessibilityInformation = { label: vscode.l10n.t('Release {0}, {1}', this.milestone.title, item.description) };
    return item;
  }
}

export class MessageNode {
  readonly kind = 'message';
  constructor(
    readonly id: string,
    readonly text: string,
    readonly icon: string,
    readonly command?: vscode.Command,
    readonly tooltip?: string,
  ) {}

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(this.text, vscode.TreeItemCollapsibleState.None);
    item.id = `message:${this.id}`;
    item.iconPath = new vscode.ThemeIcon(this.icon, this.icon === 'error' ? new vscode.ThemeColor('errorForeground') : undefined);
    item.tooltip = this.tooltip ?? this.text;
    if (this.command) item.command = this.command;
    item.contextValue = 'message';
    return item;
  }
}

export class RoleNode {
  readonly kind = 'role';
  constructor(readonly group: RoleGroup) {}

  get role(): RoleDefinition {
    return this.group.role;
  }

  toTreeItem(): vscode.TreeItem {
    const { role, resolved, total, issues, pulls } = this.group;
    const item = new vscode.TreeItem(role.name, total === 0 && pulls.length === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `role:${role.id}`;
    const counts = issues.length === total ? `${resolved}/${total}` : vscode.l10n.t('{0}/{1} · {2} shown', resolved, total, issues.length);
    // Pull requests are listed under the role but never counted as its issues.
    item.description = pulls.length === 0 ? counts : pulls.length === 1 ? vscode.l10n.t('{0} · 1 pull request', counts) : vscode.l10n.t('{0} · {1} pull requests', counts, pulls.length);
    item.iconPath = new vscode.ThemeIcon(roleIcon(role.id));
    item.tooltip = vscode.l10n.t('{0}: {1} of {2} issues resolved', role.name, resolved, total);
    item.contextValue = role.id === 'unassigned' ? 'role;unassigned' : 'role';
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1} of {2} resolved', role.name, resolved, total) };
    return item;
  }
}

export class IssueNode {
  readonly kind = 'issue';
  constructor(
    readonly classified: ClassifiedIssue,
    readonly roleId: string,
    readonly todos: readonly TodoItem[],
    readonly pending: boolean,
  ) {}

  get issue(): Issue {
    return this.classified.issue;
  }

  get number(): number {
    return this.classified.issue.number;
  }

  toTreeItem(): vscode.TreeItem {
    const { issue, status } = this.classified;
    const item = new vscode.TreeItem(`#${issue.number} ${issue.title}`, this.todos.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    // Same issue under two roles: ids must differ per parent.
    item.id = `issue:${this.roleId}:${issue.number}`;
    const parts: string[] = [];
    if (this.pending) parts.push(vscode.l10n.t('saving…'));
    if (issue.assignees.length > 0) parts.push(issue.assignees.map((a) => `@${a}`).join(' '));
    if (this.todos.length > 0) parts.push(this.todos.length === 1 ? vscode.l10n.t('1 TODO') : vscode.l10n.t('{0} TODOs', this.todos.length));
    item.description = parts.join(' · ');
    const notPlanned = status.resolved && issue.stateReason === 'not_planned';
    // Closed as not planned counts as resolved, but it was dropped, not done: GitHub's gray slash says so.
    item.iconPath = notPlanned ? new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('descriptionForeground')) : stateIcon(status);
    item.checkboxState = {
      state: status.resolved ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: status.resolved ? vscode.l10n.t('Reopen #{0}', issue.number) : vscode.l10n.t('Mark #{0} resolved', issue.number),
      accessibilityInformation: { label: status.resolved ? vscode.l10n.t('Resolved') : vscode.l10n.t('Open') },
    };
    item.contextValue = issueContextValue(status);
    item.accessibilityInformation = { label: vscode.l10n.t('Issue {0}, {1}, {2}', issue.number, issue.title, notPlanned ? vscode.l10n.t('closed as not planned') : stateLabel(status)) };
    return item;
  }
}

export class PullRequestNode {
  readonly kind = 'pullRequest';
  constructor(
    readonly pull: PullRequest,
    readonly roleId: string,
  ) {}

  get number(): number {
    return this.pull.number;
  }

  toTreeItem(): vscode.TreeItem {
    const pull = this.pull;
    const item = new vscode.TreeItem(`#${pull.number} ${pull.title}`, vscode.TreeItemCollapsibleState.None);
    item.id = `pull:${this.roleId}:${pull.number}`;
    const words = pullStateWords(pull);
    item.description = [vscode.l10n.t('pull request'), ...words.map((w) => pullWord(w))].join(' · ');
    item.iconPath = pullIcon(pull);
    item.contextValue = `pullRequest;${pull.mergedAt !== null ? 'merged' : pull.state}`;
    item.accessibilityInformation = { label: vscode.l10n.t('Pull request {0}, {1}, {2}', pull.number, pull.title, words.map((w) => pullWord(w)).join(', ')) };
    return item;
  }
}

function pullIcon(pull: PullRequest): vscode.ThemeIcon {
  if (pull.mergedAt !== null) return new vscode.ThemeIcon('git-merge', new vscode.ThemeColor('charts.purple'));
  if (pull.state === 'closed') return new vscode.ThemeIcon('git-pull-request-closed', new vscode.ThemeColor('charts.red'));
  if (pull.draft) return new vscode.ThemeIcon('git-pull-request-draft', new vscode.ThemeColor('descriptionForeground'));
  return new vscode.ThemeIcon('git-pull-request', new vscode.ThemeColor('charts.green'));
}

/** The state words of core/pulls, translated. */
export function pullWord(word: string): string {
  switch (word) {
    case 'merged':
      return vscode.l10n.t('merged');
    case 'closed without merging':
      return vscode.l10n.t('closed without merging');
    case 'draft':
      return vscode.l10n.t('draft');
    case 'open':
      return vscode.l10n.t('open');
    case 'approved':
      return vscode.l10n.t('approved');
    case 'changes requested':
      return vscode.l10n.t('changes requested');
    case 'review pending':
      return vscode.l10n.t('review pending');
    case 'checks failing':
      return vscode.l10n.t('checks failing');
    case 'checks running':
      return vscode.l10n.t('checks running');
    case 'checks passed':
      return vscode.l10n.t('checks passed');
    default:
      return word;
  }
}

export class TodoNode {
  readonly kind = 'todo';
  constructor(
    readonly todo: TodoItem,
    readonly parentId: string,
    readonly folder: vscode.Uri | undefined,
  ) {}

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(`${this.todo.tag}: ${this.todo.text || this.todo.ref?.raw || ''}`, vscode.TreeItemCollapsibleState.None);
    item.id = `todo:${this.parentId}:${this.todo.file}:${this.todo.line}`;
    item.description = `${this.todo.file}:${this.todo.line + 1}`;
    item.iconPath = new vscode.ThemeIcon('comment');
    item.contextValue = 'todo';
    if (this.folder) {
      const uri = vscode.Uri.joinPath(this.folder, ...this.todo.file.split('/'));
      item.resourceUri = uri;
      const range = new vscode.Range(this.todo.line, this.todo.character, this.todo.endLine, this.todo.endCharacter);
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Go to TODO'), arguments: [uri, { selection: range }] };
    }
    return item;
  }
}

export class ShowMoreNode {
  readonly kind = 'showMore';
  constructor(
    readonly roleId: string,
    readonly remaining: number,
  ) {}

  toTreeItem(): vscode.TreeItem {
    const item = new vscode.TreeItem(vscode.l10n.t('Show {0} more…', this.remaining), vscode.TreeItemCollapsibleState.None);
    item.id = `more:${this.roleId}`;
    item.iconPath = new vscode.ThemeIcon('ellipsis');
    item.command = { command: 'releaseReadiness.showMore', title: vscode.l10n.t('Show more'), arguments: [this.roleId] };
    item.contextValue = 'showMore';
    return item;
  }
}

export type IssueTreeNode = ReleaseNode | MessageNode | RoleNode | IssueNode | PullRequestNode | TodoNode | ShowMoreNode;

/** e.g. `issue;open;needsVerification` — menus match with `viewItem =~ /^issue;open/`. */
export function issueContextValue(status: IssueStatus): string {
  const parts = ['issue', status.resolved ? 'resolved' : 'open'];
  if (status.blocker) parts.push('blocker');
  if (status.verified) parts.push('verified');
  else if (status.resolved) parts.push('unverified');
  return parts.join(';');
}

function stateIcon(status: IssueStatus): vscode.ThemeIcon {
  if (!status.resolved && status.blocker) return new vscode.ThemeIcon('error', new vscode.ThemeColor('charts.red'));
  if (!status.resolved) return new vscode.ThemeIcon('issues', new vscode.ThemeColor('charts.green'));
  if (status.verified) return new vscode.ThemeIcon('verified-filled', new vscode.ThemeColor('charts.blue'));
  if (status.needsVerification) return new vscode.ThemeIcon('issue-closed', new vscode.ThemeColor('charts.yellow'));
  return new vscode.ThemeIcon('issue-closed', new vscode.ThemeColor('charts.purple'));
}

function stateLabel(status: IssueStatus): string {
  if (!status.resolved) return status.blocker ? vscode.l10n.t('open blocker') : vscode.l10n.t('open');
  if (status.verified) return vscode.l10n.t('resolved and verified');
  return status.needsVerification ? vscode.l10n.t('resolved, needs verification') : vscode.l10n.t('resolved');
}

function roleIcon(roleId: string): string {
  switch (roleId) {
    case 'pm':
      return 'briefcase';
    case 'design':
      return 'symbol-color';
    case 'code':
      return 'code';
    case 'qa':
      return 'beaker';
    case 'unassigned':
      return 'question';
    default:
      return 'person';
  }
}

/** Escapes Markdown so untrusted text renders as itself (hover and tooltip Markdown is not trusted anyway). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`);
}
