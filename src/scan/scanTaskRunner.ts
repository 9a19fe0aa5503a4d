// One thread's share of the workspace scan: it lists directories and reads their files itself, depth first, until
// its budget is spent, then hands the directories it has not reached back for another thread. So the walk runs
// in parallel too, and no file list travels between threads.
//
// .gitignore files are shared by id: a runner that finds one parses it, and reports its text so that the
// scanner can pass it on to the other threads before they get a directory below it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isIgnored, parseGitignore, type IgnoreLayer } from './gitignore';
import { ExcludeGlobs } from './globPattern';
import { TodoFileReader, emptyCounts, type FileReaderOptions, type ScanCounts } from './todoFileReader';

export interface ScanSettings extends FileReaderOptions {
  /** VS Code globs against the workspace-relative path. */
  readonly exclude: readonly string[];
  readonly respectGitignore: boolean;
}

/**
 * A directory still to scan, with the ids of the ignore layers above it (root first); or, with `files`, the files
 * of a directory that are left to read (already filtered).
 */
export interface DirTask {
  readonly rel: string;
  readonly layers: readonly string[];
  readonly files?: readonly string[];
}

export interface LayerDef {
  readonly id: string;
  readonly base: string;
  readonly text: string;
}

export interface TaskResult extends ScanCounts {
  /** Directories found but not scanned within the budget. */
  readonly tasks: DirTask[];
  /** Ignore files found, for the other runners. */
  readonly layers: LayerDef[];
  directories: number;
}

export interface Budget {
  readonly files: number;
  readonly ms: number;
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export class ScanTaskRunner {
  private readonly reader: TodoFileReader;
  private readonly exclude: ExcludeGlobs;
  private readonly layers = new Map<string, IgnoreLayer>();
  private nextLayer = 0;

  constructor(
    private readonly settings: ScanSettings,
    private readonly runnerId: string,
    previous: ScanTaskRunner | null = null,
  ) {
    this.reader = new TodoFileReader(settings, previous?.reader ?? null);
    this.exclude = new ExcludeGlobs(settings.exclude);
  }

  addLayers(defs: readonly LayerDef[]): void {
    for (const def of defs) if (!this.layers.has(def.id)) this.layers.set(def.id, parseGitignore(def.text, def.base));
  }

  run(tasks: readonly DirTask[], budget: Budget): TaskResult {
    const result: TaskResult = { ...emptyCounts(), tasks: [], layers: [], directories: 0 };
    const stack = [...tasks].reverse();
    const started = performance.now();
    const spent = (): boolean => result.files >= budget.files || performance.now() - started >= budget.ms;
    while (stack.length > 0) {
      const task = stack.pop() as DirTask;
      if (task.files === undefined) {
        this.visit(task, stack, result);
      } else {
        let i = 0;
        while (i < task.files.length) {
          this.reader.readFile(task.files[i++], result);
          if (i % 8 === 0 && spent()) break;
        }
        if (i < task.files.length) stack.push({ rel: task.rel, layers: [], files: task.files.slice(i) });
      }
      if (spent()) break;
    }
    result.tasks.push(...stack.reverse());
    return result;
  }

  private addLayer(text: string, base: string, result: TaskResult): string {
    const id = `${this.runnerId}.${this.nextLayer++}`;
    this.layers.set(id, parseGitignore(text, base));
    result.layers.push({ id, base, text });
    return id;
  }

  private visit(task: DirTask, stack: DirTask[], result: TaskResult): void {
    result.directories++;
    const dir = task.rel === '' ? this.settings.root : path.join(this.settings.root, task.rel);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // Unreadable or vanished directory: nothing to scan there.
    }
    let layerIds = task.layers;
    if (this.settings.respectGitignore) {
      if (task.rel === '') {
        // .git/info/exclude ranks below every .gitignore, so it goes first.
        const exclude = readText(path.join(dir, '.git', 'info', 'exclude'));
        if (exclude !== null) layerIds = [...layerIds, this.addLayer(exclude, '', result)];
      }
      if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
        const text = readText(path.join(dir, '.gitignore'));
        if (text !== null) layerIds = [...layerIds, this.addLayer(text, task.rel, result)];
      }
    }
    const layers = layerIds.map((id) => this.layers.get(id)).filter((l): l is IgnoreLayer => l !== undefined && l.rules.length > 0);
    const prefix = task.rel === '' ? '' : `${task.rel}/`;
    const subdirectories: DirTask[] = [];
    const files: string[] = [];
    for (const entry of entries) {
      const name = entry.name;
      if (name === '.git') continue;
      const isDirectory = entry.isDirectory();
      if (!isDirectory && !entry.isFile()) continue; // Symbolic links, sockets, devices.
      const rel = prefix + name;
      if (this.exclude.excludes(rel, isDirectory)) continue;
      if (layers.length > 0 && isIgnored(layers, rel, name, isDirectory)) continue;
      if (isDirectory) subdirectories.push({ rel, layers: layerIds });
      else files.push(rel);
    }
    for (let i = subdirectories.length - 1; i >= 0; i--) stack.push(subdirectories[i]);
    if (files.length > 0) stack.push({ rel: task.rel, layers: [], files });
  }
}
