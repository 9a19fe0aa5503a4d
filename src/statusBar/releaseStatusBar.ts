// "v1.4: 72% · NO-GO" in the status bar; a click opens the progress report.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Services } from '../services';
import { appendWrapping } from '../displayText';

export class ReleaseStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('releaseReadiness.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly services: Services) {
    this.item.name = vscode.l10n.t('Release Readiness');
    this.item.command = Commands.openReport;
    const schedule = () => this.schedule();
    this.disposables.push(services.onDidChangeReport(schedule), services.store.onDidChange(schedule));
    this.update();
  }

  /** A burst of changes (an optimistic write, its confirmation, the report that follows) rebuilds the text once. */
  private schedule(): void {
    this.pending ??= setTimeout(() => {
      this.pending = undefined;
      this.update();
    }, 0);
  }

  private update(): void {
    const state = this.services.store.current;
    const report = this.services.report();
    if (!report || !state.data) {
      if (state.phase === 'loading' && state.tracker) {
        this.item.text = `$(sync~spin) ${vscode.l10n.t('Release')}`;
        this.item.tooltip = vscode.l10n.t('Loading the release…');
        this.item.show();
      } else {
        this.item.hide();
      }
      return;
    }
    const go = report.verdict === 'GO';
    this.item.text = `${state.stale ? '$(cloud-offline)' : '$(milestone)'} ${report.milestone.title}: ${report.readiness.percent}% · ${report.verdict}`;
    this.item.backgroundColor = go ? undefined : new vscode.ThemeColor('statusBarItem.warningBackground');
    const failing = report.criteria.filter((c) => !c.passed && !c.skipped);
    const tooltip = new vscode.MarkdownString(undefined, true);
    tooltip.appendMarkdown(`**${go ? 'GO' : 'NO-GO'}** · `);
    appendWrapping(tooltip, vscode.l10n.t('{0} of {1} issues resolved', report.readiness.resolved, report.readiness.total));
    for (const criterion of failing) {
      tooltip.appendMarkdown('\n\n$(error) ');
      appendWrapping(tooltip, `${criterion.title}: ${criterion.reason}`);
    }
    tooltip.appendMarkdown('\n\n');
    appendWrapping(tooltip, vscode.l10n.t('Click to open the progress report.'));
    this.item.tooltip = tooltip;
    this.item.accessibilityInformation = { label: vscode.l10n.t('Release {0}: {1} percent resolved, {2}', report.milestone.title, report.readiness.percent, report.verdict) };
    this.item.show();
  }

  dispose(): void {
    clearTimeout(this.pending);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
