// The workspace TODO index: one full scan in the background after activation (the pure scanner, with progress in
// the status bar), then incremental updates — edits from the in-memory text (debounced), saves, created and deleted
// files from a file watcher. Everything the other surfaces ask (`all`, `todosFor`, `todosIn`) is answered from
// memory at once; nothing here blocks the extension host for long or touches the network.
import * as vscode from 'vscode';
import { isKnownLanguage } from '../core/todo/commentSyntax';
import type { TodoItem } from '../core/model';
import { languageIdForPath, parseTodos } from '../core/todo/todoParser';
import type { RepositoryId } from '../core/todo/todoTracking';
import type { Log } from '../log';
import type { ExtensionSettings } from '../release/settings';
import type { TodoIndexPort } from '../release/todoIndexPort';
import { Emitter } from '../state/emitter';
import { toTodoItem } from '../scan/todoItems';
import { documentLength, OpenDocumentTodos } from './openDocumentTodos';
import { TodoScope } from './todoScope';
import { scanWithWorkspaceFs } from './todoWorkspaceFsScan';
import { readOptionalText, readTextFile, relativeTo, scanWithProgress, todoExcludes, type TodoScan } from './todoWorkspaceScan';

/** Larger files are generated or data, not code anyone leaves TODOs in. */
export const MAX_TODO_FILE_SIZE = 2 * 1024 * 1024;
const EDIT_DEBOUNCE_MS = 300;
const FIRE_DEBOUNCE_MS = 50;
const RESCAN_DEBOUNCE_MS = 500;

interface FileEntry {
  readonly todos: readonly TodoItem[];
  /** The document version the TODOs were parsed from, or null when they come from the file on disk. */
  readonly version: number | null;
}

interface ScanRun {
  readonly cancel: vscode.CancellationTokenSource;
  /** Files updated incrementally while the scan ran: their newer answer wins over the scan's. */
  readonly touched: Set<string>;
}

export class TodoIndex implements TodoIndexPort, vscode.Disposable {
  private readonly changed = new Emitter<void>();
  readonly onDidChange = this.changed.event;
  private files = new Map<string, FileEntry>();
  /** Parses of open documents whose scope (.gitignore) is still being checked: lenses ask again meanwhile. */
  private readonly unconfirmed = new Map<string, FileEntry>();
  private scanned = false;
  private allCache: TodoItem[] | null = null;
  private byIssue: Map<number, TodoItem[]> | null = null;
  private scope: TodoScope | null = null;
  private scanRun: ScanRun | null = null;
  private readonly firstScan: Promise<void>;
  private resolveFirstScan: () => void = () => undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly editTimers = new Map<string, NodeJS.Timeout>();
  private fireTimer: NodeJS.Timeout | undefined;
  private rescanTimer: NodeJS.Timeout | undefined;
  private repository: () => RepositoryId | null = () => null;
  private readonly open = new OpenDocumentTodos();
  private log: Log | undefined;

  constructor(
    private readonly folder: () => vscode.WorkspaceFolder | undefined,
    private readonly settings: () => ExtensionSettings,
    /** The host's scan of folders on disk (worker threads); others, and all in the browser, go through workspace.fs. */
    private readonly diskScan: TodoScan | null,
    private readonly maxFileSize = MAX_TODO_FILE_SIZE,
  ) {
    this.firstScan = new Promise((resolve) => (this.resolveFirstScan = resolve));
  }

  /**
   * Starts listening and schedules the first scan once `firstLoad` settles (the release's first load, so the scan's
   * worker threads do not compete with it for the cores; open editors get their lenses from their own text
   * meanwhile); called once the surfaces are registered.
   */
  start(log: Log, firstLoad: Promise<unknown> = Promise.resolve()): void {
    this.log = log;
    const ws = vscode.workspace;
    const watcher = ws.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri)),
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
      ws.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.debounceEdit(e.document);
      }),
      ws.onDidOpenTextDocument((doc) => void this.updateFromDocument(doc)),
      ws.onDidSaveTextDocument((doc) => void this.updateFromDocument(doc)),
      // Unsaved edits of a closed document are gone: the file on disk is the truth again.
      ws.onDidCloseTextDocument((doc) => void this.updateFromDisk(doc.uri)),
      ws.onDidChangeConfiguration((e) => {
        const keys = ['releaseReadiness.todo.tags', 'releaseReadiness.todo.exclude', 'files.exclude', 'search.exclude'];
        if (keys.some((k) => e.affectsConfiguration(k))) this.scheduleRescan();
      }),
      ws.onDidChangeWorkspaceFolders(() => this.scheduleRescan()),
    );
    void firstLoad.then(
      () => this.scheduleRescan(0),
      () => this.scheduleRescan(0),
    );
  }

  /** Which repository a qualified reference (`owner/repo#12`) must name to count for `todosFor`. */
  useRepository(repository: () => RepositoryId | null): void {
    this.repository = repository;
  }

  /** Resolves when the first full scan has finished (or failed). */
  whenScanned(): Promise<void> {
    return this.firstScan;
  }

  all(): readonly TodoItem[] | null {
    if (!this.scanned) return null;
    this.allCache ??= [...this.files.keys()].sort().flatMap((file) => this.files.get(file)!.todos);
    return this.allCache;
  }

  todosFor(issueNumber: number): readonly TodoItem[] {
    if (this.byIssue === null) {
      this.byIssue = new Map();
      for (const entry of this.files.values()) {
        for (const todo of entry.todos) {
          if (todo.ref === null) continue;
          const list = this.byIssue.get(todo.ref.number);
          if (list) list.push(todo);
          else this.byIssue.set(todo.ref.number, [todo]);
        }
      }
    }
    const todos = this.byIssue.get(issueNumber);
    // Most issues have no TODO: answer those without asking for the repository (the tree asks once per row).
    if (todos === undefined) return [];
    if (todos.every(({ ref }) => ref!.owner === undefined)) return todos;
    const repo = this.repository();
    return todos.filter(({ ref }) => ref!.owner === undefined || (repo !== null && ref!.owner.toLowerCase() === repo.owner.toLowerCase() && ref!.repo?.toLowerCase() === repo.name.toLowerCase()));
  }

  /** The TODOs of an open document's current text: from the index when it is up to date, else parsed now (cheap). */
  todosIn(document: vscode.TextDocument): readonly TodoItem[] {
    const rel = this.relativePath(document.uri);
    if (rel === null || this.scopeOf().excludedByGlobs(rel) || this.scopeOf().known(rel) === false) return [];
    const entry = this.files.get(rel);
    if (entry !== undefined && entry.version === document.version) return entry.todos;
    const pending = this.unconfirmed.get(rel);
    if (pending !== undefined && pending.version === document.version) return pending.todos;
    if (documentLength(document) > this.maxFileSize) return [];
    const todos = this.parseOpen(rel, document);
    if (this.scopeOf().known(rel) === true) this.set(rel, { todos, version: document.version });
    else {
      this.unconfirmed.set(rel, { todos, version: document.version });
      void this.updateFromDocument(document);
    }
    return todos;
  }

  /** The TODOs of a document's current text whatever the index's scope says (for commands the user aims at it). */
  parseDocument(document: vscode.TextDocument): TodoItem[] {
    const rel = this.relativePath(document.uri);
    return rel === null ? [] : this.parseOpen(rel, document);
  }

  /** Workspace-relative `/` path of a file in the folder, or null. */
  relativePath(uri: vscode.Uri): string | null {
    const folder = this.folder();
    return folder ? relativeTo(folder.uri, uri) : null;
  }

  /** Starts a new full scan (the previous one is cancelled); resolves when it is merged. */
  async rescan(): Promise<void> {
    this.scanRun?.cancel.cancel();
    this.unconfirmed.clear(); // Parsed with the old tags or scope.
    const folder = this.folder();
    const settings = this.settings();
    const globs = todoExcludes(folder, settings);
    this.scope = folder ? this.newScope(folder, globs) : null;
    if (!folder || settings.todoTags.length === 0) {
      this.replaceAll(new Map());
      return;
    }
    const run: ScanRun = { cancel: new vscode.CancellationTokenSource(), touched: new Set() };
    this.scanRun = run;
    const started = Date.now();
    try {
      const todos = await scanWithProgress(folder.uri.scheme === 'file' && this.diskScan ? this.diskScan : scanWithWorkspaceFs, { folder, tags: settings.todoTags, exclude: globs, maxFileSize: this.maxFileSize }, run.cancel);
      if (this.scanRun !== run) return;
      this.log?.info(`TODO index: ${todos.length} TODOs in ${Date.now() - started} ms`);
      this.merge(todos, run);
    } catch (error) {
      if (run.cancel.token.isCancellationRequested) return;
      this.log?.warn(`The TODO scan failed: ${error instanceof Error ? error.message : String(error)}`);
      if (this.scanRun === run && !this.scanned) this.merge([], run);
    } finally {
      if (this.scanRun === run) this.scanRun = null;
      run.cancel.dispose();
    }
  }

  private merge(scanned: readonly TodoItem[], run: ScanRun): void {
    const next = new Map<string, FileEntry>();
    for (const todo of scanned) {
      const entry = next.get(todo.file);
      if (entry) (entry.todos as TodoItem[]).push(todo);
      else next.set(todo.file, { todos: [todo], version: null });
    }
    for (const rel of run.touched) {
      const current = this.files.get(rel);
      if (current) next.set(rel, current);
      else next.delete(rel);
    }
    this.replaceAll(next);
    // Open documents may hold unsaved text, and were parsed with the old tags if those changed: parse them again.
    for (const doc of vscode.workspace.textDocuments) void this.updateFromDocument(doc, true);
  }

  private replaceAll(files: Map<string, FileEntry>): void {
    this.files = files;
    this.scanned = true;
    this.invalidate();
    this.resolveFirstScan();
  }

  private scopeOf(): TodoScope {
    if (this.scope === null) {
      const folder = this.folder();
      this.scope = folder ? this.newScope(folder, todoExcludes(folder, this.settings())) : new TodoScope(async () => null, []);
    }
    return this.scope;
  }

  private newScope(folder: vscode.WorkspaceFolder, globs: readonly string[]): TodoScope {
    return new TodoScope((rel) => readOptionalText(folder.uri, rel), globs);
  }

  private parse(rel: string, text: string, languageId: string): TodoItem[] {
    const language = isKnownLanguage(languageId) ? languageId : languageIdForPath(rel);
    return parseTodos(text, language, { tags: this.settings().todoTags }).map((todo) => toTodoItem(rel, todo));
  }

  /** An open document's TODOs from its in-memory text, re-lexed only where it changed since the last ask. */
  private parseOpen(rel: string, document: vscode.TextDocument): TodoItem[] {
    const language = isKnownLanguage(document.languageId) ? document.languageId : languageIdForPath(rel);
    return this.open.todos(document, language, this.settings().todoTags).map((todo) => toTodoItem(rel, todo));
  }

  private debounceEdit(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.editTimers.get(key));
    this.editTimers.set(
      key,
      setTimeout(() => {
        this.editTimers.delete(key);
        void this.updateFromDocument(document);
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private async updateFromDocument(document: vscode.TextDocument, force = false): Promise<void> {
    const rel = this.relativePath(document.uri);
    if (rel === null || document.isClosed) return;
    const version = document.version;
    if (!force && this.files.get(rel)?.version === version) return;
    if (!(await this.scopeOf().includes(rel))) return this.remove(rel);
    if (document.isClosed || document.version !== version) return; // A newer edit is on its way.
    this.set(rel, { todos: documentLength(document) > this.maxFileSize ? [] : this.parseOpen(rel, document), version });
  }

  private async updateFromDisk(uri: vscode.Uri): Promise<void> {
    const rel = this.relativePath(uri);
    if (rel === null) return;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return this.updateFromDocument(open);
    if (!(await this.scopeOf().includes(rel))) return this.remove(rel);
    const text = await readTextFile(uri, this.maxFileSize);
    this.set(rel, { todos: text === null ? [] : this.parse(rel, text, languageIdForPath(rel)), version: null });
  }

  private onDiskChange(uri: vscode.Uri): void {
    if (uri.path.endsWith('/.gitignore')) {
      this.scheduleRescan();
      return;
    }
    void this.updateFromDisk(uri);
  }

  private onDiskDelete(uri: vscode.Uri): void {
    const rel = this.relativePath(uri);
    if (rel === null) return;
    if (rel === '.gitignore' || rel.endsWith('/.gitignore')) this.scheduleRescan();
    // The deleted path may have been a folder: everything under it goes too.
    for (const file of [...this.files.keys()]) if (file === rel || file.startsWith(`${rel}/`)) this.remove(file);
  }

  private remove(rel: string): void {
    this.unconfirmed.delete(rel);
    this.scanRun?.touched.add(rel);
    if (this.files.delete(rel)) this.scheduleFire();
  }

  private set(rel: string, entry: FileEntry): void {
    this.unconfirmed.delete(rel);
    this.scanRun?.touched.add(rel);
    const previous = this.files.get(rel);
    if (entry.todos.length === 0 && entry.version === null) {
      if (previous !== undefined) this.remove(rel);
      return;
    }
    this.files.set(rel, entry);
    if (previous === undefined ? entry.todos.length > 0 : !sameTodos(previous.todos, entry.todos)) this.scheduleFire();
  }

  private scheduleFire(): void {
    this.invalidate(false);
    if (this.fireTimer !== undefined) return;
    this.fireTimer = setTimeout(() => {
      this.fireTimer = undefined;
      this.changed.fire();
    }, FIRE_DEBOUNCE_MS);
  }

  private invalidate(fire = true): void {
    this.allCache = null;
    this.byIssue = null;
    if (fire) this.scheduleFire();
  }

  private scheduleRescan(delay = RESCAN_DEBOUNCE_MS): void {
    clearTimeout(this.rescanTimer);
    this.rescanTimer = setTimeout(() => void this.rescan(), delay);
  }

  dispose(): void {
    this.scanRun?.cancel.cancel();
    clearTimeout(this.fireTimer);
    clearTimeout(this.rescanTimer);
    for (const timer of this.editTimers.values()) clearTimeout(timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.open.dispose();
    this.changed.dispose();
    this.resolveFirstScan();
  }
}

/** Field by field, stopping at the first difference (an edit that moves lines differs at the first TODO below it). */
function sameTodos(a: readonly TodoItem[], b: readonly TodoItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.line !== y.line || x.character !== y.character || x.endLine !== y.endLine || x.endCharacter !== y.endCharacter) return false;
    if (x.file !== y.file || x.tag !== y.tag || x.text !== y.text || !sameRef(x.ref, y.ref)) return false;
  }
  return true;
}

function sameRef(a: TodoItem['ref'], b: TodoItem['ref']): boolean {
  return a === b || (a !== null && b !== null && a.number === b.number && a.owner === b.owner && a.repo === b.repo && a.raw === b.raw);
}
