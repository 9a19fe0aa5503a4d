import * as vscode from 'vscode';
import type { Issue } from '../core/model';
import type { Services } from '../services';
import { isClosed, resolveIssue } from './issueArgument';
import { hasLabel } from './markVerified';
import { confirmedWrite } from './writeFeedback';

/** Reopens a resolved issue; a reopened issue is no longer verified, so the verified label goes too. */
export async function reopen(services: Services, arg?: unknown): Promise<Issue | undefined> {
  const issueNumber = await resolveIssue(arg, services, vscode.l10n.t('Select the issue to reopen'), isClosed);
  if (issueNumber === undefined) return undefined;
  const { verified } = services.config().labels;
  const now = new Date().toISOString();
  return confirmedWrite(services.log, vscode.l10n.t('Reopening #{0}', issueNumber), () =>
    services.store.write(
      `reopen#${issueNumber}`,
      issueNumber,
      (issue) => ({ ...issue, state: 'open', stateReason: 'reopened', closedAt: null, updatedAt: now, labels: issue.labels.filter((l) => l.toLowerCase() !== verified.toLowerCase()) }),
      async (tracker) => {
        const reopened = await tracker.reopenIssue(issueNumber);
        return hasLabel(reopened, verified) ? tracker.editLabels(issueNumber, [], [verified]) : reopened;
      },
    ),
  );
}
