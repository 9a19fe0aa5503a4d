// A throw-away git repository with one commit (and optionally a bare "origin"), for Ship Release tests.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { commitEverything, git } from '../../gitRepository';

export class GitFixture {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-ship-'));
  readonly work = path.join(this.root, 'work');
  readonly origin = path.join(this.root, 'origin.git');

  constructor(withOrigin = false) {
    fs.mkdirSync(this.work);
    fs.writeFileSync(path.join(this.work, 'README.md'), '# app\n');
    commitEverything(this.work, 'first');
    if (withOrigin) {
      execFileSync('git', ['init', '--quiet', '--bare', this.origin]);
      this.git('remote', 'add', 'origin', this.origin);
    }
  }

  git(...args: string[]): string {
    return git(this.work, ...args);
  }

  /** Tag names in the work tree (or the bare origin). */
  tags(where: 'work' | 'origin' = 'work'): string[] {
    const out = execFileSync('git', ['tag', '--list'], { cwd: where === 'work' ? this.work : this.origin, encoding: 'utf8' }).trim();
    return out === '' ? [] : out.split('\n');
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
