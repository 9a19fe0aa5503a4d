// People-facing wording for checklist errors: the writer throws codes, the surface says what happened.
import * as vscode from 'vscode';
import { ChecklistError } from '../state/checklistWriter';

export function checklistErrorMessage(error: unknown): string {
  if (!(error instanceof ChecklistError)) return error instanceof Error ? error.message : String(error);
  const text = error.itemText ?? '';
  switch (error.code) {
    case 'noTracker':
      return vscode.l10n.t('No release tracker is set up yet.');
    case 'noChecklist':
      return vscode.l10n.t('This milestone has no release checklist yet.');
    case 'notFound':
      return vscode.l10n.t('No checklist item reads "{0}".', text);
    case 'ambiguous':
      return vscode.l10n.t('Several checklist items read "{0}"; pass {1} to say which one.', text, '{ text, occurrence }');
    case 'changedMeanwhile':
      return vscode.l10n.t('The item "{0}" was changed or removed meanwhile; the checklist was reloaded.', text);
  }
}

/** Errors that Retry cannot fix: the item or the checklist is not what the command expected. */
export function isPermanent(error: unknown): boolean {
  return error instanceof ChecklistError;
}
