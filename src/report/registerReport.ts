// The progress report surface: the panel (and its serializer, so it survives a reload), export, the criteria
// check and the customer approval commands. Each command returns its promise and result.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { Services } from '../services';
import { checkCriteria } from './checkCriteria';
import { exportReport } from './exportReport';
import { recordApproval } from './recordApproval';
import { registerReportPanelSerializer, ReportPanel } from './reportPanel';
import { previewReleaseNotes } from './previewReleaseNotes';
import { requestApproval } from './requestApproval';
import { shipReleaseCommand } from './shipReleaseCommand';

export function registerReportSurface(services: Services): vscode.Disposable[] {
  return [
    registerReportPanelSerializer(services),
    vscode.commands.registerCommand(Commands.openReport, () => {
      ReportPanel.createOrShow(services);
    }),
    vscode.commands.registerCommand(Commands.exportReport, (arg?: unknown) => exportReport(services, arg)),
    vscode.commands.registerCommand(Commands.checkCriteria, () => checkCriteria(services)),
    vscode.commands.registerCommand(Commands.requestApproval, () => requestApproval(services)),
    vscode.commands.registerCommand(Commands.recordApproval, (arg?: unknown, second?: unknown) => recordApproval(services, arg, second)),
    vscode.commands.registerCommand(Commands.previewReleaseNotes, () => previewReleaseNotes(services)),
    vscode.commands.registerCommand(Commands.shipRelease, (arg?: unknown) => shipReleaseCommand(services, arg)),
    { dispose: () => ReportPanel.current?.dispose() },
  ];
}
