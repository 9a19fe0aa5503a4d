// The emulator's in-memory state. Lookups are case-insensitive like GitHub's (owner, repo and label names).
import { createHash } from 'node:crypto';
import { laterThan } from './clock';
import type { IssueRecord, LabelRecord, MilestoneRecord, RepoRecord, UserRecord } from './records';

/** The login used when a request carries no token the emulator knows. */
export const DEFAULT_LOGIN = 'octocat';
const NEW_LABEL_COLOR = 'ededed';

export class Store {
  readonly users = new Map<string, UserRecord>();
  /** Token → login. */
  readonly tokens = new Map<string, string>();
  readonly repos = new Map<string, RepoRecord>();
  private lastId = 1000;
  private counts = new WeakMap<RepoRecord, { version: number; counts: Map<number, MilestoneCounts> }>();
  /** Bumped on every write; memoized views compare it. */
  version = 0;

  nextId(): number {
    return ++this.lastId;
  }

  user(login: string): UserRecord {
    const key = login.toLowerCase();
    let user = this.users.get(key);
    if (!user) {
      user = { id: this.nextId(), login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
      this.users.set(key, user);
    }
    return user;
  }

  loginForToken(token: string | undefined): string | undefined {
    return token === undefined ? undefined : this.tokens.get(token);
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRepo(repo: RepoRecord): void {
    this.repos.set(`${repo.owner}/${repo.name}`.toLowerCase(), repo);
  }

  label(repo: RepoRecord, name: string): LabelRecord | undefined {
    const key = name.toLowerCase();
    return repo.labels.find((l) => l.name.toLowerCase() === key);
  }

  /** GitHub creates labels named on an issue that the repository does not have yet. */
  ensureLabel(repo: RepoRecord, name: string, color = NEW_LABEL_COLOR, description: string | null = null): LabelRecord {
    const existing = this.label(repo, name);
    if (existing) return existing;
    const label: LabelRecord = { id: this.nextId(), name, color, description, default: false };
    repo.labels.push(label);
    return label;
  }

  milestone(repo: RepoRecord, number: number): MilestoneRecord | undefined {
    return repo.milestones.find((m) => m.number === number);
  }

  milestoneByTitle(repo: RepoRecord, title: string): MilestoneRecord | undefined {
    return repo.milestones.find((m) => m.title === title);
  }

  /** Marks a write: the issue (and the milestones whose counts it changes) get a new updated_at. */
  touch(repo: RepoRecord, issue: IssueRecord, previousMilestone: number | null = issue.milestone): void {
    issue.updated_at = laterThan(issue.updated_at);
    for (const number of new Set([previousMilestone, issue.milestone])) {
      const milestone = number === null ? undefined : this.milestone(repo, number);
      if (milestone) milestone.updated_at = laterThan(milestone.updated_at);
    }
    repo.updated_at = laterThan(repo.updated_at);
    this.version++;
  }

  milestoneCounts(repo: RepoRecord, number: number): MilestoneCounts {
    let memo = this.counts.get(repo);
    if (!memo || memo.version !== this.version) {
      const counts = new Map<number, MilestoneCounts>();
      for (const issue of repo.issues.values()) {
        if (issue.milestone === null) continue;
        const c = counts.get(issue.milestone) ?? { open: 0, closed: 0 };
        c[issue.state]++;
        counts.set(issue.milestone, c);
      }
      memo = { version: this.version, counts };
      this.counts.set(repo, memo);
    }
    return memo.counts.get(number) ?? { open: 0, closed: 0 };
  }
}

export interface MilestoneCounts {
  open: number;
  closed: number;
}

/** A stable, realistic-looking commit sha for a branch that the seed did not pin. */
export function shaFor(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}
