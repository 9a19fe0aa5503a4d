import * as vscode from 'vscode';
import type { Services } from '../services';

export async function signIn(services: Services): Promise<void> {
  const { apiUrl } = services.settings();
  if (!services.credentials.canSignIn(apiUrl)) {
    const setToken = vscode.l10n.t('Set Access Token…');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('VS Code has no account provider for {0}. Use a personal access token instead.', new URL(apiUrl).host),
      setToken,
    );
    if (choice === setToken) await vscode.commands.executeCommand('releaseReadiness.setToken');
    return;
  }
  await services.credentials.signIn(apiUrl);
}

/** Saves a personal access token for the configured API URL in SecretStorage. Never logged, never in settings. */
export async function setToken(services: Services): Promise<void> {
  const { apiUrl } = services.settings();
  const token = await vscode.window.showInputBox({
    title: vscode.l10n.t('GitHub Access Token for {0}', new URL(apiUrl).host),
    prompt: vscode.l10n.t('A personal access token with the "repo" scope (or Issues read and write). Leave empty to remove the saved token.'),
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (/\s/.test(value.trim()) ? vscode.l10n.t('A token contains no spaces.') : undefined),
  });
  if (token === undefined) return;
  if (token.trim() === '') {
    await services.credentials.clearToken(apiUrl);
    void vscode.window.showInformationMessage(vscode.l10n.t('The saved token for {0} was removed.', new URL(apiUrl).host));
    return;
  }
  await services.credentials.setToken(apiUrl, token);
  void vscode.window.showInformationMessage(vscode.l10n.t('Token saved for {0}.', new URL(apiUrl).host));
}
