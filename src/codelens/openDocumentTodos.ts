// The TODOs of open documents, kept current edit by edit: each change event is applied to a copy of the document's
// text as it arrives (no lexing then), and when the TODOs are asked for only the edited lines are lexed again
// (core/todo/incrementalTodos.ts). document.getText() is called once per document, not once per keystroke.
import * as vscode from 'vscode';
import { TodoDocument } from '../core/todo/incrementalTodos';
import type { ParsedTodo } from '../core/todo/todoParser';

interface Entry {
  readonly doc: TodoDocument;
  /** The document version the copy of the text is at. */
  version: number;
  readonly languageId: string;
  readonly tags: string;
}

/** The document's length in UTF-16 code units, without building its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export class OpenDocumentTodos implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        const entry = this.entries.get(e.document.uri.toString());
        if (entry === undefined || e.contentChanges.length === 0) return;
        entry.doc.applyChanges(e.contentChanges.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })));
        entry.version = e.document.version;
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.entries.delete(document.uri.toString())),
    ];
  }

  /** The TODOs of the document's current text, parsed as `languageId` with `tags`. */
  todos(document: vscode.TextDocument, languageId: string, tags: readonly string[]): readonly ParsedTodo[] {
    const key = document.uri.toString();
    const tagKey = tags.join('\n');
    let entry = this.entries.get(key);
    // The copy is trusted only while it is at the document's version and as long as the document (a cheap check
    // that would catch a change event this copy did not see).
    const current = entry !== undefined && entry.version === document.version && entry.languageId === languageId && entry.tags === tagKey && entry.doc.text.length === documentLength(document);
    if (!current) {
      entry = { doc: new TodoDocument(document.getText(), languageId, { tags }), version: document.version, languageId, tags: tagKey };
      this.entries.set(key, entry);
    }
    return entry!.doc.todos();
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.entries.clear();
  }
}
