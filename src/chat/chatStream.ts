// Writes the core's answer parts (src/core/chat/) to a chat response: Markdown that is never trusted and never
// HTML, references to issues and TODO lines, and buttons that run only our own commands.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ChatAction, ChatPart } from '../core/chat/chatParts';

/** Our own command for a next action; titles are ours too (a file path in one is plain button text). */
export function actionCommand(action: ChatAction, folder: vscode.WorkspaceFolder | undefined): vscode.Command | undefined {
  switch (action.kind) {
    case 'openReport':
      return { command: Commands.openReport, title: vscode.l10n.t('Open Progress Report') };
    case 'refresh':
      return { command: Commands.refresh, title: vscode.l10n.t('Refresh') };
    case 'markResolved':
      return { command: Commands.markResolved, title: vscode.l10n.t('Mark #{0} Resolved', action.issue), arguments: [action.issue] };
    case 'trackTodo':
      if (!folder) return undefined;
      return {
        command: Commands.trackTodo,
        title: vscode.l10n.t('Track TODO at {0}:{1}', action.file, action.line),
        // trackTodo takes a 0-based line; interactive asks for the role, as a lens does.
        arguments: [{ uri: vscode.Uri.joinPath(folder.uri, ...action.file.split('/')).toString(), line: action.line - 1, interactive: true }],
      };
    case 'requestApproval':
      return { command: Commands.requestApproval, title: vscode.l10n.t('Request Customer Approval') };
    case 'recordApproval':
      return { command: Commands.recordApproval, title: vscode.l10n.t('Record Customer Approval') };
  }
}

function untrustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

export function writeParts(stream: vscode.ChatResponseStream, parts: readonly ChatPart[], folder: vscode.WorkspaceFolder | undefined): void {
  for (const part of parts) {
    switch (part.kind) {
      case 'markdown':
        stream.markdown(untrustedMarkdown(part.value));
        break;
      case 'issueReference':
        // Only an http(s) URL the core checked; the local tracker's issues have none.
        if (part.url !== null) stream.reference(vscode.Uri.parse(part.url, true), new vscode.ThemeIcon('issues'));
        break;
      case 'todoReference':
        if (folder) {
          const uri = vscode.Uri.joinPath(folder.uri, ...part.file.split('/'));
          stream.reference(new vscode.Location(uri, new vscode.Position(Math.max(0, part.line - 1), 0)));
        }
        break;
      case 'button': {
        const command = actionCommand(part.action, folder);
        if (command) stream.button(command);
        break;
      }
    }
  }
}
