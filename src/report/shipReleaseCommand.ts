// "Ship Release": on GO, tag HEAD (annotated), push the tag when asked, create the GitHub Release with the notes
// (a draft by default) and close the milestone — each step skipped when already done (src/ship/). Refuses with
// the failing criteria when the verdict is not GO, before any write.
//   shipRelease()                             one modal confirmation (tag from the milestone title)
//   shipRelease({ tag?, draft?, pushTag?, changelog? })  never prompts; changelog: true prepends the notes to
//                                             CHANGELOG.md (local tracker) without asking
// Resolves with what happened; rejects when a step fails (the notification says which steps are done).
import * as vscode from 'vscode';
import { changelogInsertion } from '../core/notes/changelogEntry';
import { buildReleaseNotes } from '../core/notes/releaseNotes';
import { defaultTag, tagNameProblem, type ShipStepId } from '../core/ship/shipPlan';
import { shipRefusal } from '../core/ship/shipRefusal';
import type { Services } from '../services';
import { approvalNote } from '../ship/approvalNote';
import { ShipStepError, shipRelease as runShip } from '../ship/shipRelease';
import { loadedReport } from './checkCriteria';
import type { ReleaseInfo } from '../trackers/tracker';

export interface ShipArguments {
  readonly tag?: string;
  readonly draft?: boolean;
  readonly pushTag?: boolean;
  /** Local tracker: prepend the notes to CHANGELOG.md (true), skip it (false); unset = offer it. */
  readonly changelog?: boolean;
}

export type ShipResult =
  | { readonly status: 'refused'; readonly reasons: readonly string[] }
  | { readonly status: 'cancelled' }
  | { readonly status: 'shipped'; readonly tag: string; readonly done: readonly ShipStepId[]; readonly alreadyDone: readonly ShipStepId[]; readonly release: ReleaseInfo | null };

function argumentsOf(arg: unknown): ShipArguments | undefined {
  if (arg === undefined || arg === null) return undefined;
  if (typeof arg !== 'object') throw new Error(vscode.l10n.t('Ship Release takes {0}.', '{ tag?, draft?, pushTag? }'));
  const { tag, draft, pushTag, changelog } = arg as Record<string, unknown>;
  if (tag !== undefined && typeof tag !== 'string') throw new Error(vscode.l10n.t('"tag" must be a string.'));
  return {
    tag: tag as string | undefined,
    draft: typeof draft === 'boolean' ? draft : undefined,
    pushTag: typeof pushTag === 'boolean' ? pushTag : undefined,
    changelog: typeof changelog === 'boolean' ? changelog : undefined,
  };
}

function stepTitle(step: ShipStepId): string {
  switch (step) {
    case 'createTag':
      return vscode.l10n.t('tag created');
    case 'pushTag':
      return vscode.l10n.t('tag pushed');
    case 'createRelease':
      return vscode.l10n.t('GitHub Release created');
    case 'closeMilestone':
      return vscode.l10n.t('milestone closed');
  }
}

function stepWords(steps: readonly ShipStepId[]): string {
  return steps.map(stepTitle).join(', ');
}

export async function shipReleaseCommand(services: Services, arg?: unknown): Promise<ShipResult> {
  const given = argumentsOf(arg);
  const tracker = services.store.currentTracker;
  const folder = services.folder();
  if (!tracker || !folder) throw new Error(vscode.l10n.t('Open the workspace folder of the release first: there is nothing to ship.'));
  const git = services.platform.git(folder);
  if (!git) throw new Error(vscode.l10n.t('Ship Release tags the release with git, which cannot run here. Open a local clone in VS Code desktop, or run `release-readiness ship` in a terminal.'));
  // Never ship on a verdict computed from old data.
  await services.store.refresh();
  const state = services.store.current;
  if (state.stale || state.error) {
    throw new Error(vscode.l10n.t('The release data could not be read fresh ({0}), so it cannot be shipped now.', state.error?.message ?? state.stale?.reason ?? ''));
  }
  // A tracker replaced meanwhile (a settings or team config change) starts loading again: wait for it.
  const report = await loadedReport(services);
  if (!report) throw new Error(vscode.l10n.t('No release is loaded yet, so there is nothing to ship.'));

  const refusal = shipRefusal(report.verdict, report.criteria);
  if (refusal) {
    services.log.info(refusal.join('\n'));
    const [, ...reasons] = refusal;
    void vscode.window.showWarningMessage(vscode.l10n.t('Not shipping {0}: the verdict is NO-GO. {1}', report.milestone.title, reasons.join(' ')));
    return { status: 'refused', reasons };
  }

  let tag = given?.tag ?? defaultTag(report.milestone.title);
  if (tag === null && given) throw new Error(vscode.l10n.t('The milestone "{0}" names no version; pass {1}.', report.milestone.title, '{ tag }'));
  if (tag === null) {
    tag = (await vscode.window.showInputBox({ title: vscode.l10n.t('Tag for {0}', report.milestone.title), validateInput: (v) => tagNameProblem(v) ?? undefined })) ?? null;
    if (tag === null) return { status: 'cancelled' };
  }
  const problem = tagNameProblem(tag);
  if (problem) throw new Error(problem);
  const draft = given?.draft ?? true;
  const pushTag = given?.pushTag ?? false;

  if (!given) {
    const what = [
      vscode.l10n.t('annotated tag {0} on HEAD', tag),
      ...(pushTag ? [vscode.l10n.t('push it')] : []),
      ...(tracker.releases ? [draft ? vscode.l10n.t('a draft GitHub Release with the notes') : vscode.l10n.t('a GitHub Release with the notes')] : []),
      vscode.l10n.t('close the milestone'),
    ].join(', ');
    const ship = vscode.l10n.t('Ship');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Ship {0}?', report.milestone.title), { modal: true, detail: what }, ship);
    if (choice !== ship) return { status: 'cancelled' };
  }

  const notes = buildReleaseNotes(report, { approvalNote: await approvalNote(tracker, report.approval) });
  const context = { tracker, git, milestone: report.milestone.title, notes, log: (m: string) => services.log.info(m) };
  try {
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Shipping {0} as {1}…', report.milestone.title, tag) },
      () => runShip(context, { tag, draft, pushTag }),
    );
    void services.store.refresh();
    const performed = outcome.done.filter((s) => !outcome.plan.done.includes(s));
    const message =
      performed.length === 0
        ? vscode.l10n.t('{0} was already shipped as {1}: {2}.', report.milestone.title, tag, stepWords(outcome.done))
        : vscode.l10n.t('Shipped {0} as {1}: {2}.', report.milestone.title, tag, stepWords(outcome.done));
    const openRelease = vscode.l10n.t('Open Release');
    void vscode.window.showInformationMessage(message, ...(outcome.release?.url ? [openRelease] : [])).then((choice) => {
      if (choice === openRelease && outcome.release?.url) void vscode.env.openExternal(vscode.Uri.parse(outcome.release.url));
    });
    if (tracker.kind === 'local' && given?.changelog !== false) {
      if (given?.changelog === true) await prependChangelog(folder.uri, notes, tag);
      else offerChangelog(folder.uri, notes, tag);
    }
    return { status: 'shipped', tag, done: outcome.done, alreadyDone: outcome.plan.done, release: outcome.release };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof ShipStepError) {
      const done = error.done.length > 0 ? vscode.l10n.t('Done: {0}.', stepWords(error.done)) : vscode.l10n.t('Nothing was done yet.');
      const again = vscode.l10n.t('Ship Again');
      void vscode.window
        .showErrorMessage(vscode.l10n.t('Ship Release stopped at "{0}": {1} {2} Run it again to finish; done steps are skipped.', stepTitle(error.step), message, done), again)
        .then((choice) => {
          if (choice === again) void vscode.commands.executeCommand('releaseReadiness.shipRelease', { tag, draft, pushTag });
        });
    } else {
      void vscode.window.showErrorMessage(vscode.l10n.t('Ship Release: {0}', message));
    }
    services.log.error(`Ship Release failed: ${message}`);
    throw error;
  }
}

function offerChangelog(folder: vscode.Uri, notes: string, tag: string): void {
  const add = vscode.l10n.t('Add to CHANGELOG.md');
  void vscode.window.showInformationMessage(vscode.l10n.t('Add the release notes of {0} to CHANGELOG.md?', tag), add).then((choice) => {
    if (choice === add) void prependChangelog(folder, notes, tag);
  });
}

/** One WorkspaceEdit (Undo takes it back); the document is left unsaved and shown. */
export async function prependChangelog(folder: vscode.Uri, notes: string, tag: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder, 'CHANGELOG.md');
  const existing = await vscode.workspace.openTextDocument(uri).then(
    (document) => document.getText(),
    () => null,
  );
  const insertion = changelogInsertion(existing, notes, tag);
  const edit = new vscode.WorkspaceEdit();
  if (existing === null) {
    edit.createFile(uri, { ignoreIfExists: true });
    edit.insert(uri, new vscode.Position(0, 0), insertion.text);
  } else {
    const document = await vscode.workspace.openTextDocument(uri);
    edit.insert(uri, document.positionAt(insertion.offset), insertion.text);
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(vscode.l10n.t('CHANGELOG.md could not be edited.'));
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
