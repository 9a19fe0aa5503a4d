// The fixture workspace's files as the web suites reach them: through vscode.workspace.fs (the folder is
// vscode-remote://… on code-server's disk; there is no node:fs in a web worker).
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../src/extension';

export function workspaceUri(api: ReleaseReadinessApi, relativePath: string): vscode.Uri {
  const folder = api.services.folder();
  if (!folder) throw new Error('No workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
