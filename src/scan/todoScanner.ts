// scan/ owns the workspace TODO scan: the walk and its worker pool, file reading, tag search in raw bytes,
// .gitignore and glob semantics. This file is its entry point, in plain Node (the extension, the CLI and the
// benchmark share it): worker threads walk
// the folder and read its files (scanTaskRunner.ts), parsing only files whose bytes hold a tag where a comment
// could have it. The main thread only hands out directories. No `vscode` import.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TodoItem } from '../core/model';
import { languageIdForPath, parseTodos } from '../core/todo/todoParser';
import { acquireScanPool, type ScanPool } from './scanPool';
import type { DirTask, TaskResult } from './scanTaskRunner';
import { toTodoItem } from './todoItems';

export interface ScanProgress {
  readonly filesFound: number;
  readonly filesRead: number;
  readonly bytesRead: number;
  readonly todos: number;
  readonly binary: number;
  readonly tooLarge: number;
  readonly done: boolean;
}

export interface ScanOptions {
  readonly tags: readonly string[];
  readonly caseSensitive?: boolean;
  /** VS Code globs, matched against the workspace-relative path (`**∕node_modules`, `out/**`, `*.{png,jpg}`). */
  readonly exclude?: readonly string[];
  /** Bytes; larger files are skipped. Default 1 MiB. */
  readonly maxFileSize?: number;
  /** Default true: .gitignore files (root and nested) and .git/info/exclude. */
  readonly respectGitignore?: boolean;
  readonly signal?: AbortSignal;
  /** At most every 50 ms while scanning, and once at the end with `done: true`. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Longest stretch the main thread reads files without yielding, when it reads them itself. Default 20. */
  readonly yieldEveryMs?: number;
  /** Worker threads; default min(4, available cores). 0 reads on the main thread. */
  readonly workers?: number;
  /** The compiled todoScanWorker.js; default: next to this module (dist/ when bundled, out/ in tests). */
  readonly workerScript?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
const PROGRESS_INTERVAL_MS = 50;

/** TODOs of one file's current text (an open editor, a save): the incremental counterpart of scanWorkspace. */
export function scanFile(relativePath: string, text: string, options: { readonly tags: readonly string[]; readonly caseSensitive?: boolean }): TodoItem[] {
  const file = relativePath.replace(/\\/g, '/');
  return parseTodos(text, languageIdForPath(file), options).map((todo) => toTodoItem(file, todo));
}

/**
 * A file's TODOs arrive together and in document order (one thread reads the whole file), so sorting the files
 * is enough; sorting every TODO could hold the event loop for long in a large monorepo.
 */
function inFileOrder(byFile: Map<string, TodoItem[]>): TodoItem[] {
  const files = [...byFile.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const todos: TodoItem[] = [];
  for (const file of files) for (const todo of byFile.get(file) as TodoItem[]) todos.push(todo);
  return todos;
}

/** Every TODO comment under `root`, sorted by file and position; rejects with the signal's reason when aborted. */
export async function scanWorkspace(root: string, options: ScanOptions): Promise<TodoItem[]> {
  options.signal?.throwIfAborted();
  if (!(await fs.promises.stat(root)).isDirectory()) throw new Error(`Not a folder: ${root}`);
  const pool = acquireScanPool(
    options.workerScript ?? path.join(__dirname, 'todoScanWorker.js'),
    options.workers ?? Math.min(4, Math.max(1, os.availableParallelism())),
    {
      root,
      tags: options.tags,
      caseSensitive: options.caseSensitive ?? true,
      maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
      exclude: options.exclude ?? [],
      respectGitignore: options.respectGitignore ?? true,
    },
    options.yieldEveryMs ?? 20,
  );
  try {
    return inFileOrder(await new ScanRun(pool, options).done);
  } finally {
    pool.release();
  }
}

/** One scan: keeps the pool fed with directories until none is left and no thread is busy. */
class ScanRun {
  /** TODOs by file, each file's in document order. */
  readonly done: Promise<Map<string, TodoItem[]>>;
  private readonly byFile = new Map<string, TodoItem[]>();
  private todoCount = 0;
  private readonly queue: DirTask[] = [{ rel: '', layers: [] }];
  private readonly progress = { filesFound: 0, filesRead: 0, bytesRead: 0, todos: 0, binary: 0, tooLarge: 0, done: false };
  private inFlight = 0;
  private lastProgress = 0;
  private settled = false;
  private resolve!: (byFile: Map<string, TodoItem[]>) => void;
  private reject!: (error: unknown) => void;
  private readonly onAbort = (): void => this.fail(this.options.signal?.reason);

  constructor(
    private readonly pool: ScanPool,
    private readonly options: ScanOptions,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    options.signal?.addEventListener('abort', this.onAbort, { once: true });
    this.dispatch();
  }

  private dispatch(): void {
    while (!this.settled && this.inFlight < this.pool.capacity && this.queue.length > 0) {
      // Share the queue out, so that each thread has a piece while the others work.
      const take = Math.max(1, Math.min(16, Math.floor(this.queue.length / this.pool.capacity)));
      this.inFlight++;
      this.pool
        .run(this.queue.splice(this.queue.length - take, take))
        .then((result) => this.collect(result))
        .catch((error: unknown) => this.fail(error)); // A failed thread, or an onProgress that threw.
    }
    if (!this.settled && this.inFlight === 0 && this.queue.length === 0) this.finish();
  }

  private collect(result: TaskResult): void {
    if (this.settled) return; // A late answer for a scan that already failed or was aborted.
    this.inFlight--;
    if (result.layers.length > 0) this.pool.shareLayers(result.layers);
    for (const task of result.tasks) this.queue.push(task);
    for (const todo of result.todos) {
      const list = this.byFile.get(todo.file);
      if (list === undefined) this.byFile.set(todo.file, [todo]);
      else list.push(todo);
    }
    this.todoCount += result.todos.length;
    const p = this.progress;
    p.filesFound += result.files;
    p.filesRead += result.files - result.unreadable;
    p.bytesRead += result.bytes;
    p.binary += result.binary;
    p.tooLarge += result.tooLarge;
    p.todos = this.todoCount;
    const now = performance.now();
    if (this.options.onProgress !== undefined && now - this.lastProgress >= PROGRESS_INTERVAL_MS) {
      this.lastProgress = now;
      this.options.onProgress({ ...p });
    }
    this.dispatch();
  }

  private finish(): void {
    this.settled = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.progress.done = true;
    try {
      this.options.onProgress?.({ ...this.progress, todos: this.todoCount });
    } catch (error) {
      this.reject(error);
      return;
    }
    this.resolve(this.byFile);
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.options.signal?.removeEventListener('abort', this.onAbort);
    this.reject(error);
  }
}
