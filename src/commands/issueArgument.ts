// Every issue command accepts a tree element, an issue number, `{ number }` or nothing (then asks with a quick
// pick). This resolves all of them to an issue number.
import * as vscode from 'vscode';
import type { Issue } from '../core/model';
import { statusOf } from '../core/config/roles';
import type { Services } from '../services';

export type IssueFilter = (issue: Issue, services: Services) => boolean;

/** The issue number named by `arg`, or undefined when the argument names none (then the caller asks). */
export function issueNumberOf(arg: unknown): number | undefined {
  if (typeof arg === 'number' && Number.isInteger(arg) && arg > 0) return arg;
  if (typeof arg === 'string' && /^#?\d+$/.test(arg.trim())) return Number(arg.trim().replace('#', ''));
  if (arg && typeof arg === 'object') {
    const value = (arg as { number?: unknown }).number;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
    const issue = (arg as { issue?: { number?: unknown } }).issue;
    if (issue && typeof issue.number === 'number') return issue.number;
  }
  return undefined;
}

/** Resolves the argument or asks. Resolves undefined when the user cancels. */
export async function resolveIssue(arg: unknown, services: Services, placeHolder: string, filter: IssueFilter = () => true): Promise<number | undefined> {
  const fromArg = issueNumberOf(arg);
  if (fromArg !== undefined) return fromArg;
  if (arg !== undefined && arg !== null) {
    throw new Error(vscode.l10n.t('Expected an issue number, {number} or an issue from the tree.'));
  }
  const data = services.store.current.data;
  if (!data) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No release is loaded yet.'));
    return undefined;
  }
  const config = services.config();
  const items = data.issues
    .filter((issue) => !statusOf(issue, config).machinery && filter(issue, services))
    .sort((a, b) => a.number - b.number)
    .map((issue) => ({
      label: `#${issue.number}`,
      description: issue.title,
      detail: issue.assignees.length > 0 ? issue.assignees.map((a) => `@${a}`).join(', ') : undefined,
      number: issue.number,
    }));
  if (items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No issue of the release fits this command.'));
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  return picked?.number;
}

export const isOpen: IssueFilter = (issue) => issue.state === 'open';
export const isClosed: IssueFilter = (issue) => issue.state === 'closed';
