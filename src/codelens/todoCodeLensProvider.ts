// A code lens on every TODO comment, computed from memory (the index and the loaded release) and returned at once:
// VS Code waits for every lens provider before it renders any, so nothing here awaits. When the release or the
// index changes, onDidChangeCodeLenses asks VS Code to come back.
import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { ReleaseData, TeamConfig, TodoItem } from '../core/model';
import { todoLensModels, type TodoLensModel } from '../core/todo/todoLens';
import type { Services } from '../services';
import { TodoCommands } from './todoCommandIds';
import type { TodoIndex } from './todoIndex';
import { affectsTodoSettings } from './todoSettings';

export class TodoCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[];
  /** The last answer for a file's TODOs (the index hands out the same array until the file changes). */
  private answers = new WeakMap<readonly TodoItem[], { data: ReleaseData | null; config: TeamConfig; canTrack: boolean; offline: boolean; uri: string; lenses: vscode.CodeLens[] }>();

  constructor(
    private readonly services: Services,
    private readonly index: TodoIndex,
  ) {
    const fire = () => this.changed.fire();
    this.disposables = [
      this.changed,
      services.store.onDidChange(fire),
      index.onDidChange(fire),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsTodoSettings(e)) return;
        this.answers = new WeakMap();
        fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const todos = this.index.todosIn(document);
    if (todos.length === 0) return [];
    const canTrack = this.services.store.currentTracker !== null;
    const data = this.services.store.current.data;
    const config = this.services.config();
    // Shown while the tracker cannot be reached: what the lenses say of issues outside the milestone is last known.
    const offline = this.services.store.current.stale !== null;
    // VS Code asks again on every scroll and focus: with the same TODOs, release and config the answer is the same.
    const last = this.answers.get(todos);
    if (last && last.data === data && last.config === config && last.canTrack === canTrack && last.offline === offline && last.uri === document.uri.toString()) return last.lenses;
    const models = todoLensModels(todos, data, config).map((model) => (offline ? markedLastKnown(model) : model));
    const lenses = todos.flatMap((todo, i) => this.lensesFor(document.uri, todo, models[i], canTrack));
    this.answers.set(todos, { data, config, canTrack, offline, uri: document.uri.toString(), lenses });
    return lenses;
  }

  private lensesFor(uri: vscode.Uri, todo: TodoItem, model: TodoLensModel, canTrack: boolean): vscode.CodeLens[] {
    const range = new vscode.Range(todo.line, todo.character, todo.endLine, todo.endCharacter);
    const lens = (title: string, command: string, args: unknown[], tooltip?: string) => new vscode.CodeLens(range, { title, command, arguments: args, tooltip });
    const here = { uri, line: todo.line, interactive: true };
    const milestone = this.services.store.milestoneTitle ?? '';
    switch (model.kind) {
      case 'open': {
        const parts = [`#${model.number}`, model.title, vscode.l10n.t('open'), ...(model.roles.length > 0 ? [model.roles.join(', ')] : [])];
        return [
          lens(parts.join(' · '), TodoCommands.revealIssue, [model.number], vscode.l10n.t('Show #{0} in Issues by Role', model.number)),
          lens(vscode.l10n.t('Open'), Commands.openIssue, [model.number], vscode.l10n.t('Open #{0}', model.number)),
        ];
      }
      case 'elsewhere': {
        const where = model.pullRequest ? vscode.l10n.t('open pull request') : model.milestone === null ? vscode.l10n.t('open · no milestone') : vscode.l10n.t('open · {0}', model.milestone);
        const parts = [`#${model.number}`, ...(model.title ? [model.title] : []), where, ...(model.stale === null ? [] : [vscode.l10n.t('last known')])];
        const tooltip = model.pullRequest
          ? vscode.l10n.t('#{0} is an open pull request, not an issue of {1}.', model.number, milestone)
          : model.milestone === null
            ? vscode.l10n.t('#{0} is open and in no milestone; it does not block {1}.', model.number, milestone)
            : vscode.l10n.t('#{0} is planned for {1}; it does not block {2}.', model.number, model.milestone, milestone);
        return [lens(parts.join(' · '), '', [], model.stale === null ? tooltip : `${tooltip} ${vscode.l10n.t('Last known state: {0}', model.stale)}`)];
      }
      case 'closed': {
        const stale = model.stale ? ` · ${vscode.l10n.t('last known')}` : '';
        const title = model.reason === 'merged'
          ? vscode.l10n.t('#{0} is merged: remove this TODO', model.number)
          : model.reason === 'not_planned'
            ? vscode.l10n.t('#{0} is closed (not planned): remove this TODO or reopen', model.number)
            : vscode.l10n.t('#{0} is closed: remove this TODO or reopen', model.number);
        return [
          lens(
            `${title}${stale}`,
            TodoCommands.resolveReference,
            [here],
            model.outside
              ? vscode.l10n.t('#{0} {1} is closed and not in {2}. Choose: remove the TODO comment or reopen the issue.', model.number, model.title, milestone)
              : vscode.l10n.t('#{0} {1} is closed. Choose: remove the TODO comment, reopen the issue, or show it.', model.number, model.title),
          ),
        ];
      }
      case 'missing': {
        const title =
          model.why === 'deleted'
            ? vscode.l10n.t('#{0} was deleted', model.number)
            : model.why === 'transferred'
              ? model.movedTo === null
                ? vscode.l10n.t('#{0} moved to another repository', model.number)
                : vscode.l10n.t('#{0} moved to {1}', model.number, model.movedTo)
              : vscode.l10n.t('#{0} not found', model.number);
        return [
          lens(
            model.stale === null ? title : `${title} · ${vscode.l10n.t('last known')}`,
            TodoCommands.resolveReference,
            [here],
            vscode.l10n.t('The tracker has no issue #{0} here. Choose: track the TODO as a new issue, or remove it.', model.number),
          ),
        ];
      }
      case 'unchecked':
        return [
          lens(
            model.reason === null ? vscode.l10n.t('#{0} · checking…', model.number) : vscode.l10n.t('#{0} · state unknown', model.number),
            '',
            [],
            model.reason === null ? vscode.l10n.t('Looking up #{0}, which {1} does not hold.', model.number, milestone) : vscode.l10n.t('Could not read #{0}: {1}', model.number, model.reason),
          ),
        ];
      case 'untracked':
        return canTrack ? [lens(vscode.l10n.t('Track as issue'), Commands.trackTodo, [here], vscode.l10n.t('Create an issue in {0} for this TODO', milestone))] : [];
      case 'external': {
        const state = model.state;
        if (state === null) return [lens(vscode.l10n.t('{0} (another repository)', model.raw), '', [])];
        const words: Record<typeof state.status, string> = {
          open: state.milestone === null ? vscode.l10n.t('open') : vscode.l10n.t('open · {0}', state.milestone),
          closed: vscode.l10n.t('closed'),
          pullRequest: vscode.l10n.t('pull request'),
          notFound: vscode.l10n.t('not found'),
          deleted: vscode.l10n.t('deleted'),
          transferred: vscode.l10n.t('moved'),
          unknown: vscode.l10n.t('state unknown'),
        };
        const parts = [model.raw, ...(state.title ? [state.title] : []), words[state.status]];
        return [lens(vscode.l10n.t('{0} (another repository)', parts.join(' · ')), '', [], vscode.l10n.t('Shown, never counted: it is not an issue of this release.'))];
      }
      case 'unknown':
        return [lens(model.raw, TodoCommands.revealIssue, [model.number], vscode.l10n.t('The release is not loaded yet'))];
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function markedLastKnown(model: TodoLensModel): TodoLensModel {
  const reason = vscode.l10n.t('the tracker cannot be reached');
  if (model.kind === 'elsewhere' || model.kind === 'missing') return { ...model, stale: model.stale ?? reason };
  if (model.kind === 'closed' && model.outside) return { ...model, stale: model.stale ?? reason };
  // Not looked up before the connection went: it will not be while offline.
  if (model.kind === 'unchecked') return { ...model, reason: model.reason ?? reason };
  return model;
}
