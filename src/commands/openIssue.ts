import * as vscode from 'vscode';
import type { Services } from '../services';
import { resolveIssue } from './issueArgument';
import { IssuePreviewProvider } from './issuePreview';

/** GitHub issues open in the browser; local-tracker issues in a read-only Markdown preview. */
export async function openIssue(services: Services, arg?: unknown): Promise<void> {
  const issueNumber = await resolveIssue(arg, services, vscode.l10n.t('Select the issue to open'));
  if (issueNumber === undefined) return;
  const issue = services.store.issue(issueNumber);
  const url = issue?.url ?? null;
  if (url && /^https?:\/\//i.test(url)) {
    await vscode.env.openExternal(vscode.Uri.parse(url));
    return;
  }
  const uri = IssuePreviewProvider.uriFor(issueNumber);
  await vscode.commands.executeCommand('markdown.showPreview', uri);
}
