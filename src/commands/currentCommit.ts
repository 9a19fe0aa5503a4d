import * as vscode from 'vscode';

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * The short SHA of HEAD, read from .git through workspace.fs (no git process, so it works in every host);
 * undefined outside a repository, and on github.dev, whose folders have no .git.
 */
export async function currentCommit(folder: vscode.WorkspaceFolder | undefined): Promise<string | undefined> {
  if (!folder) return undefined;
  const gitDir = vscode.Uri.joinPath(folder.uri, '.git');
  const head = (await readText(vscode.Uri.joinPath(gitDir, 'HEAD')))?.trim();
  if (!head) return undefined;
  const ref = /^ref: (.+)$/.exec(head)?.[1];
  if (!ref) return /^[0-9a-f]{40}$/.test(head) ? head.slice(0, 7) : undefined;
  const loose = await readText(vscode.Uri.joinPath(gitDir, ...ref.split('/')));
  if (loose) return loose.trim().slice(0, 7);
  const packed = (await readText(vscode.Uri.joinPath(gitDir, 'packed-refs'))) ?? '';
  const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
  return line ? line.slice(0, 7) : undefined;
}
