// "Track TODO as Issue": creates an issue for one TODO comment and rewrites the comment to `TODO(#N)`.
//   trackTodo()                                  the TODO under the cursor; asks for the role
//   trackTodo({ uri, line, role? })              no prompt; role by id or name, null for none, default Programmer
//   trackTodo({ uri, line, interactive: true })  what lenses and quick fixes pass: asks for the role
import * as vscode from 'vscode';
import type { Issue, RoleDefinition } from '../core/model';
import type { Services } from '../services';
import { resolveTodoTarget, type TodoTarget } from './todoArgument';
import { rewriteTrackedTodos } from './todoEdits';
import type { TodoIndex } from './todoIndex';
import { createPermalinker, defaultRole, draftIssue, pickRole, roleNamed } from './todoIssueDraft';

export interface TrackTodoArgs {
  readonly uri?: vscode.Uri | string;
  readonly line?: number;
  /** Role id or name; null for no role label. */
  readonly role?: string | null;
  readonly interactive?: boolean;
}

/** A second trigger for the same TODO while the first is creating its issue joins the first. */
const inFlight = new Map<string, Promise<Issue | undefined>>();

export async function trackTodo(services: Services, index: TodoIndex, arg?: unknown): Promise<Issue | undefined> {
  const options = (arg && typeof arg === 'object' ? arg : {}) as TrackTodoArgs;
  const interactive = arg === undefined || arg === null || options.interactive === true;
  const target = await resolveTodoTarget(index, arg, services.folder());
  if (!target) return undefined;
  const { todo } = target;
  if (todo.ref !== null && services.store.issue(todo.ref.number)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This TODO is already tracked by #{0}.', todo.ref.number));
    return undefined;
  }
  if (!services.store.currentTracker) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No release tracker is configured, so there is nowhere to create the issue.'));
    return undefined;
  }
  const key = `${target.document.uri.toString()}#${todo.line}`;
  const running = inFlight.get(key);
  if (running) return running;
  const promise = (async () => {
    const role = await chooseRole(services, options, interactive, todo.text || todo.tag);
    if (role === undefined) return undefined;
    return createAndRewrite(services, index, target, role, interactive);
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, promise);
  return promise;
}

/** The role from the argument, the user (interactive) or the default; undefined when the user cancelled. */
async function chooseRole(services: Services, options: TrackTodoArgs, interactive: boolean, what: string): Promise<RoleDefinition | null | undefined> {
  if (options.role === null) return null;
  if (typeof options.role === 'string') {
    const role = roleNamed(services, options.role);
    if (!role) throw new Error(vscode.l10n.t('There is no role "{0}" in the team config.', options.role));
    return role;
  }
  if (!interactive) return defaultRole(services);
  return pickRole(services, vscode.l10n.t('Track “{0}” as an issue', what.length > 60 ? `${what.slice(0, 59)}…` : what));
}

async function createAndRewrite(services: Services, index: TodoIndex, target: TodoTarget, role: RoleDefinition | null, interactive: boolean): Promise<Issue> {
  const { document, todo } = target;
  const tracker = services.store.currentTracker;
  if (!tracker) throw new Error(vscode.l10n.t('No release tracker is configured.'));
  const permalink = await createPermalinker(services)(document, todo);
  const draft = draftIssue(services, document, todo, role, permalink);
  let created: Issue;
  try {
    created = await tracker.createIssue(draft);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    services.log.error(`Creating an issue for the TODO at ${todo.file}:${todo.line + 1} failed: ${message}`);
    const retry = vscode.l10n.t('Retry');
    void vscode.window.showErrorMessage(vscode.l10n.t('Creating an issue for the TODO failed: {0}', message), retry).then((choice) => {
      if (choice === retry) void trackTodo(services, index, { uri: document.uri, line: todo.line, role: role?.id ?? null }).catch(() => undefined);
    });
    throw error;
  }
  services.log.info(`Created #${created.number} for the TODO at ${todo.file}:${todo.line + 1}`);
  services.store.upsertIssue(created);
  const missed = await rewriteTrackedTodos(index, [{ document, todo, issueNumber: created.number }]);
  if (missed.length > 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Created #{0}, but the TODO changed meanwhile: add (#{0}) to it by hand.', created.number));
  } else if (interactive) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Created #{0} and linked the TODO to it.', created.number));
  }
  return created;
}
