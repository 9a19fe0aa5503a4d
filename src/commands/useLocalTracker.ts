import * as vscode from 'vscode';
import { ReleaseFiles, Settings } from '../constants';
import { emptyIssuesDocument, serializeIssuesFile } from '../trackers/localFormat';
import type { Services } from '../services';

/**
 * Switches the workspace to the local tracker, creating `.release/issues.json` with a first milestone when it
 * does not exist (one undoable workspace edit), and opens it.
 */
export async function useLocalTracker(services: Services): Promise<void> {
  const folder = services.folder();
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder first: the local tracker lives in the workspace.'));
    return;
  }
  const file = vscode.Uri.joinPath(folder.uri, ...ReleaseFiles.issues.split('/'));
  const exists = await vscode.workspace.fs.stat(file).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const due = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const doc = {
      ...emptyIssuesDocument(),
      milestones: [{ number: 1, title: 'v1.0', description: 'First release', dueOn: `${due}T00:00:00Z`, state: 'open' as const, checklist: null }],
    };
    const edit = new vscode.WorkspaceEdit();
    edit.createFile(file, { ignoreIfExists: true, contents: new TextEncoder().encode(serializeIssuesFile(doc)) });
    await vscode.workspace.applyEdit(edit);
  }
  await vscode.workspace.getConfiguration(Settings.section, folder).update(Settings.tracker, 'local', vscode.ConfigurationTarget.Workspace);
  await vscode.window.showTextDocument(file, { preview: true });
}
