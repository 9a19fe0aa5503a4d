// Facts "Complete Code Checklist" reads from the workspace folder: the package.json version, CHANGELOG.md and the
// latest release tag. Read through vscode.workspace.fs (works in remote workspaces) and never by running git.
import * as vscode from 'vscode';
import { gitDirOfFile, latestVersionTag, tagsInPackedRefs } from '../core/checklist/gitTags';

const CHANGELOG_NAMES = ['CHANGELOG.md', 'Changelog.md', 'changelog.md', 'CHANGES.md', 'HISTORY.md'];
/** Enough for any real repository; a pathological refs/tags tree must not stall the command. */
const MAX_TAGS = 20_000;

async function readText(uri: vscode.Uri): Promise<string | null> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return null;
  }
}

/** `version` of the folder's package.json; null without a package.json, a version, or valid JSON. */
export async function readPackageVersion(folder: vscode.Uri): Promise<string | null> {
  const text = await readText(vscode.Uri.joinPath(folder, 'package.json'));
  if (text === null) return null;
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' && version.trim() !== '' ? version.trim() : null;
  } catch {
    return null;
  }
}

export async function readChangelog(folder: vscode.Uri): Promise<string | null> {
  for (const name of CHANGELOG_NAMES) {
    const text = await readText(vscode.Uri.joinPath(folder, name));
    if (text !== null) return text;
  }
  return null;
}

/**
 * The tag with the highest semantic version, from refs/tags and packed-refs; null without git or tags on disk;
 * undefined in a virtual workspace without a readable .git (github.dev, vscode.dev), where the tags are unknown.
 */
export async function readLatestTag(folder: vscode.Uri): Promise<string | null | undefined> {
  const gitDir = await commonGitDir(folder);
  if (!gitDir) return folder.scheme === 'file' ? null : undefined;
  const tags = new Set<string>(tagsInPackedRefs((await readText(vscode.Uri.joinPath(gitDir, 'packed-refs'))) ?? ''));
  await collectLooseTags(vscode.Uri.joinPath(gitDir, 'refs', 'tags'), '', tags, 0);
  return latestVersionTag(tags);
}

/** The repository's git directory; for a worktree, the main one (it holds the tags). */
async function commonGitDir(folder: vscode.Uri): Promise<vscode.Uri | null> {
  const dotGit = vscode.Uri.joinPath(folder, '.git');
  let gitDir: vscode.Uri;
  try {
    const stat = await vscode.workspace.fs.stat(dotGit);
    if (stat.type & vscode.FileType.Directory) {
      gitDir = dotGit;
    } else {
      const target = gitDirOfFile((await readText(dotGit)) ?? '');
      if (!target) return null;
      gitDir = resolvePath(folder, target);
    }
  } catch {
    return null;
  }
  const common = (await readText(vscode.Uri.joinPath(gitDir, 'commondir')))?.trim();
  return common ? resolvePath(gitDir, common) : gitDir;
}

function resolvePath(base: vscode.Uri, target: string): vscode.Uri {
  if (/^(\/|[A-Za-z]:[\\/])/.test(target)) return base.with({ path: target.replace(/\\/g, '/').replace(/^(?=[A-Za-z]:)/, '/') });
  return vscode.Uri.joinPath(base, target);
}

async function collectLooseTags(dir: vscode.Uri, prefix: string, into: Set<string>, depth: number): Promise<void> {
  if (depth > 8 || into.size >= MAX_TAGS) return;
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(dir);
  } catch {
    return;
  }
  for (const [name, type] of entries) {
    if (into.size >= MAX_TAGS) return;
    if (type & vscode.FileType.Directory) await collectLooseTags(vscode.Uri.joinPath(dir, name), `${prefix}${name}/`, into, depth + 1);
    else if (type & vscode.FileType.File) into.add(`${prefix}${name}`);
  }
}
