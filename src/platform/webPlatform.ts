// The browser extension host's HostPlatform (vscode.dev, github.dev): workspace.fs for the tracker files, the
// repository from the github.dev folder URI, no environment, no git process, the TODO scan through workspace.fs.
import type { HostPlatform } from '../release/hostPlatform';
import { remotesOfVirtualFolder } from '../trackers/github/remote';
import { workspaceFsFiles } from './workspaceFsFiles';

export function webPlatform(): HostPlatform {
  return {
    kind: 'web',
    trackerFiles: (folder) => workspaceFsFiles(folder.uri),
    repositories: async (folder) => remotesOfVirtualFolder(folder.uri),
    environment: {},
    gitUserName: async () => null,
    diskTodoScan: null,
    git: () => null,
  };
}
