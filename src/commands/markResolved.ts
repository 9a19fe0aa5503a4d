import * as vscode from 'vscode';
import type { Issue } from '../core/model';
import type { Services } from '../services';
import { currentCommit } from './currentCommit';
import { isOpen, resolveIssue } from './issueArgument';
import { confirmedWrite } from './writeFeedback';

export interface MarkResolvedOptions {
  readonly comment?: string;
}

/** `markResolved(issue, { comment })`: closes the issue as completed, with an optional comment. */
export async function markResolved(services: Services, arg?: unknown, options?: MarkResolvedOptions): Promise<Issue | undefined> {
  const interactive = arg === undefined;
  const issueNumber = await resolveIssue(arg, services, vscode.l10n.t('Select the issue to mark resolved'), isOpen);
  if (issueNumber === undefined) return undefined;
  let comment = options?.comment;
  if (interactive && comment === undefined) {
    const commit = await currentCommit(services.folder());
    comment = await vscode.window.showInputBox({
      title: vscode.l10n.t('Mark #{0} Resolved', issueNumber),
      prompt: vscode.l10n.t('Optional comment (leave empty for none)'),
      value: commit ? vscode.l10n.t('Fixed in {0}', commit) : '',
    });
    if (comment === undefined) return undefined;
  }
  warnAboutTodos(services, issueNumber);
  const now = new Date().toISOString();
  return confirmedWrite(services.log, vscode.l10n.t('Resolving #{0}', issueNumber), () =>
    services.store.write(
      `close#${issueNumber}`,
      issueNumber,
      (issue) => ({ ...issue, state: 'closed', stateReason: 'completed', closedAt: now, updatedAt: now }),
      (tracker) => tracker.closeIssue(issueNumber, 'completed', comment?.trim() ? comment.trim() : undefined),
    ),
  );
}

/** "3 TODOs still reference #12", non-modal, with a way to see them. */
function warnAboutTodos(services: Services, issueNumber: number): void {
  const todos = services.todos.todosFor(issueNumber);
  if (todos.length === 0) return;
  const message =
    todos.length === 1
      ? vscode.l10n.t('1 TODO still references #{0}', issueNumber)
      : vscode.l10n.t('{0} TODOs still reference #{1}', todos.length, issueNumber);
  const show = vscode.l10n.t('Show TODOs');
  void vscode.window.showWarningMessage(message, show).then((choice) => {
    if (choice === show) void services.revealIssue(issueNumber);
  });
}
