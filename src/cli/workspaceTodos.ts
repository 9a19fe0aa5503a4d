// The CLI's TODO scan: the same scanner as the extension, with the tags and excludes of the workspace's
// .vscode/settings.json when it sets them, so the CLI and the editor judge the same comments.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'jsonc-parser';
import type { TodoItem } from '../core/model';
import { scanWorkspace } from '../scan/todoScanner';

const DEFAULT_TAGS = ['TODO', 'FIXME', 'BUG', 'HACK', 'XXX'];
/** VS Code's default files.exclude and search.exclude, which apply in the editor unless a user removes them. */
const EDITOR_EXCLUDES = ['**/.git', '**/.svn', '**/.hg', '**/node_modules', '**/bower_components'];

interface TodoSettings {
  readonly tags: readonly string[];
  readonly exclude: readonly string[];
}

function strings(value: unknown): string[] | null {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : null;
}

function enabledGlobs(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}

export function readTodoSettings(root: string): TodoSettings {
  let settings: Record<string, unknown> = {};
  try {
    const parsed: unknown = parse(fs.readFileSync(path.join(root, '.vscode', 'settings.json'), 'utf8'));
    if (typeof parsed === 'object' && parsed !== null) settings = parsed as Record<string, unknown>;
  } catch {
    // No settings file: the defaults, as in a fresh VS Code.
  }
  const tags = strings(settings['releaseReadiness.todo.tags']) ?? DEFAULT_TAGS;
  const exclude = [
    ...EDITOR_EXCLUDES,
    ...(strings(settings['releaseReadiness.todo.exclude']) ?? []),
    ...enabledGlobs(settings['files.exclude']),
    ...enabledGlobs(settings['search.exclude']),
  ];
  return { tags, exclude };
}

export async function scanTodos(root: string): Promise<TodoItem[]> {
  const { tags, exclude } = readTodoSettings(root);
  // Bundled, the worker script sits next to cli.js only when the build emits it; otherwise read on this thread.
  const worker = path.join(__dirname, 'todoScanWorker.js');
  return scanWorkspace(root, { tags, exclude, respectGitignore: true, ...(fs.existsSync(worker) ? { workerScript: worker } : { workers: 0 }) });
}
