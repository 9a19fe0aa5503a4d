// What the TODO commands accept: `{ uri, line }` (a Uri or its string), the argument a lens or quick fix passes
// (the same, plus `interactive`), a TODO node of the Issues by Role tree, or nothing (the TODO under the cursor).
import * as vscode from 'vscode';
import type { TodoItem } from '../core/model';
import { todoOnLine } from '../core/todo/todoRelocate';
import type { TodoIndex } from './todoIndex';

export interface TodoLocation {
  readonly uri: vscode.Uri | string;
  /** 0-based. */
  readonly line: number;
}

export interface TodoTarget {
  readonly document: vscode.TextDocument;
  readonly todo: TodoItem;
}

function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value.length > 0) return /^[a-z][\w+.-]+:/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  // A Uri that crossed a command boundary as JSON.
  if (value && typeof value === 'object' && typeof (value as { scheme?: unknown }).scheme === 'string') return vscode.Uri.from(value as vscode.Uri);
  return undefined;
}

/** `{ uri, line }` from any accepted argument, or undefined when it names no place. */
export function todoLocationOf(arg: unknown, folder: vscode.WorkspaceFolder | undefined): { uri: vscode.Uri; line: number } | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const value = arg as { uri?: unknown; line?: unknown; todo?: { file?: unknown; line?: unknown } };
  if (value.todo && typeof value.todo.file === 'string' && typeof value.todo.line === 'number' && folder) {
    return { uri: vscode.Uri.joinPath(folder.uri, ...value.todo.file.split('/')), line: value.todo.line };
  }
  const uri = asUri(value.uri);
  if (uri === undefined || typeof value.line !== 'number' || !Number.isInteger(value.line) || value.line < 0) return undefined;
  return { uri, line: value.line };
}

/**
 * The TODO an argument names, or the one under the cursor without an argument. Shows why when there is none
 * (non-modal) and resolves undefined.
 */
export async function resolveTodoTarget(index: TodoIndex, arg: unknown, folder: vscode.WorkspaceFolder | undefined): Promise<TodoTarget | undefined> {
  let document: vscode.TextDocument | undefined;
  let line: number;
  if (arg === undefined || arg === null) {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Put the cursor on a TODO comment first.'));
      return undefined;
    }
    document = editor.document;
    line = editor.selection.active.line;
  } else {
    const location = todoLocationOf(arg, folder);
    if (!location) throw new Error(vscode.l10n.t('Expected {0} with a file URI and a 0-based line.', '{ uri, line }'));
    document = await vscode.workspace.openTextDocument(location.uri);
    line = location.line;
  }
  if (index.relativePath(document.uri) === null) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Only TODOs in files of the workspace folder can be tracked.'));
    return undefined;
  }
  const todo = todoOnLine(index.parseDocument(document), line);
  if (!todo) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no TODO comment on line {0}.', line + 1));
    return undefined;
  }
  return { document, todo };
}
