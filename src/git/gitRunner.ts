// src/git/ runs git for Ship Release: always `execFile` with an argument vector (never a shell, so no tag name or
// message can become a command), in the workspace folder, with a timeout. No `vscode` import: the CLI uses it too.
import { execFile } from 'node:child_process';
import { tagNameProblem } from '../core/ship/shipPlan';

export class GitError extends Error {
  constructor(
    message: string,
    /** git's own words (stderr), for the log. */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `git <args>` in `cwd`; resolves with the exit code instead of throwing on a non-zero exit. */
export function runGit(cwd: string, args: readonly string[], timeoutMs = 60_000): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile('git', [...args], { cwd, timeout: timeoutMs, maxBuffer: 4 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        reject(new GitError(missing ? 'git was not found on the PATH.' : `git did not finish: ${error.message}`, String(stderr)));
        return;
      }
      resolve({ code: error ? Number(error.code) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** The git operations Ship Release needs, on one working tree. */
export class GitRepository {
  constructor(readonly cwd: string) {}

  async head(): Promise<string> {
    const r = await runGit(this.cwd, ['rev-parse', '--verify', 'HEAD^{commit}']);
    if (r.code !== 0) throw new GitError(`${this.cwd} is not a git repository with a commit, so there is nothing to tag.`, r.stderr);
    return r.stdout.trim();
  }

  /** The commit a tag points at, or null when the tag does not exist. */
  async tagCommit(tag: string): Promise<string | null> {
    checkTag(tag);
    const r = await runGit(this.cwd, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
    return r.code === 0 ? r.stdout.trim() : null;
  }

  /** An annotated tag on HEAD. */
  async createTag(tag: string, message: string): Promise<void> {
    checkTag(tag);
    const r = await runGit(this.cwd, ['tag', '--annotate', '--message', message, '--', tag, 'HEAD']);
    if (r.code !== 0) {
      const identity = /Please tell me who you are|unable to auto-detect email/i.test(r.stderr);
      throw new GitError(identity ? 'git needs user.name and user.email to make an annotated tag: set them with git config.' : `git could not create tag ${tag}: ${firstLine(r.stderr)}`, r.stderr);
    }
  }

  /** Whether `remote` has the tag (network); null when the remote cannot be reached. */
  async remoteHasTag(remote: string, tag: string): Promise<boolean | null> {
    checkTag(tag);
    const r = await runGit(this.cwd, ['ls-remote', '--tags', '--', remote, `refs/tags/${tag}`]);
    if (r.code !== 0) return null;
    return r.stdout.trim() !== '';
  }

  async pushTag(remote: string, tag: string): Promise<void> {
    checkTag(tag);
    const r = await runGit(this.cwd, ['push', '--', remote, `refs/tags/${tag}`]);
    if (r.code !== 0) throw new GitError(`git could not push tag ${tag} to ${remote}: ${firstLine(r.stderr)}`, r.stderr);
  }
}

function checkTag(tag: string): void {
  const problem = tagNameProblem(tag);
  if (problem) throw new GitError(problem, '');
}
