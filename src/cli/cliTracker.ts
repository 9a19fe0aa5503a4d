// Which tracker the CLI reads: `--tracker`, else the local file when `.release/issues.json` exists, else GitHub
// with the repository from --repo, $GITHUB_REPOSITORY or the git remote, and the API from $GITHUB_API_URL.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_API_URL, ReleaseFiles } from '../constants';
import type { TeamConfig } from '../core/model';
import { createGitHubTracker } from '../trackers/githubTracker';
import { readGitRemotes } from '../trackers/github/gitRemotesOnDisk';
import { apiUrlForHost } from '../trackers/github/remote';
import { createLocalTracker } from '../trackers/localTracker';
import { nodeTrackerFiles } from '../trackers/nodeTrackerFiles';
import type { Tracker } from '../trackers/tracker';
import type { TrackerLog } from '../trackers/trackerLog';
import type { TrackerOption } from './args';
import { DataError } from './cliErrors';

export interface TrackerRequest {
  readonly tracker: TrackerOption | null;
  readonly repo: string | null;
  readonly root: string;
  readonly config: TeamConfig;
  readonly env: NodeJS.ProcessEnv;
  readonly log: TrackerLog;
}

function apiUrlOf(env: NodeJS.ProcessEnv): string {
  const raw = (env.GITHUB_API_URL ?? '').trim().replace(/\/+$/, '') || DEFAULT_API_URL;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http');
    return raw;
  } catch {
    throw new DataError(`GITHUB_API_URL is not an http(s) URL: "${raw}".`);
  }
}

async function repositoryOf(request: TrackerRequest, apiUrl: string): Promise<{ owner: string; repo: string }> {
  const named = request.repo ?? (request.env.GITHUB_REPOSITORY?.trim() || null);
  if (named !== null) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(named);
    if (!match) throw new DataError(`The repository must be OWNER/NAME; got "${named}".`);
    return { owner: match[1], repo: match[2] };
  }
  const remotes = await readGitRemotes(request.root);
  const origin = new URL(apiUrl).origin;
  // A remote on another host than the configured API would send the token somewhere nobody configured.
  const match = remotes.find((r) => new URL(apiUrlForHost(r.host)).origin === origin);
  if (match) return { owner: match.owner, repo: match.repo };
  if (remotes.length > 0) {
    throw new DataError(`The git remote "${remotes[0].name}" is on ${remotes[0].host}, but the API is ${apiUrl}. Set GITHUB_API_URL or pass --repo OWNER/NAME.`);
  }
  throw new DataError(`No GitHub repository: ${request.root} has no .release/issues.json and no GitHub remote. Pass --repo OWNER/NAME or --tracker local.`);
}

export async function openTracker(request: TrackerRequest): Promise<Tracker> {
  const localFile = path.join(request.root, ...ReleaseFiles.issues.split('/'));
  const kind = request.tracker ?? (fs.existsSync(localFile) ? 'local' : 'github');
  if (kind === 'local') {
    if (!fs.existsSync(localFile)) throw new DataError(`There is no ${ReleaseFiles.issues} in ${request.root}.`);
    return createLocalTracker({ files: nodeTrackerFiles(request.root), config: request.config });
  }
  const apiUrl = apiUrlOf(request.env);
  const { owner, repo } = await repositoryOf(request, apiUrl);
  const token = request.env.GITHUB_TOKEN || request.env.GH_TOKEN || undefined;
  const apiHost = new URL(apiUrl).host;
  return createGitHubTracker({
    apiUrl,
    owner,
    repo,
    token,
    // As in the extension: an environment token belongs to the API it is configured with.
    tokenHost: apiHost === 'api.github.com' ? 'github.com' : apiHost,
    config: request.config,
    log: request.log,
  });
}
