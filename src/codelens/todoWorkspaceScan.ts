// The TODO index's two ways to read files: the full background scan (the pure scanner, with its progress in the
// status bar) and one file from disk for an incremental update. Both skip binary and oversized files.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TodoItem } from '../core/model';
import { todoExcludeGlobs } from '../core/todo/todoExcludes';
import type { ExtensionSettings } from '../release/settings';
import { scanWorkspace } from '../scan/todoScanner';

const BINARY_SNIFF = 8192;

/** files.exclude, search.exclude and releaseReadiness.todo.exclude, as one list of globs. */
export function todoExcludes(folder: vscode.WorkspaceFolder | undefined, settings: ExtensionSettings): string[] {
  const filesExclude = vscode.workspace.getConfiguration('files', folder?.uri).get<unknown>('exclude');
  const searchExclude = vscode.workspace.getConfiguration('search', folder?.uri).get<unknown>('exclude');
  return todoExcludeGlobs(filesExclude, searchExclude, settings.todoExclude);
}

export interface WorkspaceScanOptions {
  readonly tags: readonly string[];
  readonly exclude: readonly string[];
  readonly maxFileSize: number;
  /** Cancelled by a newer scan, by disposal, or from the progress item. */
  readonly cancel: vscode.CancellationTokenSource;
}

/** Scans the folder in the background; rejects with an AbortError-like reason when cancelled. */
export function scanWithProgress(root: string, options: WorkspaceScanOptions): Thenable<TodoItem[]> {
  const abort = new AbortController();
  options.cancel.token.onCancellationRequested(() => abort.abort());
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing TODOs'), cancellable: true }, (progress, token) => {
    token.onCancellationRequested(() => options.cancel.cancel());
    return scanWorkspace(root, {
      tags: options.tags,
      exclude: options.exclude,
      maxFileSize: options.maxFileSize,
      respectGitignore: true,
      signal: abort.signal,
      onProgress: (p) => progress.report({ message: vscode.l10n.t('{0} files', p.filesRead) }),
    });
  });
}

/** The file's text, or null when it is missing, not a regular file, too large or binary (a NUL byte early on). */
export async function readTextFile(file: string, maxSize: number): Promise<string | null> {
  try {
    const stat = await fs.promises.stat(file);
    if (!stat.isFile() || stat.size > maxSize) return null;
    const bytes = await fs.promises.readFile(file);
    if (bytes.length > maxSize || bytes.subarray(0, BINARY_SNIFF).includes(0)) return null;
    const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return bytes.toString('utf8', bom);
  } catch {
    return null;
  }
}
