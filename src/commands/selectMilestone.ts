import * as vscode from 'vscode';
import type { Services } from '../services';
import { formatDate } from '../displayText';

/** `selectMilestone(title)`: chooses the release milestone for this workspace (or asks). */
export async function selectMilestone(services: Services, title?: unknown): Promise<void> {
  const { store } = services;
  if (typeof title === 'string' && title.trim()) {
    const wanted = title.trim();
    if (store.current.milestones.length > 0 && !store.current.milestones.some((m) => m.title.toLowerCase() === wanted.toLowerCase())) {
      throw new Error(vscode.l10n.t('There is no milestone "{0}".', wanted));
    }
    await store.selectMilestone(wanted);
    return;
  }
  if (store.current.milestones.length === 0) await store.refresh();
  const milestones = store.current.milestones;
  if (milestones.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This tracker has no milestones yet.'));
    return;
  }
  const currentTitle = store.current.data?.milestone.title;
  const picked = await vscode.window.showQuickPick(
    milestones.map((m) => ({
      label: m.title,
      description: [m.state === 'closed' ? vscode.l10n.t('closed') : '', m.dueOn ? vscode.l10n.t('due {0}', formatDate(m.dueOn)) : ''].filter(Boolean).join(' · '),
      picked: m.title === currentTitle,
      iconPath: new vscode.ThemeIcon(m.title === currentTitle ? 'check' : 'milestone'),
      title: m.title,
    })),
    { placeHolder: vscode.l10n.t('Select the release milestone') },
  );
  if (picked) await store.selectMilestone(picked.title);
}
