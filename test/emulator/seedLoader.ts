// Turns a seed (plain JSON) into a fresh Store. Mistakes in a seed throw at once: a silently ignored milestone
// title would make a test pass or fail for the wrong reason.
import { isoSeconds, nowIso } from './clock';
import type { IssueRecord, MilestoneRecord, RepoRecord } from './records';
import { shaFor, Store } from './store';
import type { CheckRunSeed, EmulatorSeed, IssueSeed, MilestoneSeed, ReleaseSeed, RepoSeed, StatusSeed, TagSeed } from './types';

export class SeedError extends Error {}

const DAY_MS = 86_400_000;

export function loadSeed(seed: EmulatorSeed | undefined): Store {
  const store = new Store();
  if (seed === undefined) return store;
  if (typeof seed !== 'object' || seed === null || !Array.isArray(seed.repos)) {
    throw new SeedError('A seed is an object with a "repos" array.');
  }
  for (const user of seed.users ?? []) {
    store.user(user.login);
    if (user.token !== undefined) store.tokens.set(user.token, user.login);
  }
  for (const repoSeed of seed.repos) loadRepo(store, repoSeed);
  return store;
}

function loadRepo(store: Store, seed: RepoSeed): void {
  if (!seed.owner || !seed.name) throw new SeedError('Every seeded repository needs "owner" and "name".');
  if (store.repo(seed.owner, seed.name)) throw new SeedError(`Repository ${seed.owner}/${seed.name} is seeded twice.`);
  store.user(seed.owner);
  const created = isoSeconds(Date.now() - 365 * DAY_MS);
  const defaultBranch = seed.defaultBranch ?? 'main';
  const repo: RepoRecord = {
    id: store.nextId(),
    owner: seed.owner,
    name: seed.name,
    private: seed.private ?? false,
    default_branch: defaultBranch,
    branches: new Map(),
    labels: [],
    milestones: [],
    issues: new Map(),
    statuses: [],
    check_runs: [],
    releases: [],
    tags: new Map(),
    tag_objects: new Map(),
    next_issue_number: 1,
    created_at: created,
    updated_at: nowIso(),
    gone: new Map(),
  };
  for (const branch of [{ name: defaultBranch }, ...(seed.branches ?? [])]) {
    const sha = 'sha' in branch && branch.sha ? branch.sha : repo.branches.get(branch.name) ?? shaFor(seed.owner, seed.name, branch.name);
    repo.branches.set(branch.name, sha);
  }
  for (const label of seed.labels ?? []) store.ensureLabel(repo, label.name, label.color, label.description ?? null);
  store.addRepo(repo);
  (seed.milestones ?? []).forEach((m) => addMilestone(store, repo, m));
  const base = Date.now() - 30 * DAY_MS;
  (seed.issues ?? []).forEach((issue, index) => addIssue(store, repo, issue, isoSeconds(base + index * 60_000)));
  for (const status of seed.statuses ?? []) addStatus(store, repo, status);
  for (const run of seed.checkRuns ?? []) addCheckRun(store, repo, run);
  addGone(repo, seed);
  for (const tag of seed.tags ?? []) addTag(repo, tag);
  for (const release of seed.releases ?? []) addRelease(store, repo, release);
}

function addGone(repo: RepoRecord, seed: RepoSeed): void {
  const claim = (number: unknown) => {
    if (!Number.isInteger(number) || (number as number) < 1) throw new SeedError(`A gone issue number must be a positive integer in ${repo.name}.`);
    if (repo.issues.has(number as number) || repo.gone.has(number as number)) throw new SeedError(`Issue #${String(number)} is seeded twice in ${repo.name}.`);
  };
  for (const number of seed.deletedIssues ?? []) {
    claim(number);
    repo.gone.set(number, { kind: 'deleted' });
  }
  for (const moved of seed.transferredIssues ?? []) {
    claim(moved.number);
    const to = /^([\w.-]+)\/([\w.-]+)#(\d+)$/.exec(moved.to ?? '');
    if (!to) throw new SeedError(`transferredIssues: "to" must be owner/name#number, got ${JSON.stringify(moved.to)}.`);
    repo.gone.set(moved.number, { kind: 'transferred', owner: to[1], repo: to[2], number: Number(to[3]) });
  }
  repo.next_issue_number = Math.max(repo.next_issue_number, ...[...repo.gone.keys()].map((n) => n + 1));
}

function addTag(repo: RepoRecord, seed: TagSeed): void {
  if (!seed.name) throw new SeedError(`Every seeded tag of ${repo.name} needs a "name".`);
  repo.tags.set(seed.name, seedSha(repo, seed.sha));
}

function addRelease(store: Store, repo: RepoRecord, seed: ReleaseSeed): void {
  if (!seed.tag_name) throw new SeedError(`Every seeded release of ${repo.name} needs a "tag_name".`);
  const at = nowIso();
  const draft = seed.draft ?? false;
  repo.releases.push({
    id: store.nextId(),
    tag_name: seed.tag_name,
    target_commitish: seed.target_commitish ?? repo.default_branch,
    name: seed.name ?? null,
    body: seed.body ?? null,
    draft,
    prerelease: seed.prerelease ?? false,
    author: repo.owner,
    created_at: at,
    published_at: draft ? null : at,
  });
  // A published release has its tag, as on GitHub.
  if (!draft && !repo.tags.has(seed.tag_name)) repo.tags.set(seed.tag_name, seedSha(repo, seed.target_commitish));
}

function addMilestone(store: Store, repo: RepoRecord, seed: MilestoneSeed): void {
  const number = seed.number ?? Math.max(0, ...repo.milestones.map((m) => m.number)) + 1;
  if (store.milestone(repo, number)) throw new SeedError(`Milestone number ${number} is seeded twice in ${repo.name}.`);
  if (store.milestoneByTitle(repo, seed.title)) throw new SeedError(`Milestone "${seed.title}" is seeded twice in ${repo.name}.`);
  const state = seed.state ?? 'open';
  const created = seed.created_at ?? isoSeconds(Date.now() - 60 * DAY_MS);
  const closed = state === 'closed' ? seed.closed_at ?? created : null;
  const milestone: MilestoneRecord = {
    id: store.nextId(),
    number,
    title: seed.title,
    description: seed.description ?? null,
    state,
    due_on: seed.due_on ?? null,
    creator: repo.owner,
    created_at: created,
    updated_at: closed ?? created,
    closed_at: closed,
  };
  repo.milestones.push(milestone);
}

function addIssue(store: Store, repo: RepoRecord, seed: IssueSeed, defaultCreated: string): void {
  const number = seed.number ?? repo.next_issue_number;
  if (repo.issues.has(number)) throw new SeedError(`Issue #${number} is seeded twice in ${repo.name}.`);
  let milestone: number | null = null;
  if (seed.milestone != null) {
    const found = store.milestoneByTitle(repo, seed.milestone);
    if (!found) throw new SeedError(`Issue #${number} names milestone "${seed.milestone}", which ${repo.name} does not have.`);
    milestone = found.number;
  }
  const state = seed.state ?? 'open';
  const created = seed.created_at ?? defaultCreated;
  const closed = state === 'closed' ? seed.closed_at ?? seed.updated_at ?? created : null;
  const user = seed.user ?? repo.owner;
  store.user(user);
  const issue: IssueRecord = {
    id: store.nextId(),
    number,
    title: seed.title,
    body: seed.body ?? null,
    state,
    state_reason: seed.state_reason !== undefined ? seed.state_reason : state === 'closed' ? 'completed' : null,
    labels: (seed.labels ?? []).map((name) => store.ensureLabel(repo, name).name),
    assignees: (seed.assignees ?? []).map((login) => store.user(login).login),
    milestone,
    user,
    created_at: created,
    updated_at: seed.updated_at ?? closed ?? created,
    closed_at: closed,
    closed_by: closed ? user : null,
    locked: false,
    comments: (seed.comments ?? []).map((c) => ({
      id: store.nextId(),
      body: c.body,
      user: store.user(c.user ?? user).login,
      created_at: c.created_at ?? created,
      updated_at: c.created_at ?? created,
    })),
  };
  if (seed.pull_request) {
    const pr = seed.pull_request;
    const head = pr.head ?? `pr-${number}`;
    if (!repo.branches.has(head)) repo.branches.set(head, shaFor(repo.owner, repo.name, head));
    const mergedAt = pr.merged_at ?? null;
    if (mergedAt !== null && state !== 'closed') throw new SeedError(`Pull request #${number} is merged but not closed.`);
    issue.pull_request = {
      draft: pr.draft ?? false,
      merged_at: mergedAt,
      head,
      base: pr.base ?? repo.default_branch,
      reviews: (pr.reviews ?? []).map((r) => ({ id: store.nextId(), user: store.user(r.user).login, state: r.state, submitted_at: r.submitted_at ?? created })),
    };
    issue.state_reason = null; // pull requests have no state_reason
  }
  repo.issues.set(number, issue);
  repo.next_issue_number = Math.max(repo.next_issue_number, number + 1);
}

/** A branch name (or refs/heads/…) resolves to its head; anything else must be a known sha or sha prefix. */
export function resolveSha(repo: RepoRecord, ref: string): string | undefined {
  const branch = ref.replace(/^(refs\/)?heads\//, '');
  const head = repo.branches.get(branch);
  if (head) return head;
  if (!/^[0-9a-f]{7,40}$/i.test(ref)) return undefined;
  const known = [...repo.branches.values(), ...repo.statuses.map((s) => s.sha), ...repo.check_runs.map((c) => c.head_sha)];
  return known.find((sha) => sha.startsWith(ref.toLowerCase())) ?? (ref.length === 40 ? ref.toLowerCase() : undefined);
}

function seedSha(repo: RepoRecord, ref: string | undefined): string {
  const sha = resolveSha(repo, ref ?? repo.default_branch);
  if (!sha) throw new SeedError(`"${ref}" is neither a branch of ${repo.name} nor a 40-digit sha.`);
  return sha;
}

function addStatus(store: Store, repo: RepoRecord, seed: StatusSeed): void {
  const at = nowIso();
  repo.statuses.push({
    id: store.nextId(),
    sha: seedSha(repo, seed.ref),
    context: seed.context,
    state: seed.state,
    description: seed.description ?? null,
    target_url: seed.target_url ?? null,
    creator: repo.owner,
    created_at: at,
    updated_at: at,
  });
}

function addCheckRun(store: Store, repo: RepoRecord, seed: CheckRunSeed): void {
  const status = seed.status ?? 'completed';
  const started = seed.started_at ?? nowIso();
  repo.check_runs.push({
    id: store.nextId(),
    head_sha: seedSha(repo, seed.ref),
    name: seed.name,
    status,
    conclusion: seed.conclusion !== undefined ? seed.conclusion : status === 'completed' ? 'success' : null,
    details_url: seed.details_url ?? null,
    started_at: started,
    completed_at: seed.completed_at !== undefined ? seed.completed_at : status === 'completed' ? started : null,
    suite_id: store.nextId(),
  });
}
