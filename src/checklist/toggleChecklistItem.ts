// `toggleChecklistItem({ text, occurrence?, checked? })`, a string (the item's text), a node of the checklist view,
// or nothing (then a quick pick). Resolves once the tracker confirmed the write.
import * as vscode from 'vscode';
import { parseTaskList } from '../core/checklist/taskList';
import type { Services } from '../services';
import type { ChecklistWriter, ToggleOutcome, ToggleRequest } from '../state/checklistWriter';
import { reportWriteFailure } from '../commands/writeFeedback';
import { checklistErrorMessage, isPermanent } from './checklistMessages';

/** The request an argument names; undefined for no argument. Throws for an argument of the wrong shape. */
export function toggleRequestOf(arg: unknown): ToggleRequest | undefined {
  if (arg === undefined || arg === null) return undefined;
  if (typeof arg === 'string' && arg.trim() !== '') return { text: arg };
  if (typeof arg === 'object') {
    const { text, occurrence, checked } = arg as { text?: unknown; occurrence?: unknown; checked?: unknown };
    if (typeof text === 'string' && text.trim() !== '') {
      return {
        text,
        ...(typeof occurrence === 'number' && Number.isInteger(occurrence) && occurrence >= 0 ? { occurrence } : {}),
        ...(typeof checked === 'boolean' ? { checked } : {}),
      };
    }
  }
  throw new Error(vscode.l10n.t('Expected the checklist item\'s text, or {0}.', '{ text, occurrence?, checked? }'));
}

/** Context key, true once an item was ticked in this window: completes the walkthrough's checklist step. */
export const CHECKLIST_ITEM_TICKED_KEY = 'releaseReadiness.checklistItemTicked';

export class ChecklistToggler {
  private ticked = false;
  /** Promises already being reported: a double trigger joins the first write and must not show its error twice. */
  private readonly reporting = new WeakSet<Promise<ToggleOutcome>>();

  constructor(
    private readonly services: Services,
    private readonly writer: ChecklistWriter,
  ) {}

  async run(arg?: unknown): Promise<ToggleOutcome | undefined> {
    const request = toggleRequestOf(arg) ?? (await this.pick());
    if (!request) return undefined;
    let wanted: boolean;
    try {
      wanted = request.checked ?? !this.writer.itemFor(request).checked;
    } catch (error) {
      void vscode.window.showErrorMessage(checklistErrorMessage(error));
      throw error;
    }
    const promise = this.writer.toggle(request);
    if (this.reporting.has(promise)) return promise;
    this.reporting.add(promise);
    try {
      const outcome = await promise;
      this.noteTicked(outcome);
      this.tellAboutOthers(outcome);
      return outcome;
    } catch (error) {
      this.showFailure(request.text, error, () => this.writer.toggle({ ...request, checked: wanted }));
      throw error;
    }
  }

  private showFailure(text: string, error: unknown, retry: () => Promise<ToggleOutcome>): void {
    if (isPermanent(error)) {
      this.services.log.warn(`Checklist item "${text}": ${error instanceof Error ? error.message : String(error)}`);
      void vscode.window.showWarningMessage(checklistErrorMessage(error));
      return;
    }
    void reportWriteFailure(this.services.log, vscode.l10n.t('Updating "{0}"', text), error, retry);
  }

  private noteTicked(outcome: ToggleOutcome): void {
    if (this.ticked || !outcome.checked) return;
    this.ticked = true;
    void vscode.commands.executeCommand('setContext', CHECKLIST_ITEM_TICKED_KEY, true);
  }

  private tellAboutOthers(outcome: ToggleOutcome): void {
    if (!outcome.alreadyDoneElsewhere) return;
    const message = outcome.checked
      ? vscode.l10n.t('"{0}" was already ticked by someone else; nothing to change.', outcome.text)
      : vscode.l10n.t('"{0}" was already unticked by someone else; nothing to change.', outcome.text);
    void vscode.window.showInformationMessage(message);
  }

  private async pick(): Promise<ToggleRequest | undefined> {
    const checklist = this.services.store.current.data?.checklist;
    if (!checklist) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This milestone has no release checklist yet.'));
      return undefined;
    }
    const roles = this.services.config().roles;
    const items = parseTaskList(checklist.body, roles).map((item) => ({
      label: item.text,
      iconPath: new vscode.ThemeIcon(item.checked ? 'pass-filled' : 'circle-large-outline'),
      description: roles.find((r) => r.id === item.role)?.name,
      request: { text: item.text, occurrence: item.occurrence },
    }));
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The release checklist has no items.'));
      return undefined;
    }
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Select the checklist item to tick or untick'), matchOnDescription: true });
    return picked?.request;
  }
}
