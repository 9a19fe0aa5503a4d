// release_mark_resolved: closes an issue as completed with a comment, through the very command the Issues by
// Role view runs (optimistic, confirmed by the tracker, rolled back on failure). A write, so VS Code asks first:
// prepareInvocation names the issue in the confirmation.
import * as vscode from 'vscode';
import { chatText } from '../core/chat/chatText';
import { statusResult } from '../core/chat/toolResults';
import { markResolved } from '../commands/markResolved';
import type { Services } from '../services';
import { jsonResult } from './readTools';

export interface MarkResolvedInput {
  readonly issue: number;
  readonly comment?: string;
}

function issueNumber(input: MarkResolvedInput | undefined): number | undefined {
  const n = input?.issue;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

export class MarkResolvedTool implements vscode.LanguageModelTool<MarkResolvedInput> {
  constructor(private readonly services: Services) {}

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<MarkResolvedInput>): vscode.PreparedToolInvocation {
    const n = issueNumber(options.input);
    const issue = n === undefined ? undefined : this.services.store.issue(n);
    const comment = options.input?.comment?.trim();
    const tracker = this.services.store.current.tracker?.label ?? vscode.l10n.t('the tracker');
    // Issue titles and comments are untrusted text: escaped, in a Markdown string that is not trusted.
    const lines = [
      issue
        ? vscode.l10n.t('Close #{0} "{1}" as completed on {2}?', issue.number, chatText(issue.title), chatText(tracker))
        : vscode.l10n.t('Close issue #{0} as completed on {1}?', n ?? '?', chatText(tracker)),
      comment ? vscode.l10n.t('Comment: {0}', chatText(comment)) : vscode.l10n.t('No comment.'),
    ];
    const message = new vscode.MarkdownString(lines.join('\n\n'));
    message.isTrusted = false;
    return {
      invocationMessage: vscode.l10n.t('Marking #{0} resolved', n ?? '?'),
      confirmationMessages: { title: vscode.l10n.t('Mark #{0} Resolved?', n ?? '?'), message },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<MarkResolvedInput>): Promise<vscode.LanguageModelToolResult> {
    const n = issueNumber(options.input);
    if (n === undefined) throw new Error('Give the issue to resolve as a positive whole number, e.g. { "issue": 12 }.');
    const issue = this.services.store.issue(n);
    if (!issue) throw new Error(`The release milestone has no issue #${n}, so nothing was changed.`);
    if (issue.state === 'closed') return jsonResult({ issue: n, state: 'closed', changed: false, message: `#${n} is already resolved; nothing was changed.` });
    const comment = typeof options.input.comment === 'string' ? options.input.comment : undefined;
    // markResolved rejects when the tracker refuses (after rolling the view back); the caller sees that message.
    const closed = await markResolved(this.services, n, { comment: comment ?? '' });
    if (!closed) throw new Error(`#${n} was not resolved.`);
    const status = statusResult(this.services.report());
    return jsonResult({ issue: n, state: closed.state, changed: true, verdictNow: 'verdict' in status ? status.verdict : null });
  }
}
