// The chat surface: the `@release` participant and the four language-model tools (names in package.json's
// contributes.chatParticipants and contributes.languageModelTools; an integration test checks both agree).
import * as vscode from 'vscode';
import type { Services } from '../services';
import { CHAT_PARTICIPANT_ID, ToolNames } from './chatIds';
import { MarkResolvedTool } from './markResolvedTool';
import { BlockersTool, StatusTool, TodosTool } from './readTools';
import { releaseChatHandler } from './releaseParticipant';

export function registerChatSurface(services: Services): vscode.Disposable[] {
  const participant = vscode.chat.createChatParticipant(CHAT_PARTICIPANT_ID, releaseChatHandler(services));
  participant.iconPath = vscode.Uri.joinPath(services.context.extensionUri, 'media', 'release.svg');
  return [
    participant,
    vscode.lm.registerTool(ToolNames.status, new StatusTool(services)),
    vscode.lm.registerTool(ToolNames.blockers, new BlockersTool(services)),
    vscode.lm.registerTool(ToolNames.todos, new TodosTool(services)),
    vscode.lm.registerTool(ToolNames.markResolved, new MarkResolvedTool(services)),
  ];
}
