// Composition root, shared by both entries (src/extension.ts for Node, src/web/extension.ts for the browser): build
// the services on the host's platform, register the surfaces, push every disposable. Keep it short; nothing here
// touches the network (the first load starts after activation returns).
import * as vscode from 'vscode';
import { Credentials } from './auth/credentials';
import { registerChatSurface } from './chat/registerChat';
import { registerChecklistSurface, type ChecklistSurface } from './checklist/registerChecklist';
import { registerTodoSurface } from './codelens/registerTodos';
import { TodoIndex } from './codelens/todoIndex';
import { ISSUE_PREVIEW_SCHEME, IssuePreviewProvider } from './commands/issuePreview';
import { registerIssueCommands } from './tree/registerIssueCommands';
import { createLog } from './log';
import { MementoKeyValueStore } from './release/mementoStore';
import type { HostPlatform } from './release/hostPlatform';
import { ReleaseController } from './release/releaseController';
import { ReportSource } from './release/reportSource';
import { readSettings } from './release/settings';
import { TeamConfigSource } from './release/teamConfigSource';
import { registerReportSurface } from './report/registerReport';
import type { Services } from './services';
import { ReleaseStore } from './state/releaseStore';
import { ReleaseStatusBar } from './statusBar/releaseStatusBar';
import { IssueViewOptions } from './tree/issueViewOptions';
import { registerIssuesView, type IssuesView } from './tree/registerIssuesView';
import { registerWalkthrough } from './walkthrough/registerWalkthrough';

export interface ReleaseReadinessApi {
  /** The services, for integration tests. Not a stable API. */
  readonly services: Services;
  /**
   * The Issues by Role view as its users drive it, for integration tests (not a stable API): the provider's
   * getChildren / getTreeItem / resolveTreeItem, the drag and drop controller, and the checkbox handler.
   */
  readonly issuesTree: Pick<IssuesView, 'provider' | 'view' | 'dragAndDrop' | 'changeCheckboxes'>;
  /** The Release Checklist view, for integration tests (not a stable API). */
  readonly checklistView: Pick<ChecklistSurface, 'provider' | 'view' | 'changeCheckboxes'>;
  /** When activate() started (performance.now() of the extension host) and how long it ran, for `npm run bench`. */
  readonly timings: { readonly activateStart: number; readonly activateMs: number };
}

export function activateRelease(context: vscode.ExtensionContext, platform: HostPlatform): ReleaseReadinessApi {
  const activateStart = performance.now();
  const log = createLog();
  const subscriptions = context.subscriptions;
  log.info(`Activating Release Readiness ${context.extension.packageJSON.version} (${platform.kind} extension host)`);
  void vscode.commands.executeCommand('setContext', 'releaseReadiness.webHost', platform.kind === 'web');

  const folder = () => vscode.workspace.workspaceFolders?.[0];
  const configSource = new TeamConfigSource((f) => platform.trackerFiles(f));
  const credentials = new Credentials(context.secrets, log, platform.environment);
  const storage = new MementoKeyValueStore(context.globalState);
  const store: ReleaseStore = new ReleaseStore({
    config: () => configSource.current,
    preferredMilestone: () => readSettings(folder()).milestone,
    // The controller is built right below; the store only calls this once a load starts.
    loadRelease: (tracker, title) => controller.loadRelease(tracker, title),
    log,
  });
  const todos = new TodoIndex(folder, () => readSettings(folder()), platform.diskTodoScan);
  const controller: ReleaseController = new ReleaseController(store, configSource, credentials, storage, log, todos, platform);
  const reports = new ReportSource(store, () => configSource.current, todos, configSource.onDidChange);
  let revealIssue: (n: number) => Promise<void> = async () => undefined;

  const services: Services = {
    context,
    log,
    store,
    credentials,
    platform,
    config: () => configSource.current,
    settings: () => readSettings(folder()),
    folder,
    todos,
    report: () => reports.current(),
    approval: () => reports.approval(),
    onDidChangeReport: reports.onDidChange,
    revealIssue: (n) => revealIssue(n),
  };
  subscriptions.push(log, configSource, credentials, store, controller, todos, reports);

  const viewOptions = new IssueViewOptions(context.workspaceState);
  const issuesView = registerIssuesView(services, viewOptions, () => controller.me);
  revealIssue = (n) => issuesView.reveal(n);
  const checklistView = registerChecklistSurface(services);
  subscriptions.push(
    viewOptions,
    issuesView,
    vscode.workspace.registerTextDocumentContentProvider(ISSUE_PREVIEW_SCHEME, new IssuePreviewProvider(store)),
    ...registerIssueCommands(services, issuesView, viewOptions),
    ...registerTodoSurface(services, todos),
    ...registerReportSurface(services),
    ...registerChatSurface(services),
    checklistView,
    new ReleaseStatusBar(services),
    ...registerWalkthrough(services),
  );

  // The first load runs after activation returns: activation itself never waits on the network.
  setTimeout(() => void controller.reconfigure(), 0);
  return { services, issuesTree: issuesView, checklistView, timings: { activateStart, activateMs: performance.now() - activateStart } };
}
