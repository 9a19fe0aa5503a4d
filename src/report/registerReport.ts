// The progress report surface: panel, export, criteria check and customer approval commands.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Services } from '../services';

export function registerReportSurface(_services: Services): vscode.Disposable[] {
  const notYet = () => vscode.window.showInformationMessage(vscode.l10n.t('The progress report is not available yet.'));
  return [Commands.openReport, Commands.exportReport, Commands.checkCriteria, Commands.requestApproval, Commands.recordApproval].map((id) =>
    vscode.commands.registerCommand(id, notYet),
  );
}
