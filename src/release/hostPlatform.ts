// What differs between the extension's two hosts. The Node entry (src/extension.ts) passes node:fs, git and the
// worker-thread TODO scan; the browser entry (src/web/extension.ts, vscode.dev / github.dev) passes
// vscode.workspace.fs and nothing that needs a process. Everything else is the same code.
import type * as vscode from 'vscode';
import type { TodoItem } from '../core/model';
import type { GitRepository } from '../git/gitRunner';
import type { GitRemote } from '../trackers/github/remote';
import type { TrackerFiles } from '../trackers/trackerFiles';

export interface TodoScanRequest {
  readonly folder: vscode.WorkspaceFolder;
  readonly tags: readonly string[];
  /** VS Code globs on the workspace-relative path (files.exclude, search.exclude, releaseReadiness.todo.exclude). */
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  readonly token: vscode.CancellationToken;
  readonly onProgress: (filesRead: number) => void;
}

export interface HostPlatform {
  /** `web` in the browser's extension host: the context key `releaseReadiness.webHost` hides what needs Node. */
  readonly kind: 'node' | 'web';
  /** `.release/issues.json` and `.release/config.json` of the folder. */
  trackerFiles(folder: vscode.WorkspaceFolder): TrackerFiles;
  /** The GitHub repositories the folder names: its git remotes, or the repository a github.dev URI is of. */
  repositories(folder: vscode.WorkspaceFolder): Promise<GitRemote[]>;
  /** Environment variables a token may come from; empty in the browser. */
  readonly environment: Readonly<Record<string, string | undefined>>;
  /** git's user.name (for "Assigned to me" with the local tracker); null when unknown. */
  gitUserName(folder: vscode.WorkspaceFolder | undefined): Promise<string | null>;
  /**
   * The background TODO scan of a folder on disk (worker threads); rejects when the token is cancelled. null in the
   * browser: there, and for every folder not on disk, the TODO index scans through workspace.fs.
   */
  readonly diskTodoScan: ((request: TodoScanRequest) => Promise<TodoItem[]>) | null;
  /** git in the folder, for Ship Release; null where no git can run (the browser, a virtual workspace). */
  git(folder: vscode.WorkspaceFolder): GitRepository | null;
}
