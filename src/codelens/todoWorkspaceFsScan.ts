// The workspace TODO scan without Node: the browser host (vscode.dev, github.dev) and virtual workspaces. Files are
// listed with workspace.findFiles, filtered like the disk scan (exclude globs, .gitignore files through TodoScope),
// read with workspace.fs a few at a time, and parsed in slices that give the host back its thread every SLICE_MS.
import * as vscode from 'vscode';
import { TodoScope } from './todoScope';
import { readOptionalText, readTextFile, relativeTo } from './todoWorkspaceScan';
import type { TodoItem } from '../core/model';
import { languageIdForPath, parseTodos } from '../core/todo/todoParser';
import type { TodoScanRequest } from '../release/hostPlatform';
import { hasBinaryExtension, toTodoItem } from '../scan/todoItems';

/** Longest stretch of parsing before yielding to the host (the budget is 50 ms). */
const SLICE_MS = 20;
/** Reads in flight at once: enough to hide a file system round trip (32 halves the scan against 8 in `npm run bench`), few enough not to flood a remote one. */
const READS_IN_FLIGHT = 32;

export class ScanCancelled extends Error {
  constructor() {
    super('The TODO scan was cancelled');
    this.name = 'AbortError';
  }
}

export async function scanWithWorkspaceFs(request: TodoScanRequest): Promise<TodoItem[]> {
  const { folder, token } = request;
  const scope = new TodoScope((rel) => readOptionalText(folder.uri, rel), request.exclude);
  // findFiles takes one glob; braces inside braces are not reliably supported, so globs with braces are left to
  // the scope's own check after listing.
  const simple = request.exclude.filter((glob) => !/[{}]/.test(glob));
  const exclude = simple.length === 0 ? null : `{${simple.join(',')}}`;
  const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*'), exclude, undefined, token);
  if (token.isCancellationRequested) throw new ScanCancelled();

  const byFile = new Map<string, TodoItem[]>();
  let filesRead = 0;
  let sliceStart = Date.now();
  const pending = uris
    .map((uri) => ({ uri, rel: relativeTo(folder.uri, uri) }))
    .filter((entry): entry is { uri: vscode.Uri; rel: string } => entry.rel !== null && !hasBinaryExtension(entry.rel));

  const next = async (): Promise<void> => {
    for (let entry = pending.pop(); entry; entry = pending.pop()) {
      if (token.isCancellationRequested) return;
      const text = (await scope.includes(entry.rel)) ? await readTextFile(entry.uri, request.maxFileSize) : null;
      filesRead++;
      if (text !== null) {
        const todos = parseTodos(text, languageIdForPath(entry.rel), { tags: request.tags }).map((todo) => toTodoItem(entry.rel, todo));
        if (todos.length > 0) byFile.set(entry.rel, todos);
      }
      if (Date.now() - sliceStart >= SLICE_MS) {
        request.onProgress(filesRead);
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
    }
  };
  await Promise.all(Array.from({ length: READS_IN_FLIGHT }, next));
  if (token.isCancellationRequested) throw new ScanCancelled();
  request.onProgress(filesRead);
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return files.flatMap((file) => byFile.get(file)!);
}
