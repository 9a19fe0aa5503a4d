// Edits to TODO comments as WorkspaceEdits on the documents (undoable, never a write behind the editor's back):
// the canonical `TODO(#N)` rewrite after tracking, and removing a TODO comment.
import * as vscode from 'vscode';
import { isKnownLanguage } from '../core/todo/commentSyntax';
import { canonicalizeTodo, removeTodoEdit, type TextEditSpec } from '../core/todo/canonicalTodo';
import type { TodoItem } from '../core/model';
import { languageIdForPath } from '../core/todo/todoParser';
import { relocateTodo } from '../core/todo/todoRelocate';
import type { TodoIndex } from './todoIndex';

export interface TrackedTodo {
  readonly document: vscode.TextDocument;
  /** The TODO as it was when its issue was requested. */
  readonly todo: TodoItem;
  readonly issueNumber: number;
}

const toRange = (spec: TextEditSpec) => new vscode.Range(spec.range.line, spec.range.character, spec.range.endLine, spec.range.endCharacter);

/**
 * Rewrites every TODO to `TAG(#N)` in one WorkspaceEdit, each found again in its document's current text first
 * (the user may have typed while the issues were created). Returns the ones that could not be rewritten.
 */
export async function rewriteTrackedTodos(index: TodoIndex, tracked: readonly TrackedTodo[]): Promise<TrackedTodo[]> {
  const edit = new vscode.WorkspaceEdit();
  const missed: TrackedTodo[] = [];
  const current = new Map<vscode.TextDocument, TodoItem[]>();
  const applied: TrackedTodo[] = [];
  for (const item of tracked) {
    let todos = current.get(item.document);
    if (!todos) current.set(item.document, (todos = index.parseDocument(item.document)));
    const found = relocateTodo(todos, item.todo);
    const spec = found ? canonicalizeTodo(item.document.lineAt(found.line).text, found, item.issueNumber) : null;
    if (!spec) {
      missed.push(item);
      continue;
    }
    edit.replace(item.document.uri, toRange(spec), spec.newText);
    applied.push(item);
  }
  if (applied.length > 0 && !(await vscode.workspace.applyEdit(edit))) missed.push(...applied);
  return missed;
}

/** The edit that removes the TODO comment on `todo`'s line, or null when it is no longer there. */
export function removeTodoWorkspaceEdit(document: vscode.TextDocument, todo: TodoItem, tags: readonly string[]): vscode.WorkspaceEdit | null {
  const languageId = isKnownLanguage(document.languageId) ? document.languageId : languageIdForPath(todo.file);
  const spec = removeTodoEdit(document.getText(), languageId, todo, { tags });
  if (!spec) return null;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, toRange(spec), spec.newText);
  return edit;
}
