// What the composition root hands to every surface. Surfaces read state from here and never build their own
// trackers, stores or log channels.
import type * as vscode from 'vscode';
import type { Credentials } from './auth/credentials';
import type { Approval, TeamConfig } from './core/model';
import type { ReleaseReport } from './core/report/report';
import type { Log } from './log';
import type { HostPlatform } from './release/hostPlatform';
import type { TodoIndexPort } from './release/todoIndexPort';
import type { ExtensionSettings } from './release/settings';
import type { Event } from './state/emitter';
import type { ReleaseStore } from './state/releaseStore';

export interface Services {
  readonly context: vscode.ExtensionContext;
  readonly log: Log;
  readonly store: ReleaseStore;
  readonly credentials: Credentials;
  /** What differs between the Node and the browser extension host (files, git, the TODO scan). */
  readonly platform: HostPlatform;
  /** The team config of `.release/config.json` (defaults where it is missing or invalid). */
  config(): TeamConfig;
  settings(): ExtensionSettings;
  /** The workspace folder the release belongs to. */
  folder(): vscode.WorkspaceFolder | undefined;
  readonly todos: TodoIndexPort;
  /** The report of the current data (null while nothing is loaded). Cached until the data changes. */
  report(): ReleaseReport | null;
  approval(): Approval;
  /** Fires when the report would change: release data, TODOs or config. */
  readonly onDidChangeReport: Event<void>;
  /** Reveals an issue in the Issues by Role view. */
  revealIssue(issueNumber: number): Promise<void>;
}
