// "Check Release Criteria": the verdict as a notification, with the failing criteria, and "Open Report".
// Returns the criteria result so callers (tests, other extensions) can act on it.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { CriteriaResult } from '../core/criteria/criteria';
import type { ReleaseReport } from '../core/report/report';
import type { Services } from '../services';

/** The report, loading the release first when it is still loading. */
export async function loadedReport(services: Services): Promise<ReleaseReport | null> {
  const existing = services.report();
  if (existing) return existing;
  if (services.store.currentTracker && services.store.current.phase === 'loading') await services.store.refresh();
  return services.report();
}

export function verdictSummary(report: ReleaseReport): string {
  const failing = report.criteria.filter((c) => !c.passed && !c.skipped);
  if (failing.length === 0) {
    return vscode.l10n.t('GO: release {0} meets all {1} evaluated criteria.', report.milestone.title, report.criteria.filter((c) => !c.skipped).length);
  }
  const names = failing.map((c) => `${c.title} (${c.reason})`).join('; ');
  return failing.length === 1
    ? vscode.l10n.t('NO-GO: release {0}. 1 criterion fails: {1}', report.milestone.title, names)
    : vscode.l10n.t('NO-GO: release {0}. {1} criteria fail: {2}', report.milestone.title, failing.length, names);
}

export async function checkCriteria(services: Services): Promise<CriteriaResult | undefined> {
  const report = await loadedReport(services);
  if (!report) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No release is loaded yet, so there is nothing to check.'));
    return undefined;
  }
  const openReport = vscode.l10n.t('Open Report');
  const message = verdictSummary(report);
  services.log.info(message);
  const shown = report.verdict === 'GO' ? vscode.window.showInformationMessage(message, openReport) : vscode.window.showWarningMessage(message, openReport);
  // Not awaited: the command settles now, whether or not anyone clicks.
  void shown.then((choice) => {
    if (choice === openReport) void vscode.commands.executeCommand(Commands.openReport);
  });
  return { verdict: report.verdict, criteria: report.criteria };
}
