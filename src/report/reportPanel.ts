// The progress report panel: one instance, created or revealed by "Open Progress Report", revived by the
// serializer after a reload. The host posts the report once the page says `ready`, and again whenever the
// report, the theme or the panel's visibility changes.
import * as vscode from 'vscode';
import { Commands, Views } from '../constants';
import { parsePanelMessage, type PanelMessage } from '../protocol';
import type { Services } from '../services';
import { openIssueFromReport, openTodoFromReport } from './panelNavigation';
import { reportHtml, reportWebviewOptions } from './reportHtml';
import { reportMessage } from './reportMessage';

export class ReportPanel implements vscode.Disposable {
  private static instance: ReportPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The page reloads each time it is shown again (retainContextWhenHidden is off); it says `ready` each time. */
  private ready = false;
  private postScheduled = false;
  private disposed = false;

  static get current(): ReportPanel | undefined {
    return ReportPanel.instance;
  }

  static createOrShow(services: Services): ReportPanel {
    const column = vscode.window.activeTextEditor?.viewColumn;
    if (ReportPanel.instance) {
      ReportPanel.instance.panel.reveal(column);
      return ReportPanel.instance;
    }
    const panel = vscode.window.createWebviewPanel(Views.report, vscode.l10n.t('Release Report'), column ?? vscode.ViewColumn.One, {
      ...reportWebviewOptions(services.context.extensionUri),
      retainContextWhenHidden: false,
    });
    ReportPanel.instance = new ReportPanel(panel, services);
    return ReportPanel.instance;
  }

  /** Called by the serializer with the panel VS Code restored after a reload. */
  static revive(panel: vscode.WebviewPanel, services: Services): ReportPanel {
    ReportPanel.instance?.dispose();
    ReportPanel.instance = new ReportPanel(panel, services);
    return ReportPanel.instance;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
  ) {
    const extensionUri = services.context.extensionUri;
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'release.svg');
    panel.webview.options = reportWebviewOptions(extensionUri);
    panel.webview.html = reportHtml(panel.webview, extensionUri);
    this.updateTitle();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (!webviewPanel.visible) this.ready = false;
        else this.schedulePost();
      }),
      services.onDidChangeReport(() => this.schedulePost()),
      services.store.onDidChange(() => this.schedulePost()),
      vscode.window.onDidChangeActiveColorTheme(() => this.schedulePost()),
    );
  }

  private receive(raw: unknown): void {
    const message = parsePanelMessage(raw);
    if (!message) {
      this.services.log.warn('Ignored a malformed message from the report panel.');
      return;
    }
    void this.handle(message).catch((error: unknown) => {
      const text = error instanceof Error ? error.message : String(error);
      this.services.log.error(`Report panel action ${message.type} failed: ${text}`);
      void vscode.window.showErrorMessage(text);
    });
  }

  private async handle(message: PanelMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.post();
        return;
      case 'openIssue':
        return openIssueFromReport(this.services, message.number);
      case 'openTodo':
        return openTodoFromReport(this.services, message.file, message.line);
      case 'export':
        await vscode.commands.executeCommand(Commands.exportReport);
        return;
      case 'refresh':
        await vscode.commands.executeCommand(Commands.refresh);
        return;
    }
  }

  /** Bursts of changes (an optimistic write and its confirmation) become one post. */
  private schedulePost(): void {
    if (this.postScheduled || this.disposed) return;
    this.postScheduled = true;
    setTimeout(() => {
      this.postScheduled = false;
      this.post();
    }, 0);
  }

  private post(): void {
    this.updateTitle();
    if (!this.ready || this.disposed) return;
    void this.panel.webview.postMessage(reportMessage(this.services));
  }

  private updateTitle(): void {
    if (this.disposed) return;
    const report = this.services.report();
    this.panel.title = report ? vscode.l10n.t('Release {0}: {1}', report.milestone.title, report.verdict) : vscode.l10n.t('Release Report');
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (ReportPanel.instance === this) ReportPanel.instance = undefined;
    this.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function registerReportPanelSerializer(services: Services): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(Views.report, {
    async deserializeWebviewPanel(panel) {
      ReportPanel.revive(panel, services);
    },
  });
}
