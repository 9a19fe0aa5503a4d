// "Preview Release Notes": the notes of the loaded release (core/notes) in an untitled Markdown editor, so they
// can be read, edited and copied; nothing is written anywhere. Resolves with the notes' text.
import * as vscode from 'vscode';
import { buildReleaseNotes } from '../core/notes/releaseNotes';
import type { Services } from '../services';
import { approvalNote } from '../ship/approvalNote';
import { loadedReport } from './checkCriteria';

/** The notes of the loaded release with the approval's note, or null when nothing is loaded. */
export async function currentReleaseNotes(services: Services): Promise<string | null> {
  const report = await loadedReport(services);
  if (!report) return null;
  const tracker = services.store.currentTracker;
  const note = tracker ? await approvalNote(tracker, report.approval) : null;
  return buildReleaseNotes(report, { approvalNote: note });
}

export async function previewReleaseNotes(services: Services): Promise<string | undefined> {
  const notes = await currentReleaseNotes(services);
  if (notes === null) {
    void vscode.window.showWarningMessage(vscode.l10n.t('No release is loaded yet, so there are no notes to preview.'));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: notes });
  await vscode.window.showTextDocument(document, { preview: false });
  return notes;
}
