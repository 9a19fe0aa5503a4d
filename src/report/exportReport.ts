// "Export Progress Report…": Markdown or HTML file, Markdown on the clipboard, or Markdown as an issue comment.
// `exportReport({ format, target })` / `exportReport({ format: 'comment', issue })` never prompt.
import * as vscode from 'vscode';
import { reportFileName } from '../core/report/approvalRequest';
import { reportToHtml } from '../core/report/htmlExport';
import { reportToMarkdown } from '../core/report/markdownExport';
import type { ReleaseReport } from '../core/report/report';
import { statusOf } from '../core/config/roles';
import type { Services } from '../services';
import { issueNumberOf } from '../commands/issueArgument';

export type ExportFormat = 'markdown' | 'html' | 'clipboard' | 'comment';

export interface ExportOptions {
  readonly format: ExportFormat;
  /** For files: a URI string (`file:///…`), an absolute path, or a path relative to the workspace folder. */
  readonly target?: string;
  /** For comments: the issue number. */
  readonly issue?: number;
}

export interface ExportResult {
  readonly format: ExportFormat;
  /** The file's URI string, or `#12` for a comment. */
  readonly target: string | null;
}

const FORMATS: readonly ExportFormat[] = ['markdown', 'html', 'clipboard', 'comment'];

function parseOptions(arg: unknown): ExportOptions | undefined {
  if (arg === undefined || arg === null) return undefined;
  const value = arg as { format?: unknown; target?: unknown; issue?: unknown };
  if (typeof arg !== 'object' || !FORMATS.includes(value.format as ExportFormat)) {
    throw new Error(vscode.l10n.t('Export needs {0}.', '{ format: "markdown" | "html" | "clipboard" | "comment" }'));
  }
  return {
    format: value.format as ExportFormat,
    target: typeof value.target === 'string' ? value.target : undefined,
    issue: issueNumberOf(value.issue),
  };
}

/** A URI string, an absolute path, or a path relative to the workspace folder. */
function targetUri(services: Services, target: string): vscode.Uri {
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(target)) return vscode.Uri.parse(target, true);
  const folder = services.folder()?.uri;
  if (folder && !isAbsolutePath(target)) return vscode.Uri.joinPath(folder, ...target.split(/[\\/]/));
  return vscode.Uri.file(target);
}

/** `/x`, `\\x`, `C:\\x` or `C:/x`: absolute on some system (export targets come from a setting or an argument). */
function isAbsolutePath(target: string): boolean {
  return /^([a-zA-Z]:)?[\\/]/.test(target);
}

async function askFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { label: vscode.l10n.t('Markdown File…'), description: '.md', format: 'markdown' },
    { label: vscode.l10n.t('HTML File…'), description: vscode.l10n.t('one self-contained page'), format: 'html' },
    { label: vscode.l10n.t('Copy Markdown to Clipboard'), format: 'clipboard' },
    { label: vscode.l10n.t('Post as Comment on an Issue…'), format: 'comment' },
  ];
  return (await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Export the progress report as…') }))?.format;
}

async function askFile(services: Services, report: ReleaseReport, format: 'markdown' | 'html'): Promise<vscode.Uri | undefined> {
  const name = reportFileName(report.milestone.title, format === 'markdown' ? 'md' : 'html');
  const folder = services.folder()?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'markdown' ? { Markdown: ['md'] } : { HTML: ['html', 'htm'] },
    saveLabel: vscode.l10n.t('Export'),
  });
}

async function askIssue(services: Services): Promise<number | undefined> {
  const data = services.store.current.data;
  if (!data) return undefined;
  const config = services.config();
  const approval = services.approval().issueNumber;
  // The approval issue first: it is where stakeholders usually read the report.
  const issues = [...data.issues].sort((a, b) => Number(b.number === approval) - Number(a.number === approval) || a.number - b.number);
  const picked = await vscode.window.showQuickPick(
    issues.map((i) => ({ label: `#${i.number}`, description: i.title, detail: statusOf(i, config).machinery ? vscode.l10n.t('release machinery') : undefined, number: i.number })),
    { placeHolder: vscode.l10n.t('Post the report as a comment on…'), matchOnDescription: true },
  );
  return picked?.number;
}

export async function exportReport(services: Services, arg?: unknown): Promise<ExportResult | undefined> {
  const options = parseOptions(arg);
  const report = services.report();
  if (!report) {
    if (options) throw new Error(vscode.l10n.t('No release is loaded yet.'));
    void vscode.window.showWarningMessage(vscode.l10n.t('No release is loaded yet.'));
    return undefined;
  }
  const format = options?.format ?? (await askFormat());
  if (!format) return undefined;

  if (format === 'clipboard') {
    await vscode.env.clipboard.writeText(reportToMarkdown(report));
    if (!options) void vscode.window.showInformationMessage(vscode.l10n.t('The progress report is on the clipboard as Markdown.'));
    return { format, target: null };
  }

  if (format === 'comment') {
    const issue = options ? options.issue : await askIssue(services);
    if (issue === undefined) {
      if (options) throw new Error(vscode.l10n.t('Posting the report as a comment needs {0}.', '{ issue: number }'));
      return undefined;
    }
    const tracker = services.store.currentTracker;
    if (!tracker) throw new Error(vscode.l10n.t('No release tracker is configured.'));
    await tracker.addComment(issue, reportToMarkdown(report));
    services.log.info(`Posted the progress report on #${issue}`);
    if (!options) void vscode.window.showInformationMessage(vscode.l10n.t('Posted the progress report on #{0}.', issue));
    return { format, target: `#${issue}` };
  }

  const uri = options ? (options.target ? targetUri(services, options.target) : undefined) : await askFile(services, report, format);
  if (!uri) {
    if (options) throw new Error(vscode.l10n.t('Exporting to a file needs {0}.', '{ target: uri }'));
    return undefined;
  }
  const text = format === 'markdown' ? reportToMarkdown(report) : reportToHtml(report);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  services.log.info(`Exported the progress report to ${uri.toString(true)}`);
  if (!options) {
    const open = vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported the progress report to {0}.', vscode.workspace.asRelativePath(uri)), open).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('vscode.open', uri);
    });
  }
  return { format, target: uri.toString() };
}
