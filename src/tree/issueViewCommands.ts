import * as vscode from 'vscode';
import type { IssueSort } from '../core/issueGroups';
import type { IssueViewOptions } from './issueViewOptions';

/** Filters of the Issues by Role view, several at once. */
export async function filterIssues(options: IssueViewOptions): Promise<void> {
  const current = options.current;
  const items = [
    { label: vscode.l10n.t('Open issues only'), key: 'openOnly' as const, picked: current.openOnly },
    { label: vscode.l10n.t('Assigned to me'), key: 'mineOnly' as const, picked: current.mineOnly },
    { label: vscode.l10n.t('Blockers only'), key: 'blockersOnly' as const, picked: current.blockersOnly },
  ];
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, placeHolder: vscode.l10n.t('Show only…') });
  if (!picked) return;
  const on = new Set(picked.map((p) => p.key));
  await options.update({ openOnly: on.has('openOnly'), mineOnly: on.has('mineOnly'), blockersOnly: on.has('blockersOnly') });
}

export async function sortIssues(options: IssueViewOptions, sort?: unknown): Promise<void> {
  if (sort === 'priority' || sort === 'number' || sort === 'updated') {
    await options.update({ sort });
    return;
  }
  const items: { label: string; sort: IssueSort }[] = [
    { label: vscode.l10n.t('Priority (blockers first)'), sort: 'priority' },
    { label: vscode.l10n.t('Issue number'), sort: 'number' },
    { label: vscode.l10n.t('Last update'), sort: 'updated' },
  ];
  const picked = await vscode.window.showQuickPick(
    items.map((i) => ({ ...i, description: i.sort === options.current.sort ? vscode.l10n.t('current') : undefined })),
    { placeHolder: vscode.l10n.t('Sort issues by') },
  );
  if (picked) await options.update({ sort: picked.sort });
}
