// git for tests that need a real repository (Ship Release): run it without a shell, and make a folder a repository
// whose one commit holds everything in it, with a fixed author and signing off.
import { execFileSync } from 'node:child_process';

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

export function commitEverything(cwd: string, message: string, user = { name: 'Release Bot', email: 'bot@example.com' }): void {
  git(cwd, 'init', '--quiet', '--initial-branch=main');
  git(cwd, 'config', 'user.name', user.name);
  git(cwd, 'config', 'user.email', user.email);
  git(cwd, 'config', 'tag.gpgsign', 'false');
  git(cwd, 'config', 'commit.gpgsign', 'false');
  git(cwd, 'add', '--all');
  git(cwd, 'commit', '--quiet', '-m', message);
}
