// "Record Customer Approval": the customer's decision on the approval issue. Approved adds the `approved` label
// (with the note as a comment); declined closes the issue as not planned with the note.
//   recordApproval()                                   asks for the decision and a note
//   recordApproval({ decision, note?, number? })       never prompts; the milestone's approval issue by default
//   recordApproval(issue, { decision, note? })         an explicit issue (tree element, number, { number })
import * as vscode from 'vscode';
import type { Issue } from '../core/model';
import type { Services } from '../services';
import { issueNumberOf } from '../commands/issueArgument';
import { hasLabel } from '../commands/markVerified';
import { confirmedWrite } from '../commands/writeFeedback';

export type ApprovalDecision = 'approved' | 'declined';

export interface RecordApprovalOptions {
  readonly decision: ApprovalDecision;
  readonly note?: string;
}

function decisionOf(value: unknown): RecordApprovalOptions | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { decision, note } = value as { decision?: unknown; note?: unknown };
  if (decision === undefined) return undefined;
  if (decision !== 'approved' && decision !== 'declined') throw new Error(vscode.l10n.t('The decision must be "approved" or "declined".'));
  return { decision, note: typeof note === 'string' ? note : undefined };
}

async function askDecision(issueNumber: number): Promise<RecordApprovalOptions | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: vscode.l10n.t('$(pass) Approved'), decision: 'approved' as const, description: vscode.l10n.t('the customer accepts the release') },
      { label: vscode.l10n.t('$(circle-slash) Declined'), decision: 'declined' as const, description: vscode.l10n.t('closes #{0} as not planned', issueNumber) },
    ],
    { placeHolder: vscode.l10n.t("The customer's decision on #{0}", issueNumber) },
  );
  if (!picked) return undefined;
  const note = await vscode.window.showInputBox({
    title: vscode.l10n.t('Note for #{0}', issueNumber),
    prompt: vscode.l10n.t('Optional: who decided and why (posted as a comment). Leave empty for none.'),
  });
  return note === undefined ? undefined : { decision: picked.decision, note };
}

export async function recordApproval(services: Services, arg?: unknown, second?: unknown): Promise<Issue | undefined> {
  const given = decisionOf(arg) ?? decisionOf(second);
  const explicit = issueNumberOf(arg);
  const issueNumber = explicit ?? services.approval().issueNumber ?? undefined;
  if (issueNumber === undefined) {
    const message = vscode.l10n.t('No customer approval was requested for this release yet. Run "Request Customer Approval" first.');
    if (given) throw new Error(message);
    void vscode.window.showWarningMessage(message);
    return undefined;
  }
  const options = given ?? (await askDecision(issueNumber));
  if (!options) return undefined;
  const note = options.note?.trim() ? options.note.trim() : undefined;
  const { approved } = services.config().labels;
  const now = new Date().toISOString();
  // Read before the optimistic patch below takes the label off.
  const hadApproved = services.store.issue(issueNumber)?.labels.some((l) => l.toLowerCase() === approved.toLowerCase()) ?? true;
  const issue =
    options.decision === 'approved'
      ? await confirmedWrite(services.log, vscode.l10n.t('Recording the approval on #{0}', issueNumber), () =>
          services.store.write(
            `approval#${issueNumber}`,
            issueNumber,
            (i) => ({ ...i, labels: hasLabel(i, approved) ? i.labels : [...i.labels, approved], updatedAt: now }),
            async (tracker) => {
              if (note) await tracker.addComment(issueNumber, note);
              return tracker.editLabels(issueNumber, [approved], []);
            },
          ),
        )
      : await confirmedWrite(services.log, vscode.l10n.t('Recording the decline on #{0}', issueNumber), () =>
          services.store.write(
            `approval#${issueNumber}`,
            issueNumber,
            (i) => ({ ...i, labels: i.labels.filter((l) => l.toLowerCase() !== approved.toLowerCase()), state: 'closed', stateReason: 'not_planned', closedAt: now, updatedAt: now }),
            async (tracker) => {
              // An earlier approval label would outweigh the close: it goes first.
              if (hadApproved) await tracker.editLabels(issueNumber, [], [approved]);
              return tracker.closeIssue(issueNumber, 'not_planned', note);
            },
          ),
        );
  services.log.info(`Customer ${options.decision} the release on #${issueNumber}`);
  if (!given) {
    void vscode.window.showInformationMessage(
      options.decision === 'approved' ? vscode.l10n.t('Approval recorded on #{0}.', issueNumber) : vscode.l10n.t('Decline recorded on #{0}.', issueNumber),
    );
  }
  return issue;
}
