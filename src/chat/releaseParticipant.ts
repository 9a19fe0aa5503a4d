// `@release`: the slash commands answer from the report without a language model (deterministic Markdown,
// references, buttons); anything else goes to freeFormQuestion.ts.
import * as vscode from 'vscode';
import { approvalAnswer } from '../core/chat/approvalAnswer';
import { blockersAnswer } from '../core/chat/blockersAnswer';
import type { ChatPart } from '../core/chat/chatParts';
import { notesAnswer } from '../core/chat/notesAnswer';
import { statusAnswer } from '../core/chat/statusAnswer';
import { todosAnswer } from '../core/chat/todosAnswer';
import type { ReleaseReport } from '../core/report/report';
import type { Services } from '../services';
import { writeParts } from './chatStream';
import { answerQuestion } from './freeFormQuestion';
import { loadedReport } from './loadedReport';
import { pathMatcher } from './readTools';

/** The answer to a slash command, or undefined for a free-form question. `prompt` is what follows the command. */
export function commandAnswer(command: string | undefined, report: ReleaseReport | null, prompt: string): ChatPart[] | undefined {
  const rest = prompt.trim() || undefined;
  switch (command) {
    case 'status':
      return statusAnswer(report);
    case 'blockers':
      return blockersAnswer(report, rest);
    case 'todos':
      return todosAnswer(report, pathMatcher(rest), rest);
    case 'notes':
      return notesAnswer(report);
    case 'approve':
      return approvalAnswer(report);
    default:
      return undefined;
  }
}

export function releaseChatHandler(services: Services): vscode.ChatRequestHandler {
  return async (request, _context, stream, token) => {
    stream.progress(vscode.l10n.t('Reading the release report…'));
    const report = await loadedReport(services, token);
    const parts = commandAnswer(request.command, report, request.prompt);
    if (parts) writeParts(stream, parts, services.folder());
    else await answerQuestion(request, report, stream, token, services.log);
    return { metadata: { command: request.command ?? null, verdict: report?.verdict ?? null } };
  };
}
