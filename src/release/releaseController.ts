// Keeps the store's tracker in line with the settings, the team config and the credentials, and refreshes in the
// background: on window focus and every `refreshInterval` seconds (conditional requests: an unchanged refresh
// costs only 304 answers). Every load also looks up the issues TODOs reference outside the milestone, and a TODO
// that names one not looked up yet (a new comment, the first scan) loads again.
import * as vscode from 'vscode';
import type { Credentials } from '../auth/credentials';
import { ReleaseFiles, Settings } from '../constants';
import type { Log } from '../log';
import type { ReleaseStore } from '../state/releaseStore';
import type { ReleaseData } from '../core/model';
import type { KeyValueStore } from '../trackers/keyValueStore';
import { outsideRefs, unansweredRefs } from '../core/references/outsideRefs';
import { repositoryOf } from '../core/todo/todoTracking';
import { lastKnownOutside, resolveOutside } from '../trackers/outsideLookup';
import { loadReleaseWithFallback, type SnapshotCache } from '../trackers/snapshotCache';
import type { Tracker } from '../trackers/tracker';
import type { TodoIndexPort } from './todoIndexPort';
import type { TeamConfigSource } from './teamConfigSource';
import type { HostPlatform } from './hostPlatform';
import { whoAmI } from './identity';
import { readSettings } from './settings';
import { chooseTracker } from './trackerFactory';

export class ReleaseController implements vscode.Disposable {
  private loadingConfig = false;
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private snapshots: SnapshotCache | null = null;
  private lastFocusRefresh = 0;
  private reconfiguring: Promise<void> = Promise.resolve();
  /** Login (GitHub) or git user.name (local) for "Assigned to me"; null when unknown. */
  me: string | null = null;

  constructor(
    private readonly store: ReleaseStore,
    private readonly configSource: TeamConfigSource,
    private readonly credentials: Credentials,
    private readonly storage: KeyValueStore,
    private readonly log: Log,
    private readonly todos: TodoIndexPort,
    private readonly platform: HostPlatform,
  ) {
    this.disposables.push(
      todos.onDidChange(() => this.lookUpNewReferences()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        // The TODO settings are the TODO index's business: changing a tag must not reload the release.
        const keys = [Settings.tracker, Settings.repository, Settings.apiUrl, Settings.milestone, Settings.refreshInterval];
        if (keys.some((key) => e.affectsConfiguration(`${Settings.section}.${key}`))) void this.reconfigure();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reconfigure()),
      // A change of .release/config.json on disk; not the one our own load below reports, or every start would set
      // the tracker up twice and blank the views in between.
      configSource.onDidChange(() => {
        if (!this.loadingConfig) void this.reconfigure();
      }),
      credentials.onDidChange(() => void this.reconfigure()),
      ...this.watchIssuesFile(),
      vscode.window.onDidChangeWindowState((state) => {
        // At most once a minute: focus changes come in bursts.
        if (state.focused && Date.now() - this.lastFocusRefresh > 60_000) {
          this.lastFocusRefresh = Date.now();
          void this.store.refresh();
        }
      }),
    );
  }

  /**
   * The local tracker reads the file fresh on every load but has no change event: reload when it changes on disk
   * (hand edits, git checkout, our own writes), and choose again when it appears or disappears.
   */
  private watchIssuesFile(): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${ReleaseFiles.issues}`);
    const changed = async (uri: vscode.Uri) => {
      const exists = await vscode.workspace.fs.stat(uri).then(
        () => true,
        () => false,
      );
      const local = this.store.currentTracker?.kind === 'local';
      // An atomic write (temp file, rename) may look like delete + create: only a real change of presence counts.
      if (local && exists) void this.store.refresh();
      else if ((local && !exists) || (!this.store.currentTracker && exists)) void this.reconfigure();
    };
    return [watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)];
  }

  folder(): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.workspaceFolders?.[0];
  }

  /**
   * Offline fallback for GitHub: the last good snapshot of the milestone, with the last known state of the outside
   * issues (marked as such). Fresh data is completed with the outside issues before it is saved or shown.
   */
  readonly loadRelease = async (tracker: Tracker, title: string) => {
    const snapshots = this.snapshots;
    const known = this.store.current.data?.outside ?? (snapshots && tracker.kind === 'github' ? (await snapshots.load(title))?.data.outside : undefined);
    const complete = (data: ReleaseData) => resolveOutside(tracker, data, this.todos.all(), known);
    if (!snapshots || tracker.kind !== 'github') return { data: await complete(await tracker.loadRelease(title)), stale: null };
    const loaded = await loadReleaseWithFallback(tracker, title, snapshots, complete);
    return loaded.stale ? { ...loaded, data: lastKnownOutside(loaded.data, this.todos.all(), loaded.stale.reason) } : loaded;
  };

  /** A TODO now names an issue outside the milestone that was not looked up: load again (the rest answers 304). */
  private lookUpNewReferences(): void {
    const data = this.store.current.data;
    const todos = this.todos.all();
    if (!data || todos === null || this.store.current.phase !== 'ready') return;
    if (unansweredRefs(outsideRefs(todos, data, repositoryOf(data)), data).length > 0) void this.store.refresh();
  }

  /** Re-chooses the tracker and reloads. Serialized, so bursts of setting changes settle on the last one. */
  reconfigure(): Promise<void> {
    this.reconfiguring = this.reconfiguring.then(() => this.doReconfigure()).catch((error: unknown) => {
      this.log.error(`Could not set up the release tracker: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.reconfiguring;
  }

  private async doReconfigure(): Promise<void> {
    const folder = this.folder();
    this.loadingConfig = true;
    try {
      await this.configSource.load(folder);
    } finally {
      this.loadingConfig = false;
    }
    const settings = readSettings(folder);
    const choice = await chooseTracker(folder, {
      settings,
      config: this.configSource.current,
      credentials: this.credentials,
      storage: this.storage,
      log: this.log,
      platform: this.platform,
    });
    this.snapshots = choice.snapshots;
    this.log.info(choice.tracker ? `Release data from ${choice.tracker.label}` : `No release tracker: ${choice.reason}`);
    this.store.setTracker(choice.tracker, choice.reason);
    // The context keys go to the workbench while the release loads (two round trips the load need not wait for).
    const contextKeys = Promise.all([
      vscode.commands.executeCommand('setContext', 'releaseReadiness.tracker', choice.tracker?.kind ?? 'none'),
      vscode.commands.executeCommand('setContext', 'releaseReadiness.noTrackerReason', choice.reason ?? ''),
    ]);
    this.schedule(settings.refreshIntervalSeconds);
    this.me = null;
    await this.store.refresh();
    await contextKeys;
    // After the load: `git config user.name` is a process start the first tree page need not wait behind. The
    // "Assigned to me" filter uses the name once it is known.
    if (choice.tracker) void whoAmI(choice.tracker, () => this.platform.gitUserName(folder)).then((me) => (this.me = me));
  }

  private schedule(seconds: number): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (seconds > 0) this.timer = setInterval(() => void this.store.refresh(), seconds * 1000);
  }

  dispose(): void {
    if (this.timer) clearInterval(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
