// A question without a slash command: the model the user picked (request.model) answers from the release report;
// with no model, or when it fails, the answer says so and lists the commands that need none.
import * as vscode from 'vscode';
import { noModelAnswer, questionPrompt } from '../core/chat/chatPrompt';
import type { ReleaseReport } from '../core/report/report';
import type { Log } from '../log';
import { writeParts } from './chatStream';

export async function answerQuestion(
  request: vscode.ChatRequest,
  report: ReleaseReport | null,
  stream: vscode.ChatResponseStream,
  token: vscode.CancellationToken,
  log: Log,
): Promise<void> {
  const model = request.model as vscode.LanguageModelChat | undefined;
  if (!model) {
    writeParts(stream, noModelAnswer(false), undefined);
    return;
  }
  try {
    const response = await model.sendRequest([vscode.LanguageModelChatMessage.User(questionPrompt(report, request.prompt))], {}, token);
    for await (const fragment of response.text) {
      // The model's text may repeat hostile titles: it is shown as untrusted Markdown, like everything else.
      const md = new vscode.MarkdownString(fragment);
      md.isTrusted = false;
      md.supportHtml = false;
      stream.markdown(md);
    }
  } catch (error) {
    if (token.isCancellationRequested) return;
    log.warn(`@release: the language model could not answer: ${error instanceof Error ? error.message : String(error)}`);
    writeParts(stream, noModelAnswer(true), undefined);
  }
}
