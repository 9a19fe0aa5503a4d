// The issue a TODO becomes: title and body from the comment, the role's label, the release milestone, and a
// permalink only when the line is verifiably on the remote (the file unchanged at HEAD according to VS Code's git
// extension, and HEAD a commit the GitHub tracker can read). Anything unverified leaves the permalink out.
import * as vscode from 'vscode';
import type { RoleDefinition, TodoItem } from '../core/model';
import { permalinkFor, repositoryWebUrl, todoIssueBody, todoIssueTitle } from '../core/todo/todoIssueText';
import { repositoryOf } from '../core/todo/todoTracking';
import type { Services } from '../services';
import type { GitHubTracker } from '../trackers/githubTracker';
import type { NewIssue } from '../trackers/tracker';

const SNIPPET_CONTEXT = 2;
const COMMIT_CHECK_TIMEOUT_MS = 3000;

export function draftIssue(services: Services, document: vscode.TextDocument, todo: TodoItem, role: RoleDefinition | null, permalink: string | null): NewIssue {
  const first = Math.max(0, todo.line - SNIPPET_CONTEXT);
  const last = Math.min(document.lineCount - 1, todo.line + SNIPPET_CONTEXT);
  const snippet = document.getText(new vscode.Range(first, 0, last, document.lineAt(last).text.length));
  return {
    title: todoIssueTitle(todo, todo.file, todo.line),
    body: todoIssueBody({ file: todo.file, line: todo.line, snippet, languageId: document.languageId, permalink }),
    labels: role && role.labels.length > 0 ? [role.labels[0]] : [],
    milestone: services.store.milestoneTitle,
  };
}

/** The role named by id or name (case-insensitive). */
export function roleNamed(services: Services, value: string): RoleDefinition | undefined {
  const wanted = value.trim().toLowerCase();
  return services.config().roles.find((r) => r.id.toLowerCase() === wanted || r.name.toLowerCase() === wanted);
}

/** Who a TODO is for when nobody is asked: TODOs are code, so the Programmer role (`code`) when the team has it. */
export function defaultRole(services: Services): RoleDefinition | null {
  return roleNamed(services, 'code') ?? roleNamed(services, 'Programmer') ?? null;
}

/** Asks for the role; resolves null for "no role" and undefined when cancelled. */
export async function pickRole(services: Services, title: string): Promise<RoleDefinition | null | undefined> {
  const fallback = defaultRole(services);
  const roles = services.config().roles;
  const ordered = fallback ? [fallback, ...roles.filter((r) => r !== fallback)] : [...roles];
  const items = [
    ...ordered.map((role) => ({ label: role.name, description: role.labels.join(', '), role: role as RoleDefinition | null })),
    { label: vscode.l10n.t('No role'), description: '', role: null },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Which role does the new issue belong to?') });
  return picked === undefined ? undefined : picked.role;
}

interface GitRepositoryLike {
  readonly state: {
    readonly HEAD?: { readonly commit?: string };
    readonly workingTreeChanges: readonly { readonly uri: vscode.Uri }[];
    readonly indexChanges: readonly { readonly uri: vscode.Uri }[];
    readonly mergeChanges?: readonly { readonly uri: vscode.Uri }[];
    readonly untrackedChanges?: readonly { readonly uri: vscode.Uri }[];
  };
}

interface GitApiLike {
  getRepository(uri: vscode.Uri): GitRepositoryLike | null;
}

/** HEAD's full SHA when the file is committed there unchanged, per VS Code's git extension; undefined otherwise. */
async function cleanHeadCommit(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApiLike }>('vscode.git');
    if (!extension) return undefined;
    const api = (extension.isActive ? extension.exports : await extension.activate()).getAPI(1);
    const repository = api.getRepository(uri);
    const sha = repository?.state.HEAD?.commit;
    if (!repository || !sha || !/^[0-9a-f]{40}$/i.test(sha)) return undefined;
    const { workingTreeChanges, indexChanges, mergeChanges = [], untrackedChanges = [] } = repository.state;
    const changed = [...workingTreeChanges, ...indexChanges, ...mergeChanges, ...untrackedChanges].some((c) => c.uri.toString() === uri.toString());
    return changed ? undefined : sha;
  } catch {
    return undefined;
  }
}

/**
 * A permalink maker for one command run: the commit is checked with the tracker once (one small GET) and the
 * answer reused for every TODO of the run.
 */
export function createPermalinker(services: Services): (document: vscode.TextDocument, todo: TodoItem) => Promise<string | null> {
  const verified = new Map<string, Promise<boolean>>();
  return async (document, todo) => {
    const tracker = services.store.currentTracker;
    const data = services.store.current.data;
    if (tracker?.kind !== 'github' || !('client' in tracker) || data === null || document.isDirty) return null;
    const web = repositoryWebUrl(data);
    const repo = repositoryOf(data);
    if (web === null || repo === null) return null;
    const sha = await cleanHeadCommit(document.uri);
    if (sha === undefined) return null;
    let check = verified.get(sha);
    if (check === undefined) {
      const request = (tracker as GitHubTracker).client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { owner: repo.owner, repo: repo.name, commit_sha: sha });
      // unref() exists only in Node; the browser's timers are plain numbers.
      const timeout = new Promise<never>((_, reject) => (setTimeout(() => reject(new Error('timeout')), COMMIT_CHECK_TIMEOUT_MS) as { unref?: () => void }).unref?.());
      check = Promise.race([request, timeout]).then(
        () => true,
        (error: unknown) => {
          services.log.info(`No permalink: commit ${sha.slice(0, 7)} not verified on the remote (${error instanceof Error ? error.message : String(error)})`);
          return false;
        },
      );
      verified.set(sha, check);
    }
    return (await check) ? permalinkFor(web, sha, todo.file, todo.line) : null;
  };
}
