import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type * as vscode from 'vscode';

/** The short SHA of HEAD, read from .git without spawning git; undefined outside a repository. */
export async function currentCommit(folder: vscode.WorkspaceFolder | undefined): Promise<string | undefined> {
  if (!folder) return undefined;
  try {
    const gitDir = path.join(folder.uri.fsPath, '.git');
    const head = (await fs.readFile(path.join(gitDir, 'HEAD'), 'utf8')).trim();
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (!ref) return /^[0-9a-f]{40}$/.test(head) ? head.slice(0, 7) : undefined;
    const loose = await fs.readFile(path.join(gitDir, ...ref.split('/')), 'utf8').catch(() => undefined);
    if (loose) return loose.trim().slice(0, 7);
    const packed = await fs.readFile(path.join(gitDir, 'packed-refs'), 'utf8').catch(() => '');
    const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
    return line ? line.slice(0, 7) : undefined;
  } catch {
    return undefined;
  }
}
