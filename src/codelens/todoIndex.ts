// The workspace TODO index. Placeholder until the TODO surface lands: it reports that no scan has run.
import type * as vscode from 'vscode';
import type { TodoItem } from '../core/model';
import type { TodoIndexPort } from '../services';
import { Emitter } from '../state/emitter';
import type { ExtensionSettings } from '../release/settings';

export class TodoIndex implements TodoIndexPort, vscode.Disposable {
  private readonly changed = new Emitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    _folder: () => vscode.WorkspaceFolder | undefined,
    _settings: () => ExtensionSettings,
  ) {}

  all(): readonly TodoItem[] | null {
    return null;
  }

  todosFor(_issueNumber: number): readonly TodoItem[] {
    return [];
  }

  dispose(): void {
    this.changed.dispose();
  }
}
