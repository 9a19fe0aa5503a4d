import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detectRepository, readGitRemotes } from '../../../../src/trackers/github/gitRemotesOnDisk';
import { apiUrlForHost, parseGitConfigRemotes, parseRemoteUrl, remotesFromConfig, remotesOfVirtualFolder } from '../../../../src/trackers/github/remote';

describe('parseRemoteUrl', () => {
  const cases: [string, { host: string; owner: string; repo: string } | undefined][] = [
    ['https://github.com/octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['https://github.com/octo/repo', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['https://github.com/octo/repo/', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['https://github.com/octo/repo.git/', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['https://GitHub.com/Octo/Repo.js.git', { host: 'github.com', owner: 'Octo', repo: 'Repo.js' }],
    ['https://user:secret@github.com/octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['http://ghe.corp:8080/team/app', { host: 'ghe.corp:8080', owner: 'team', repo: 'app' }],
    ['https://ghe.corp:443/team/app', { host: 'ghe.corp', owner: 'team', repo: 'app' }],
    ['git@github.com:octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['git@github.com:octo/repo', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['github.com:octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['org-123@github.com:octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['git@ghe.corp:team/app.git', { host: 'ghe.corp', owner: 'team', repo: 'app' }],
    ['ssh://git@ghe.corp:22/team/app', { host: 'ghe.corp', owner: 'team', repo: 'app' }],
    ['ssh://git@ghe.corp:2222/team/app.git/', { host: 'ghe.corp', owner: 'team', repo: 'app' }],
    ['ssh://git@ssh.github.com:443/octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['git://github.com/octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['git+ssh://git@github.com/octo/repo.git', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['  https://github.com/octo/repo.git \n', { host: 'github.com', owner: 'octo', repo: 'repo' }],
    ['https://github.com/octo', undefined],
    ['https://github.com/octo/repo/tree/main', undefined],
    ['https://github.com/', undefined],
    ['/home/me/repo.git', undefined],
    ['../repo', undefined],
    ['C:\\src\\repo', undefined],
    ['file:///home/me/repo.git', undefined],
    ['https://github.com/octo/..', undefined],
    ['', undefined],
  ];
  for (const [url, expected] of cases) {
    it(`parses ${JSON.stringify(url)}`, () => assert.deepEqual(parseRemoteUrl(url), expected));
  }
});

describe('apiUrlForHost', () => {
  it('maps github.com to api.github.com', () => {
    assert.equal(apiUrlForHost('github.com'), 'https://api.github.com');
    assert.equal(apiUrlForHost('GitHub.com'), 'https://api.github.com');
  });
  it('maps GitHub Enterprise Cloud tenants to api.TENANT.ghe.com', () => {
    assert.equal(apiUrlForHost('octocorp.ghe.com'), 'https://api.octocorp.ghe.com');
  });
  it('maps other hosts to /api/v3 on that host, keeping the port', () => {
    assert.equal(apiUrlForHost('ghe.corp'), 'https://ghe.corp/api/v3');
    assert.equal(apiUrlForHost('ghe.corp:8443'), 'https://ghe.corp:8443/api/v3');
  });
});

const CONFIG = `[core]
\trepositoryformatversion = 0
[remote "upstream"]
\turl = https://github.com/upstream-org/app.git
\tfetch = +refs/heads/*:refs/remotes/upstream/*
[remote "fork"]
\turl = gh:me/app
[remote "origin"]
\turl = "git@github.com:octo/app.git"  # the main one
[remote "local"]
\turl = /srv/git/app.git
[url "git@github.com:"]
\tinsteadOf = gh:
[branch "main"]
\tremote = origin
`;

describe('git config remotes', () => {
  it('reads remote urls and applies insteadOf rewrites', () => {
    assert.deepEqual(parseGitConfigRemotes(CONFIG), [
      { name: 'upstream', url: 'https://github.com/upstream-org/app.git' },
      { name: 'fork', url: 'git@github.com:me/app' },
      { name: 'origin', url: 'git@github.com:octo/app.git' },
      { name: 'local', url: '/srv/git/app.git' },
    ]);
  });

  it('puts origin first, then upstream, and drops remotes that are not owner/repo', () => {
    assert.deepEqual(
      remotesFromConfig(CONFIG).map((r) => `${r.name} ${r.host}/${r.owner}/${r.repo}`),
      ['origin github.com/octo/app', 'upstream github.com/upstream-org/app', 'fork github.com/me/app'],
    );
  });
});

describe('readGitRemotes', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'rr-remote-'));
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('reads .git/config of a normal clone', async () => {
    await fs.mkdir(path.join(root, '.git'));
    await fs.writeFile(path.join(root, '.git', 'config'), CONFIG);
    assert.deepEqual(await detectRepository(root), { host: 'github.com', owner: 'octo', repo: 'app' });
  });

  it('follows a worktree .git file to the common config', async () => {
    const main = path.join(root, 'main');
    const worktreeGitDir = path.join(main, '.git', 'worktrees', 'feature');
    await fs.mkdir(worktreeGitDir, { recursive: true });
    await fs.writeFile(path.join(main, '.git', 'config'), '[remote "origin"]\n\turl = https://ghe.corp/team/tool.git\n');
    await fs.writeFile(path.join(worktreeGitDir, 'commondir'), '../..\n');
    const worktree = path.join(root, 'feature');
    await fs.mkdir(worktree);
    await fs.writeFile(path.join(worktree, '.git'), `gitdir: ${worktreeGitDir}\n`);
    assert.deepEqual(await detectRepository(worktree), { host: 'ghe.corp', owner: 'team', repo: 'tool' });
  });

  it('follows a relative submodule .git file', async () => {
    const moduleDir = path.join(root, '.git', 'modules', 'sub');
    await fs.mkdir(moduleDir, { recursive: true });
    await fs.writeFile(path.join(moduleDir, 'config'), '[remote "origin"]\n\turl = git@github.com:octo/sub.git\n');
    await fs.mkdir(path.join(root, 'sub'));
    await fs.writeFile(path.join(root, 'sub', '.git'), 'gitdir: ../.git/modules/sub\n');
    const remotes = await readGitRemotes(path.join(root, 'sub'));
    assert.deepEqual(remotes.map((r) => `${r.owner}/${r.repo}`), ['octo/sub']);
  });

  it('returns nothing outside a repository', async () => {
    assert.deepEqual(await readGitRemotes(root), []);
    assert.equal(await detectRepository(root), undefined);
  });
});

describe('remotesOfVirtualFolder', () => {
  const folder = (scheme: string, authority: string, path: string) => ({ scheme, authority, path });

  it('reads the repository of a github.dev / vscode.dev folder', () => {
    assert.deepEqual(remotesOfVirtualFolder(folder('vscode-vfs', 'github', '/octo/app')), [
      { name: 'github.dev', url: 'https://github.com/octo/app', host: 'github.com', owner: 'octo', repo: 'app' },
    ]);
    assert.equal(remotesOfVirtualFolder(folder('vscode-vfs', 'github+eyJ2IjoxfQ', '/octo/app.js'))[0]?.repo, 'app.js');
  });

  it('names no repository for other folders or malformed paths', () => {
    assert.deepEqual(remotesOfVirtualFolder(folder('file', '', '/home/me/octo/app')), []);
    assert.deepEqual(remotesOfVirtualFolder(folder('vscode-vfs', 'azurerepos', '/org/project')), []);
    assert.deepEqual(remotesOfVirtualFolder(folder('vscode-vfs', 'github', '/octo')), []);
    assert.deepEqual(remotesOfVirtualFolder(folder('vscode-vfs', 'github', '/octo/a b')), []);
  });
});
