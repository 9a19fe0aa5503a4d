// What the host tells the panel: the current report plus the state around it (offline, loading, theme).
import * as vscode from 'vscode';
import type { ReportMessage, ThemeKind } from '../protocol';
import type { Services } from '../services';

export function themeKind(kind: vscode.ColorThemeKind = vscode.window.activeColorTheme.kind): ThemeKind {
  switch (kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'highContrastLight';
    default:
      return 'dark';
  }
}

function statusText(services: Services): string {
  const state = services.store.current;
  switch (state.phase) {
    case 'loading':
      return vscode.l10n.t('Loading the release…');
    case 'noTracker':
      return vscode.l10n.t('No release tracker is set up for this workspace. Open the Release view to choose one.');
    case 'noMilestone':
      return vscode.l10n.t('There is no open milestone to release. Run "Release: Select Release Milestone…".');
    case 'error':
      return vscode.l10n.t('The release could not be loaded: {0}', state.error?.message ?? vscode.l10n.t('unknown error'));
    default:
      return vscode.l10n.t('No release is loaded.');
  }
}

export function reportMessage(services: Services): ReportMessage {
  const state = services.store.current;
  const report = services.report();
  return {
    type: 'report',
    // Every work item twice (openWork, resolvedWork) and what shipped are for chat and the notes; the panel shows
    // neither, and a 5,000-issue milestone would make each post (and the first paint) megabytes larger.
    report: report === null ? null : { ...report, openWork: [], resolvedWork: [], shipped: undefined },
    stale: state.stale ? { since: state.stale.since.toISOString(), reason: state.stale.reason } : null,
    theme: themeKind(),
    source: state.tracker?.label ?? null,
    status: report === null ? statusText(services) : null,
  };
}
