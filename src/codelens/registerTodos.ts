// The TODO surface: workspace index, code lenses, diagnostics, quick fixes and the track commands.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { repositoryOf } from '../core/todo/todoTracking';
import type { Services } from '../services';
import { trackAllTodos } from './trackAllTodos';
import { trackTodo } from './trackTodo';
import { TodoCodeActionProvider } from './todoCodeActions';
import { TodoCodeLensProvider } from './todoCodeLensProvider';
import { TodoCommands } from './todoCommandIds';
import { TodoDiagnostics } from './todoDiagnostics';
import type { TodoIndex } from './todoIndex';
import { removeTodoComment, resolveTodoReference } from './todoReferenceActions';

export function registerTodoSurface(services: Services, index: TodoIndex): vscode.Disposable[] {
  index.useRepository(() => {
    const data = services.store.current.data;
    const fromData = data ? repositoryOf(data) : null;
    if (fromData) return fromData;
    const [owner, name] = services.settings().repository?.split('/') ?? [];
    return owner && name ? { owner, name } : null;
  });
  const lenses = new TodoCodeLensProvider(services, index);
  // The workspace's documents in every host: `file` in the Node host, `vscode-remote` in a web worker host of a
  // remote window (code-server), `vscode-vfs` on github.dev. Not untitled, git or output documents.
  const files: vscode.DocumentSelector = [{ scheme: 'file' }, { scheme: 'vscode-remote' }, { scheme: 'vscode-vfs' }];
  const disposables: vscode.Disposable[] = [
    lenses,
    vscode.languages.registerCodeLensProvider(files, lenses),
    new TodoDiagnostics(services, index),
    vscode.languages.registerCodeActionsProvider(files, new TodoCodeActionProvider(services, index), TodoCodeActionProvider.metadata),
    vscode.commands.registerCommand(Commands.trackTodo, (arg?: unknown) => trackTodo(services, index, arg)),
    vscode.commands.registerCommand(Commands.trackAllTodos, (arg?: unknown) => trackAllTodos(services, index, arg)),
    vscode.commands.registerCommand(TodoCommands.revealIssue, (issueNumber: number) => services.revealIssue(issueNumber)),
    vscode.commands.registerCommand(TodoCommands.resolveReference, (arg?: unknown) => resolveTodoReference(services, index, arg)),
    vscode.commands.registerCommand(TodoCommands.removeComment, (arg?: unknown) => removeTodoComment(services, index, arg)),
  ];
  // The first scan starts after the release's first load (at most FIRST_SCAN_WAIT_MS after activation); the status
  // bar shows its progress.
  index.start(services.log, firstLoadSettled(services));
  return disposables;
}

const FIRST_SCAN_WAIT_MS = 3000;

/** Resolves when the store leaves its first 'loading' phase, or after FIRST_SCAN_WAIT_MS (a slow GitHub). */
function firstLoadSettled(services: Services): Promise<void> {
  const { store } = services;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const timer = setTimeout(done, FIRST_SCAN_WAIT_MS);
    const listener = store.onDidChange(() => {
      if (store.current.phase !== 'loading') done();
    });
  });
}
