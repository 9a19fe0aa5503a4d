// The nodes of the Release Checklist view: one per role group and one per task item. Each renders itself;
// item text comes from an issue body anyone can edit, so it only ever goes in as plain text.
import * as vscode from 'vscode';
import type { CompletionResult } from '../core/checklist/checklistCompletion';
import type { OutlineGroup, OutlineItem } from '../core/checklist/checklistOutline';
import type { ChecklistCheck } from '../core/model';

export class GroupNode {
  readonly kind = 'group';
  constructor(readonly group: OutlineGroup) {}

  get id(): string {
    return `group:${this.group.role?.id ?? 'general'}`;
  }

  toTreeItem(): vscode.TreeItem {
    const { role, done, total } = this.group;
    const name = role?.name ?? vscode.l10n.t('General');
    const item = new vscode.TreeItem(name, vscode.TreeItemCollapsibleState.Expanded);
    item.id = this.id;
    item.description = `${done}/${total}`;
    const complete = total > 0 && done === total;
    item.iconPath = complete ? new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed')) : new vscode.ThemeIcon(roleIcon(role?.id ?? null));
    item.tooltip = vscode.l10n.t('{0}: {1} of {2} items done', name, done, total);
    item.contextValue = 'checklistGroup';
    item.accessibilityInformation = { label: vscode.l10n.t('{0}, {1} of {2} done', name, done, total) };
    return item;
  }
}

export class ItemNode {
  readonly kind = 'item';
  constructor(
    readonly outline: OutlineItem,
    readonly pending: boolean,
    readonly lastResult: CompletionResult | undefined,
  ) {}

  get text(): string {
    return this.outline.item.text;
  }

  get occurrence(): number {
    return this.outline.item.occurrence;
  }

  get checked(): boolean {
    return this.outline.item.checked;
  }

  toTreeItem(): vscode.TreeItem {
    const { item, check, children } = this.outline;
    const tree = new vscode.TreeItem(item.text, children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    tree.id = `item:${item.id}`;
    const parts: string[] = [];
    if (this.pending) parts.push(vscode.l10n.t('saving…'));
    if (check) parts.push(vscode.l10n.t('auto'));
    if (check && this.lastResult && !item.checked) parts.push(this.lastResult.reason);
    tree.description = parts.join(' · ');
    if (this.pending) tree.iconPath = new vscode.ThemeIcon('loading~spin');
    // Manual items get an empty icon so every item's text starts in the same column.
    else tree.iconPath = new vscode.ThemeIcon(check ? 'gear' : 'blank');
    tree.checkboxState = {
      state: item.checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: item.checked ? vscode.l10n.t('Untick "{0}"', item.text) : vscode.l10n.t('Tick "{0}"', item.text),
      accessibilityInformation: { label: item.checked ? vscode.l10n.t('Done') : vscode.l10n.t('Not done') },
    };
    tree.tooltip = this.tooltip(check);
    tree.contextValue = `checklistItem;${check ? 'auto' : 'manual'};${item.checked ? 'checked' : 'unchecked'}`;
    tree.accessibilityInformation = {
      label: vscode.l10n.t('{0}, {1}{2}', item.text, item.checked ? vscode.l10n.t('done') : vscode.l10n.t('not done'), check ? vscode.l10n.t(', verified automatically') : ''),
    };
    return tree;
  }

  private tooltip(check: ChecklistCheck | null): vscode.MarkdownString {
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendText(this.outline.item.text);
    if (this.pending) {
      tooltip.appendMarkdown('\n\n$(loading~spin) ');
      tooltip.appendText(vscode.l10n.t('Saving…'));
    }
    if (check) {
      tooltip.appendMarkdown('\n\n$(gear) ');
      tooltip.appendText(vscode.l10n.t('Verified automatically by "Complete Code Checklist" ({0}).', check));
      const result = this.lastResult;
      if (result) {
        tooltip.appendMarkdown(`\n\n${result.passed ? '$(pass)' : result.verifiable ? '$(error)' : '$(question)'} `);
        tooltip.appendText(vscode.l10n.t('Last run: {0}', result.reason));
      }
    } else {
      tooltip.appendMarkdown('\n\n$(person) ');
      tooltip.appendText(vscode.l10n.t('Ticked by a person.'));
    }
    return tooltip;
  }
}

export type ChecklistNode = GroupNode | ItemNode;

function roleIcon(roleId: string | null): string {
  switch (roleId) {
    case 'pm':
      return 'briefcase';
    case 'design':
      return 'symbol-color';
    case 'code':
      return 'code';
    case 'qa':
      return 'beaker';
    case null:
      return 'checklist';
    default:
      return 'person';
  }
}
