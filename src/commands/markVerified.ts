import * as vscode from 'vscode';
import type { Issue } from '../core/model';
import type { Services } from '../services';
import { resolveIssue } from './issueArgument';
import { confirmedWrite } from './writeFeedback';

/** QA's sign-off on a resolved issue: adds the verified label. */
export async function markVerified(services: Services, arg?: unknown): Promise<Issue | undefined> {
  const { verified } = services.config().labels;
  const issueNumber = await resolveIssue(arg, services, vscode.l10n.t('Select the resolved issue QA verified'), (issue) => issue.state === 'closed' && !hasLabel(issue, verified));
  if (issueNumber === undefined) return undefined;
  const current = services.store.issue(issueNumber);
  if (current && hasLabel(current, verified)) return current;
  const now = new Date().toISOString();
  return confirmedWrite(services.log, vscode.l10n.t('Verifying #{0}', issueNumber), () =>
    services.store.write(
      `verify#${issueNumber}`,
      issueNumber,
      (issue) => ({ ...issue, labels: [...issue.labels, verified], updatedAt: now }),
      (tracker) => tracker.editLabels(issueNumber, [verified], []),
    ),
  );
}

export function hasLabel(issue: Issue, label: string): boolean {
  return issue.labels.some((l) => l.toLowerCase() === label.toLowerCase());
}
