// "Request Customer Approval": the approval issue of the milestone, carrying the progress report in its body.
// Creates it (label from the team config, in the milestone) or refreshes the body of the one already open.
import * as vscode from 'vscode';
import { approvalIssueTitle, approvalRequestBody } from '../core/report/approvalRequest';
import type { Issue } from '../core/model';
import type { Services } from '../services';
import { confirmedWrite } from '../commands/writeFeedback';
import { loadedReport } from './checkCriteria';

export async function requestApproval(services: Services): Promise<Issue | undefined> {
  const report = await loadedReport(services);
  const data = services.store.current.data;
  const tracker = services.store.currentTracker;
  if (!report || !data || !tracker) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No release is loaded yet.'));
    return undefined;
  }
  const { labels } = services.config();
  const body = approvalRequestBody(report, labels.approved);
  const current = services.approval();
  let issue: Issue;
  // An open request, or one already approved, gets the fresh report; after a decline a new request starts over
  // (the newest approval issue is the one that counts).
  if (current.issueNumber !== null && (current.status === 'requested' || current.status === 'approved')) {
    const n = current.issueNumber;
    const now = new Date().toISOString();
    issue = await confirmedWrite(services.log, vscode.l10n.t('Updating the approval request #{0}', n), () =>
      services.store.write(`approval-body#${n}`, n, (i) => ({ ...i, body, updatedAt: now }), (t) => t.editBody(n, () => body)),
    );
  } else {
    issue = await confirmedWrite(services.log, vscode.l10n.t('Requesting customer approval'), () =>
      tracker.createIssue({ title: approvalIssueTitle(data.milestone.title), body, labels: [labels.approval], milestone: data.milestone.title }),
    );
    services.store.upsertIssue(issue);
  }
  services.log.info(`Customer approval requested in #${issue.number}`);
  const message =
    current.status === 'approved'
      ? vscode.l10n.t('Release {0} is already approved (#{1}); its report was updated.', data.milestone.title, issue.number)
      : vscode.l10n.t('Customer approval requested in #{0}.', issue.number);
  const open = vscode.l10n.t('Open Issue');
  void vscode.window.showInformationMessage(message, open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('releaseReadiness.openIssue', issue.number);
  });
  return issue;
}
