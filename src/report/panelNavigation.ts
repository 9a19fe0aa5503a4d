// What a click in the report panel does: issues are revealed in the Issues by Role view and opened (GitHub in the
// browser, local issues in a preview beside the report); TODOs open at their line beside the report.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { IssuePreviewProvider } from '../commands/issuePreview';
import { workspaceSegments } from '../core/workspacePath';
import type { Services } from '../services';

export async function openIssueFromReport(services: Services, issueNumber: number): Promise<void> {
  // The tree may not hold the issue (a filter hides it, or it is machinery): opening it still works.
  await services.revealIssue(issueNumber).catch((error: unknown) => services.log.warn(`Could not reveal #${issueNumber}: ${String(error)}`));
  const issue = services.store.issue(issueNumber);
  if (issue?.url && /^https?:\/\//i.test(issue.url)) {
    await vscode.commands.executeCommand(Commands.openIssue, issueNumber);
    return;
  }
  // Beside the report, so the report stays in view.
  await vscode.commands.executeCommand('markdown.showPreviewToSide', IssuePreviewProvider.uriFor(issueNumber));
}

/**
 * The file named by a TODO item, inside the workspace folder. The path comes from our own scan, but the panel is
 * rendering tracker data, so a path that would leave the folder is refused rather than trusted.
 */
export function todoUri(folder: vscode.Uri, file: string): vscode.Uri | undefined {
  const segments = workspaceSegments(file);
  return segments ? vscode.Uri.joinPath(folder, ...segments) : undefined;
}

export async function openTodoFromReport(services: Services, file: string, line: number): Promise<void> {
  const folder = services.folder();
  const uri = folder ? todoUri(folder.uri, file) : undefined;
  if (!uri) {
    services.log.warn(`Refused to open a TODO outside the workspace: ${JSON.stringify(file)}`);
    return;
  }
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(position, position), preview: true });
}
