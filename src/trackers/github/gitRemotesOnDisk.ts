// Reads a workspace's git remotes from .git/config on disk (Node only: the extension's Node host and the CLI),
// following worktree and submodule `.git` files. The parsing is remote.ts.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { remotesFromConfig, type GitRemote, type RepoLocation } from './remote';

/** Reads the workspace's git remotes (origin first); empty when there is no repository or no usable remote. */
export async function readGitRemotes(workspaceRoot: string): Promise<GitRemote[]> {
  const configPath = await findGitConfig(workspaceRoot);
  if (!configPath) return [];
  const text = await readText(configPath);
  return text === undefined ? [] : remotesFromConfig(text);
}

/** Convenience: the preferred remote's location, or undefined. */
export async function detectRepository(workspaceRoot: string): Promise<RepoLocation | undefined> {
  const [first] = await readGitRemotes(workspaceRoot);
  return first ? { host: first.host, owner: first.owner, repo: first.repo } : undefined;
}

/**
 * `.git` is a directory in a normal clone, and a file `gitdir: PATH` in worktrees and submodules. A worktree's
 * git dir holds a `commondir` file pointing at the shared directory where `config` lives.
 */
async function findGitConfig(workspaceRoot: string): Promise<string | undefined> {
  const dotGit = path.join(workspaceRoot, '.git');
  let gitDir = dotGit;
  const stat = await fs.stat(dotGit).catch(() => undefined);
  if (!stat) return undefined;
  if (stat.isFile()) {
    const pointer = /^gitdir:\s*(.+?)\s*$/m.exec((await readText(dotGit)) ?? '');
    if (!pointer) return undefined;
    gitDir = path.resolve(workspaceRoot, pointer[1]);
  }
  const commonDir = (await readText(path.join(gitDir, 'commondir')))?.trim();
  const configDir = commonDir ? path.resolve(gitDir, commonDir) : gitDir;
  return path.join(configDir, 'config');
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}
