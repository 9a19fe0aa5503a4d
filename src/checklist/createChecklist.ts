// "Create Release Checklist": renders the team's template (`.release/config.json`) into the milestone's checklist.
// `createChecklist({ milestone: 'v1.0' })` names the milestone without asking; with the local tracker and no
// milestone yet, it asks for a title (the local tracker creates the milestone along with its checklist).
import * as vscode from 'vscode';
import { renderChecklist } from '../core/checklist/checklistTemplate';
import type { Checklist } from '../core/model';
import type { Services } from '../services';
import { Views } from '../constants';
import { confirmedWrite } from '../commands/writeFeedback';

export interface CreateChecklistOptions {
  readonly milestone?: string;
}

function milestoneOf(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg.trim()) return arg.trim();
  const milestone = arg && typeof arg === 'object' ? (arg as { milestone?: unknown }).milestone : undefined;
  return typeof milestone === 'string' && milestone.trim() ? milestone.trim() : undefined;
}

export async function createChecklist(services: Services, arg?: unknown): Promise<Checklist | undefined> {
  const { store } = services;
  const interactive = arg === undefined || arg === null;
  const tracker = store.currentTracker;
  if (!tracker) {
    const useLocal = vscode.l10n.t('Use the Local Tracker');
    void vscode.window.showWarningMessage(vscode.l10n.t('Set up a tracker first: GitHub issues or the local tracker file.'), useLocal).then((choice) => {
      if (choice === useLocal) void vscode.commands.executeCommand('releaseReadiness.useLocalTracker');
    });
    return undefined;
  }
  let title = milestoneOf(arg) ?? store.milestoneTitle ?? undefined;
  if (!title) {
    if (tracker.kind !== 'local') {
      void vscode.window.showWarningMessage(vscode.l10n.t('The repository has no open milestone. Create the release milestone on GitHub first.'));
      return undefined;
    }
    if (!interactive) throw new Error(vscode.l10n.t('There is no milestone yet: pass {0}.', "{ milestone: 'v1.0' }"));
    title = (
      await vscode.window.showInputBox({
        title: vscode.l10n.t('Create Release Checklist'),
        prompt: vscode.l10n.t('Title of the release milestone to create'),
        value: 'v1.0',
        validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Enter a milestone title.')),
      })
    )?.trim();
    if (!title) return undefined;
  }

  const current = store.current.data;
  const existing = current?.milestone.title === title ? current.checklist : await tracker.getChecklist(title);
  if (existing) {
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" already has a release checklist.', title));
    await revealChecklist();
    return existing;
  }

  const config = services.config();
  const body = renderChecklist(config.checklistTemplate, config.roles);
  const milestone = title;
  const created = await confirmedWrite(services.log, vscode.l10n.t('Creating the release checklist of "{0}"', milestone), () => tracker.createChecklist(milestone, body));
  services.log.info(`Created the release checklist of "${milestone}" in ${tracker.label}`);
  if (store.current.data?.milestone.title === milestone) {
    store.setChecklist(created);
    // GitHub: the checklist issue joins the milestone's issues; a reload shows it everywhere.
    void store.refresh();
  } else if (store.current.phase === 'noMilestone' || !store.current.data) {
    await store.selectMilestone(milestone);
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('Created the release checklist of "{0}".', milestone));
  }
  if (interactive) await revealChecklist();
  return created;
}

async function revealChecklist(): Promise<void> {
  await vscode.commands.executeCommand(`${Views.checklist}.focus`).then(undefined, () => undefined);
}
