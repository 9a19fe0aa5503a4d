// What the web suites get from their launcher (test/harness/runWeb.mjs). A web worker has no environment
// variables, so the launcher writes these as user settings under `rrWebTest`.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'release-readiness.release-readiness';

/** The GitHub API emulator's URL (also the user setting releaseReadiness.github.apiUrl), or '' without one. */
export function emulatorUrl(): string {
  return vscode.workspace.getConfiguration('rrWebTest').get<string>('emulatorUrl', '').replace(/\/+$/, '');
}
