// The Node extension host's HostPlatform: node:fs with atomic writes, .git/config remotes, git's user.name, the
// worker-thread TODO scan and git for Ship Release. A virtual workspace (a folder not on disk) falls back to the
// workspace.fs pieces the browser host uses.
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { GitRepository } from '../git/gitRunner';
import type { HostPlatform } from '../release/hostPlatform';
import { userNameOf } from '../release/identity';
import { scanWorkspace } from '../scan/todoScanner';
import { readGitRemotes } from '../trackers/github/gitRemotesOnDisk';
import { remotesOfVirtualFolder } from '../trackers/github/remote';
import { nodeTrackerFiles } from '../trackers/nodeTrackerFiles';
import { workspaceFsFiles } from './workspaceFsFiles';

const onDisk = (folder: vscode.WorkspaceFolder) => folder.uri.scheme === 'file';

export function nodePlatform(): HostPlatform {
  return {
    kind: 'node',
    trackerFiles: (folder) => (onDisk(folder) ? nodeTrackerFiles(folder.uri.fsPath) : workspaceFsFiles(folder.uri)),
    repositories: async (folder) => (onDisk(folder) ? readGitRemotes(folder.uri.fsPath) : remotesOfVirtualFolder(folder.uri)),
    environment: process.env,
    gitUserName,
    diskTodoScan: (request) => {
      const abort = new AbortController();
      request.token.onCancellationRequested(() => abort.abort());
      return scanWorkspace(request.folder.uri.fsPath, {
        tags: request.tags,
        exclude: request.exclude,
        maxFileSize: request.maxFileSize,
        respectGitignore: true,
        signal: abort.signal,
        onProgress: (p) => request.onProgress(p.filesRead),
      });
    },
    git: (folder) => (onDisk(folder) ? new GitRepository(folder.uri.fsPath) : null),
  };
}

/** `[user] name` of the repository's .git/config, else of ~/.gitconfig. */
async function gitUserName(folder: vscode.WorkspaceFolder | undefined): Promise<string | null> {
  const files = [folder && onDisk(folder) ? path.join(folder.uri.fsPath, '.git', 'config') : undefined, path.join(os.homedir(), '.gitconfig')];
  for (const file of files) {
    if (!file) continue;
    const name = userNameOf(await fs.readFile(file, 'utf8').catch(() => ''));
    if (name) return name;
  }
  return null;
}
