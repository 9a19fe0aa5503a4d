// What a click on the lens of a TODO with a dead reference offers: for a closed issue, remove the comment, reopen
// the issue or show it; for an issue the release lacks, track the TODO as a new issue or remove the comment.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import { todoLensModels } from '../core/todo/todoLens';
import type { Services } from '../services';
import { resolveTodoTarget } from './todoArgument';
import { removeTodoWorkspaceEdit } from './todoEdits';
import type { TodoIndex } from './todoIndex';

/** Removes the TODO comment an argument names (`{ uri, line }`, or the cursor's). Resolves whether it did. */
export async function removeTodoComment(services: Services, index: TodoIndex, arg?: unknown): Promise<boolean> {
  const target = await resolveTodoTarget(index, arg, services.folder());
  if (!target) return false;
  const edit = removeTodoWorkspaceEdit(target.document, target.todo, services.settings().todoTags);
  return edit !== null && vscode.workspace.applyEdit(edit);
}

export async function resolveTodoReference(services: Services, index: TodoIndex, arg?: unknown): Promise<void> {
  const target = await resolveTodoTarget(index, arg, services.folder());
  const ref = target?.todo.ref;
  if (!target || !ref) return;
  const [model] = todoLensModels([target.todo], services.store.current.data, services.config());
  const closed = model.kind === 'closed';
  // An issue outside the milestone is not in the store: after reopening it, read its new state back.
  const outside = model.kind === 'closed' && model.outside;
  type Choice = vscode.QuickPickItem & { run: () => Thenable<unknown> };
  const remove: Choice = { label: `$(trash) ${vscode.l10n.t('Remove TODO comment')}`, run: () => removeTodoComment(services, index, { uri: target.document.uri, line: target.todo.line }) };
  const reopen: Choice = {
    label: `$(issue-reopened) ${vscode.l10n.t('Reopen #{0}', ref.number)}`,
    run: async () => {
      await vscode.commands.executeCommand(Commands.reopen, ref.number);
      if (outside) await services.store.refresh();
    },
  };
  const choices: Choice[] = closed
    ? outside
      ? model.reason === 'merged'
        ? [remove]
        : [remove, reopen]
      : [remove, reopen, { label: `$(list-tree) ${vscode.l10n.t('Show #{0} in Issues by Role', ref.number)}`, run: () => services.revealIssue(ref.number) }]
    : [
        {
          label: `$(add) ${vscode.l10n.t('Track as a new issue (replaces #{0})', ref.number)}`,
          run: () => vscode.commands.executeCommand(Commands.trackTodo, { uri: target.document.uri, line: target.todo.line, interactive: true }),
        },
        remove,
      ];
  const picked = await vscode.window.showQuickPick(choices, {
    placeHolder: closed ? vscode.l10n.t('#{0} is closed', ref.number) : vscode.l10n.t('The tracker has no issue #{0}', ref.number),
  });
  await picked?.run();
}
