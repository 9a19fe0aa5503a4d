// "Complete Code Checklist": gathers the facts (TODO index, milestone issues, branch checks, package.json, git tags,
// CHANGELOG), ticks the verifiable items that pass and says what is left. Manual items stay manual. Resolves with
// the run (results, outcome, confirmed checklist) so tests and other extensions can see what happened.
import * as vscode from 'vscode';
import type { CompletionFacts, CompletionOutcome } from '../core/checklist/checklistCompletion';
import { workItems } from '../core/config/roles';
import { classifyTodos, countTodos, repositoryOf } from '../core/todo/todoTracking';
import type { Services } from '../services';
import type { ChecklistWriter, CompletionRun } from '../state/checklistWriter';
import { Commands, Views } from '../constants';
import { reportWriteFailure } from '../commands/writeFeedback';
import { checklistErrorMessage, isPermanent } from './checklistMessages';
import { readChangelog, readLatestTag, readPackageVersion } from './workspaceFacts';

export async function gatherFacts(services: Services): Promise<CompletionFacts> {
  const data = services.store.current.data;
  if (!data) throw new Error(vscode.l10n.t('No release is loaded yet.'));
  const todos = services.todos.all();
  const counts = todos === null ? null : countTodos(classifyTodos(todos, data, repositoryOf(data)));
  const folder = services.folder()?.uri;
  const [packageVersion, latestTag, changelog] = folder
    ? await Promise.all([readPackageVersion(folder), readLatestTag(folder), readChangelog(folder)])
    : [null, null, null];
  return {
    untrackedTodos: counts?.untracked ?? null,
    // As the criterion: a reference whose state could not be read is not ticked off as fine.
    todosOnClosedOrMissing: counts === null ? null : counts.onClosed + counts.missing + counts.unchecked,
    openIssues: workItems(data.issues, services.config()).filter((issue) => issue.state === 'open').length,
    checks: data.checks,
    packageVersion,
    latestTag,
    changelog,
  };
}

export async function completeChecklist(services: Services, writer: ChecklistWriter): Promise<CompletionRun | undefined> {
  if (!services.store.current.data?.checklist) {
    const create = vscode.l10n.t('Create Release Checklist');
    void vscode.window.showInformationMessage(vscode.l10n.t('This milestone has no release checklist yet.'), create).then((choice) => {
      if (choice === create) void vscode.commands.executeCommand(Commands.createChecklist);
    });
    return undefined;
  }
  const run = async (): Promise<CompletionRun> =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Complete Code Checklist') },
      async (progress) => {
        progress.report({ message: vscode.l10n.t('Gathering TODOs, issues, checks, version and CHANGELOG…') });
        const facts = await gatherFacts(services);
        services.log.info(`Complete Code Checklist facts: ${JSON.stringify({ ...facts, changelog: facts.changelog === null ? null : `${facts.changelog.length} chars` })}`);
        progress.report({ message: vscode.l10n.t('Ticking the items that pass…') });
        return writer.complete(facts);
      },
    );
  try {
    const result = await run();
    services.log.info(`Complete Code Checklist: ${result.outcome.summary}`);
    showSummary(result.outcome);
    return result;
  } catch (error) {
    if (isPermanent(error)) void vscode.window.showWarningMessage(checklistErrorMessage(error));
    else void reportWriteFailure(services.log, vscode.l10n.t('Complete Code Checklist'), error, run);
    throw error;
  }
}

function showSummary(outcome: CompletionOutcome): void {
  const open = vscode.l10n.t('Open Checklist');
  void vscode.window.showInformationMessage(summaryText(outcome), open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand(`${Views.checklist}.focus`);
  });
}

/** "4 of 6 verifiable items ticked; 2 left: No untracked TODOs (3 untracked TODOs); …" */
export function summaryText(outcome: CompletionOutcome): string {
  if (outcome.total === 0) return vscode.l10n.t('The checklist has no items that can be verified automatically.');
  const head = vscode.l10n.t('{0} of {1} verifiable items ticked', outcome.done, outcome.total);
  const newly = outcome.ticked.length > 0 ? vscode.l10n.t(' ({0} just now)', outcome.ticked.length) : '';
  if (outcome.left.length === 0) return `${head}${newly}.`;
  const left = outcome.left.map((r) => `${r.item.text} (${r.reason})`).join('; ');
  return vscode.l10n.t('{0}{1}; {2} left: {3}.', head, newly, outcome.left.length, left);
}
