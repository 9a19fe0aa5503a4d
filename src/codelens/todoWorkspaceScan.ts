// The TODO index's two ways to read files: the full background scan (the host's scanner, with its progress in the
// status bar) and one file through vscode.workspace.fs for an incremental update (any scheme: disk, remote,
// github.dev). Both skip binary and oversized files.
import * as vscode from 'vscode';
import type { TodoItem } from '../core/model';
import { todoExcludeGlobs } from '../core/todo/todoExcludes';
import type { TodoScanRequest } from '../release/hostPlatform';
import type { ExtensionSettings } from '../release/settings';
import { textOfBytes } from '../scan/todoItems';

/** files.exclude, search.exclude and releaseReadiness.todo.exclude, as one list of globs. */
export function todoExcludes(folder: vscode.WorkspaceFolder | undefined, settings: ExtensionSettings): string[] {
  const filesExclude = vscode.workspace.getConfiguration('files', folder?.uri).get<unknown>('exclude');
  const searchExclude = vscode.workspace.getConfiguration('search', folder?.uri).get<unknown>('exclude');
  return todoExcludeGlobs(filesExclude, searchExclude, settings.todoExclude);
}

export type TodoScan = (request: TodoScanRequest) => Promise<TodoItem[]>;

/** Runs the scan in the background, cancellable from the progress item as well as through `cancel`. */
export function scanWithProgress(scan: TodoScan, request: Omit<TodoScanRequest, 'token' | 'onProgress'>, cancel: vscode.CancellationTokenSource): Thenable<TodoItem[]> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing TODOs'), cancellable: true }, (progress, token) => {
    token.onCancellationRequested(() => cancel.cancel());
    return scan({ ...request, token: cancel.token, onProgress: (filesRead) => progress.report({ message: vscode.l10n.t('{0} files', filesRead) }) });
  });
}

/** The file's text, or null when it is missing, not a regular file, too large or binary (a NUL byte early on). */
export async function readTextFile(uri: vscode.Uri, maxSize: number): Promise<string | null> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if ((stat.type & vscode.FileType.File) === 0 || stat.size > maxSize) return null;
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.length > maxSize ? null : textOfBytes(bytes);
  } catch {
    return null;
  }
}

/** A workspace-relative file's text (a .gitignore), or null. */
export function readOptionalText(folder: vscode.Uri, relativePath: string): Promise<string | null> {
  return Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, ...relativePath.split('/')))).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => null,
  );
}

/**
 * The `/` path of `uri` below `folder` (same scheme and authority), or null outside it. A drive letter's case is
 * not compared: VS Code spells it either way.
 */
export function relativeTo(folder: vscode.Uri, uri: vscode.Uri): string | null {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return null;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  const drive = /^\/[a-zA-Z]:/;
  const same = uri.path.startsWith(base) || (drive.test(base) && uri.path.toLowerCase().startsWith(base.toLowerCase()) && uri.path.slice(3).startsWith(base.slice(3)));
  const rel = same ? uri.path.slice(base.length) : '';
  return rel === '' ? null : rel;
}
