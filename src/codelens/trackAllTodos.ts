// "Track All Untracked TODOs…": previews every untracked TODO (likely duplicates of open issues unpicked), asks for
// the role, creates the chosen issues one at a time (spaced for GitHub) in a cancellable notification, and rewrites
// all the comments in one WorkspaceEdit at the end.
//   trackAllTodos()                                             interactive
//   trackAllTodos({ items?: [{ uri, line }], role?, includeDuplicates? })  no prompts (items default: all untracked)
import * as vscode from 'vscode';
import type { Issue, RoleDefinition, TodoItem } from '../core/model';
import { workItems } from '../core/config/roles';
import { findLikelyDuplicate } from '../core/todo/todoDuplicates';
import { plainLine } from '../core/todo/todoIssueText';
import { relocateTodo, todoOnLine } from '../core/todo/todoRelocate';
import type { Services } from '../services';
import { todoLocationOf } from './todoArgument';
import { rewriteTrackedTodos, type TrackedTodo } from './todoEdits';
import type { TodoIndex } from './todoIndex';
import { createPermalinker, defaultRole, draftIssue, pickRole, roleNamed } from './todoIssueDraft';

export interface TrackAllArgs {
  readonly items?: readonly { readonly uri: vscode.Uri | string; readonly line: number }[];
  readonly role?: string | null;
  /** Also create issues for TODOs that look like an open issue (skipped by default). */
  readonly includeDuplicates?: boolean;
}

export interface TrackAllResult {
  readonly created: readonly Issue[];
  /** TODOs left out because an open issue already reads like them. */
  readonly duplicates: readonly { readonly file: string; readonly line: number; readonly issueNumber: number }[];
  /** Why creating stopped early, if it did. */
  readonly error?: string;
}

interface Candidate {
  readonly uri: vscode.Uri;
  readonly todo: TodoItem;
  readonly duplicateOf: Issue | null;
}

/** GitHub asks integrators to space content-creating requests about a second apart. */
const GITHUB_SPACING_MS = 1000;

let running: Promise<TrackAllResult | undefined> | null = null;

export function trackAllTodos(services: Services, index: TodoIndex, arg?: unknown): Promise<TrackAllResult | undefined> {
  running ??= run(services, index, arg).finally(() => (running = null));
  return running;
}

async function run(services: Services, index: TodoIndex, arg: unknown): Promise<TrackAllResult | undefined> {
  const interactive = arg === undefined || arg === null;
  const options = (interactive ? {} : arg) as TrackAllArgs;
  const tracker = services.store.currentTracker;
  if (!tracker) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No release tracker is configured, so there is nowhere to create issues.'));
    return undefined;
  }
  const candidates = await collectCandidates(services, index, options);
  const duplicates = candidates.flatMap((c) => (c.duplicateOf ? [{ file: c.todo.file, line: c.todo.line, issueNumber: c.duplicateOf.number }] : []));
  if (candidates.length === 0) {
    if (interactive) void vscode.window.showInformationMessage(vscode.l10n.t('Every TODO in the workspace is tracked by an issue.'));
    return { created: [], duplicates };
  }
  let chosen: Candidate[];
  let role: RoleDefinition | null | undefined;
  if (interactive) {
    const picked = await previewCandidates(candidates);
    if (!picked || picked.length === 0) return undefined;
    role = await pickRole(services, vscode.l10n.t('Track {0} TODOs as issues', picked.length));
    if (role === undefined) return undefined;
    chosen = picked;
  } else {
    chosen = candidates.filter((c) => options.includeDuplicates === true || c.duplicateOf === null);
    role = options.role === null ? null : typeof options.role === 'string' ? roleNamed(services, options.role) : defaultRole(services);
    if (role === undefined) throw new Error(vscode.l10n.t('There is no role "{0}" in the team config.', String(options.role)));
  }
  const outcome = await createAll(services, index, chosen, role);
  const missed = await rewriteTrackedTodos(index, outcome.tracked);
  report(outcome, missed.length, chosen.length);
  return { created: outcome.tracked.map((t) => t.issue), duplicates, ...(outcome.error ? { error: outcome.error } : {}) };
}

async function collectCandidates(services: Services, index: TodoIndex, options: TrackAllArgs): Promise<Candidate[]> {
  const data = services.store.current.data;
  const open = data ? workItems(data.issues, services.config()) : [];
  // A reference the release does not have (`#999`) is not tracked either, when named explicitly.
  const untracked = (todo: TodoItem) => todo.ref === null || (options.items !== undefined && !services.store.issue(todo.ref.number));
  const found: { uri: vscode.Uri; todo: TodoItem }[] = [];
  if (options.items) {
    for (const item of options.items) {
      const location = todoLocationOf(item, services.folder());
      if (!location) throw new Error(vscode.l10n.t('Expected {0} with a file URI and a 0-based line.', '{ uri, line }'));
      const todo = todoOnLine(index.parseDocument(await vscode.workspace.openTextDocument(location.uri)), location.line);
      if (todo && untracked(todo)) found.push({ uri: location.uri, todo });
    }
  } else {
    if (index.all() === null) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Waiting for the TODO index…') }, () => index.whenScanned());
    }
    const folder = services.folder();
    for (const todo of index.all() ?? []) {
      if (folder && untracked(todo)) found.push({ uri: vscode.Uri.joinPath(folder.uri, ...todo.file.split('/')), todo });
    }
  }
  return found.map(({ uri, todo }) => ({ uri, todo, duplicateOf: findLikelyDuplicate(todo.text, open) }));
}

async function previewCandidates(candidates: readonly Candidate[]): Promise<Candidate[] | undefined> {
  const items = candidates.map((candidate) => ({
    label: plainLine(candidate.todo.text, 80) || `${candidate.todo.tag}`,
    description: `${candidate.todo.file}:${candidate.todo.line + 1}`,
    detail: candidate.duplicateOf
      ? `$(warning) ${vscode.l10n.t('looks like #{0}: {1}', candidate.duplicateOf.number, plainLine(candidate.duplicateOf.title, 60))}`
      : undefined,
    picked: candidate.duplicateOf === null,
    candidate,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Track Untracked TODOs as Issues'),
    placeHolder: vscode.l10n.t('Choose the TODOs to track; likely duplicates of open issues are not chosen'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.map((p) => p.candidate);
}

interface CreateOutcome {
  readonly tracked: (TrackedTodo & { readonly issue: Issue })[];
  readonly cancelled: boolean;
  readonly error?: string;
}

async function createAll(services: Services, index: TodoIndex, chosen: readonly Candidate[], role: RoleDefinition | null): Promise<CreateOutcome> {
  const title = vscode.l10n.t('Tracking TODOs as issues');
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token): Promise<CreateOutcome> => {
    const tracker = services.store.currentTracker;
    const tracked: CreateOutcome['tracked'] = [];
    const permalink = createPermalinker(services);
    let lastStart = 0;
    for (const [i, candidate] of chosen.entries()) {
      if (token.isCancellationRequested || !tracker) return { tracked, cancelled: true };
      const wait = tracker.kind === 'github' ? lastStart + GITHUB_SPACING_MS - Date.now() : 0;
      if (wait > 0 && (await cancellableDelay(wait, token))) return { tracked, cancelled: true };
      progress.report({ message: vscode.l10n.t('{0} of {1}', i + 1, chosen.length), increment: 100 / chosen.length });
      try {
        const document = await vscode.workspace.openTextDocument(candidate.uri);
        const todo = relocateTodo(index.parseDocument(document), candidate.todo);
        if (!todo) continue; // Edited or removed since the preview.
        lastStart = Date.now();
        const issue = await tracker.createIssue(draftIssue(services, document, todo, role, await permalink(document, todo)));
        services.log.info(`Created #${issue.number} for the TODO at ${todo.file}:${todo.line + 1}`);
        services.store.upsertIssue(issue);
        tracked.push({ document, todo, issueNumber: issue.number, issue });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        services.log.error(`Tracking TODOs stopped at ${candidate.todo.file}:${candidate.todo.line + 1}: ${message}`);
        return { tracked, cancelled: false, error: message };
      }
    }
    return { tracked, cancelled: false };
  });
}

/** Resolves true when cancelled first. */
function cancellableDelay(ms: number, token: vscode.CancellationToken): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      resolve(false);
    }, ms);
    const subscription = token.onCancellationRequested(() => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(true);
    });
  });
}

function report(outcome: CreateOutcome, missed: number, chosen: number): void {
  const numbers = outcome.tracked.map((t) => `#${t.issue.number}`).join(', ');
  if (outcome.error !== undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Tracking TODOs stopped after {0} of {1}: {2}', outcome.tracked.length, chosen, outcome.error));
  } else if (outcome.tracked.length > 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Created {0} issues: {1}', outcome.tracked.length, numbers));
  }
  if (missed > 0) void vscode.window.showWarningMessage(vscode.l10n.t('{0} TODOs changed while their issues were created: add the issue numbers by hand.', missed));
}
