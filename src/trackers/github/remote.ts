// Finds the GitHub repository of a workspace from its git remotes: the parsing, pure (the browser bundle uses it).
// gitRemotesOnDisk.ts reads .git/config for it in Node.

export interface RepoLocation {
  /** Lowercase web host, with a port only for http(s) remotes on a non-default port: `github.com`, `ghe.corp:8443`. */
  readonly host: string;
  readonly owner: string;
  readonly repo: string;
}

export interface GitRemote extends RepoLocation {
  readonly name: string;
  readonly url: string;
}

const SEGMENT = /^[\w.-]+$/;

/**
 * Parses one remote URL: `https://github.com/o/r.git`, `git@github.com:o/r.git`, `ssh://git@host:22/o/r`,
 * `git://host/o/r`, with or without `.git` and trailing slashes. Undefined for local paths and anything that
 * does not name exactly `owner/repo`.
 */
export function parseRemoteUrl(remoteUrl: string): RepoLocation | undefined {
  const text = remoteUrl.trim();
  const withScheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text);
  if (withScheme) return parseSchemeUrl(text, withScheme[1].toLowerCase());
  // scp-like syntax `[user@]host:owner/repo`; git treats it as a path when a slash comes before the colon.
  const scp = /^(?:[^@/\s]+@)?([^:/\s]+):(?!\/\/)(.+)$/.exec(text);
  if (!scp || /^[a-z]$/i.test(scp[1])) return undefined; // `C:\repo` is a Windows path
  return fromParts(normaliseSshHost(scp[1].toLowerCase()), scp[2]);
}

function parseSchemeUrl(text: string, scheme: string): RepoLocation | undefined {
  if (!['https', 'http', 'ssh', 'git', 'git+ssh', 'ssh+git'].includes(scheme)) return undefined;
  let url: URL;
  try {
    // Swap the scheme for one the WHATWG parser treats as hierarchical with a host.
    url = new URL(text.replace(/^[^:]+:/, scheme === 'http' ? 'http:' : 'https:'));
  } catch {
    return undefined;
  }
  if (url.hostname === '') return undefined;
  const isWeb = scheme === 'https' || scheme === 'http';
  // An ssh or git port says nothing about where the web and API live.
  const host = isWeb ? url.host.toLowerCase() : normaliseSshHost(url.hostname.toLowerCase());
  return fromParts(host, decodeURIComponent(url.pathname));
}

/** GitHub's ssh-over-443 endpoint is still github.com. */
function normaliseSshHost(host: string): string {
  return host === 'ssh.github.com' ? 'github.com' : host;
}

function fromParts(host: string, repoPath: string): RepoLocation | undefined {
  const segments = repoPath.replace(/^\/+/, '').replace(/\/+$/, '').split('/');
  if (segments.length !== 2) return undefined;
  const owner = segments[0];
  const repo = segments[1].replace(/\.git$/i, '');
  if (!SEGMENT.test(owner) || !SEGMENT.test(repo) || repo === '.' || repo === '..' || owner.startsWith('.')) {
    return undefined;
  }
  return { host: host.replace(/\.$/, ''), owner, repo };
}

/** REST API base for a web host: api.github.com, api.TENANT.ghe.com, or `https://HOST/api/v3` (GHE Server). */
export function apiUrlForHost(host: string): string {
  const lower = host.toLowerCase();
  if (lower === 'github.com' || lower === 'www.github.com' || lower === 'api.github.com') return 'https://api.github.com';
  if (/^[a-z0-9-]+\.ghe\.com$/.test(lower)) return `https://api.${lower}`;
  return `https://${lower}/api/v3`;
}

interface ConfigRemote {
  readonly name: string;
  readonly url: string;
}

/** Remote URLs from git config text, after applying `url.<base>.insteadOf` rewrites. */
export function parseGitConfigRemotes(configText: string): ConfigRemote[] {
  const remotes: ConfigRemote[] = [];
  const rewrites: { base: string; prefix: string }[] = [];
  let section: { kind: string; name: string } | undefined;
  for (const rawLine of configText.split(/\r?\n/)) {
    const line = rawLine.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*([\w.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      section = { kind: header[1].toLowerCase(), name: (header[2] ?? '').replace(/\\(.)/g, '$1') };
      continue;
    }
    const entry = /^([\w-]+)\s*=\s*(.*)$/.exec(line);
    if (!entry || !section) continue;
    const key = entry[1].toLowerCase();
    const value = unquote(entry[2]);
    if (section.kind === 'remote' && key === 'url' && !remotes.some((r) => r.name === section?.name)) {
      remotes.push({ name: section.name, url: value });
    } else if (section.kind === 'url' && key === 'insteadof') {
      rewrites.push({ base: section.name, prefix: value });
    }
  }
  return remotes.map((remote) => ({ name: remote.name, url: rewrite(remote.url, rewrites) }));
}

function unquote(value: string): string {
  const trimmed = value.replace(/\s+[#;].*$/, '').trim();
  return trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
}

/** git uses the longest matching insteadOf prefix. */
function rewrite(url: string, rewrites: readonly { base: string; prefix: string }[]): string {
  let best: { base: string; prefix: string } | undefined;
  for (const candidate of rewrites) {
    if (url.startsWith(candidate.prefix) && (!best || candidate.prefix.length > best.prefix.length)) best = candidate;
  }
  return best ? best.base + url.slice(best.prefix.length) : url;
}

/** Parsed remotes of a config text, `origin` first, then `upstream`, then the rest in file order. */
export function remotesFromConfig(configText: string): GitRemote[] {
  const parsed: GitRemote[] = [];
  for (const remote of parseGitConfigRemotes(configText)) {
    const location = parseRemoteUrl(remote.url);
    if (location) parsed.push({ ...location, name: remote.name, url: remote.url });
  }
  const rank = (name: string): number => (name === 'origin' ? 0 : name === 'upstream' ? 1 : 2);
  return parsed.map((remote, index) => ({ remote, index }))
    .sort((a, b) => rank(a.remote.name) - rank(b.remote.name) || a.index - b.index)
    .map(({ remote }) => remote);
}

/**
 * The repository a virtual workspace folder is of: github.dev and vscode.dev open a GitHub repository as
 * `vscode-vfs://github/owner/repo` (the authority may carry `+ref`). Empty for any other folder.
 */
export function remotesOfVirtualFolder(folder: { readonly scheme: string; readonly authority: string; readonly path: string }): GitRemote[] {
  if (folder.scheme !== 'vscode-vfs' || !/^github(\+|$)/i.test(folder.authority)) return [];
  const [owner, repo] = folder.path.split('/').filter(Boolean);
  if (!owner || !repo || !SEGMENT.test(owner) || !SEGMENT.test(repo)) return [];
  return [{ name: 'github.dev', url: `https://github.com/${owner}/${repo}`, host: 'github.com', owner, repo }];
}
