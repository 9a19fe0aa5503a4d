// Chooses and builds the tracker for the workspace from the settings, the git remote (or the github.dev URI) and
// the credentials.
import type * as vscode from 'vscode';
import type { Credentials } from '../auth/credentials';
import { ReleaseFiles } from '../constants';
import type { TeamConfig } from '../core/model';
import type { NoTrackerReason } from '../state/releaseStore';
import { createGitHubTracker } from '../trackers/githubTracker';
import { apiUrlForHost } from '../trackers/github/remote';
import type { KeyValueStore } from '../trackers/keyValueStore';
import { createLocalTracker } from '../trackers/localTracker';
import { SnapshotCache } from '../trackers/snapshotCache';
import type { Tracker } from '../trackers/tracker';
import type { Log } from '../log';
import type { HostPlatform } from './hostPlatform';
import type { ExtensionSettings } from './settings';

export interface TrackerChoice {
  readonly tracker: Tracker | null;
  readonly reason: NoTrackerReason | null;
  /** For GitHub: where offline snapshots of this repository go. */
  readonly snapshots: SnapshotCache | null;
  /** For GitHub: `owner/name` and the API URL, for messages and links. */
  readonly repository: string | null;
}

export interface TrackerFactoryDeps {
  readonly settings: ExtensionSettings;
  readonly config: TeamConfig;
  readonly credentials: Credentials;
  readonly storage: KeyValueStore;
  readonly log: Log;
  readonly platform: HostPlatform;
}

export async function chooseTracker(folder: vscode.WorkspaceFolder | undefined, deps: TrackerFactoryDeps): Promise<TrackerChoice> {
  const none = (reason: NoTrackerReason): TrackerChoice => ({ tracker: null, reason, snapshots: null, repository: null });
  if (!folder) return none('noWorkspace');
  const { settings } = deps;
  const files = deps.platform.trackerFiles(folder);
  const hasLocalFile = (await files.stat(ReleaseFiles.issues).catch(() => null)) !== null;
  const local = (): TrackerChoice => ({
    tracker: createLocalTracker({ files, config: deps.config }),
    reason: null,
    snapshots: null,
    repository: null,
  });
  if (settings.tracker === 'local') return hasLocalFile ? local() : none('noLocalFile');

  const repo = await githubRepository(folder, settings, deps.platform);
  if (!repo) return settings.tracker === 'github' ? none('noRepository') : hasLocalFile ? local() : none('noRepository');
  const credential = await deps.credentials.get(repo.apiUrl);
  if (!credential) {
    if (settings.tracker === 'auto' && hasLocalFile) return local();
    return none('noCredentials');
  }
  const tracker = createGitHubTracker({
    apiUrl: repo.apiUrl,
    owner: repo.owner,
    repo: repo.repo,
    token: credential.token,
    tokenHost: credential.tokenHost,
    config: deps.config,
    log: deps.log,
    // No storage for ETags: it would persist every response body in global state. ETags live in memory;
    // offline snapshots (below) are the persisted part.
  });
  const apiHost = new URL(repo.apiUrl).host;
  return {
    tracker,
    reason: null,
    snapshots: new SnapshotCache(deps.storage, { apiHost, owner: repo.owner, repo: repo.repo }),
    repository: `${repo.owner}/${repo.repo}`,
  };
}

interface GitHubRepository {
  readonly owner: string;
  readonly repo: string;
  readonly apiUrl: string;
}

/** The repository from the setting, else the git remote whose host matches the configured API. */
async function githubRepository(folder: vscode.WorkspaceFolder, settings: ExtensionSettings, platform: HostPlatform): Promise<GitHubRepository | undefined> {
  if (settings.repository) {
    const [owner, repo] = settings.repository.split('/');
    return { owner, repo, apiUrl: settings.apiUrl };
  }
  const remotes = await platform.repositories(folder);
  for (const remote of remotes) {
    // The remote's host picks the API only when it matches the configured one; a remote on another host would
    // otherwise make us talk to a server the user never configured.
    const apiUrl = apiUrlForHost(remote.host);
    if (sameOrigin(apiUrl, settings.apiUrl)) return { owner: remote.owner, repo: remote.repo, apiUrl: settings.apiUrl };
  }
  return undefined;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
