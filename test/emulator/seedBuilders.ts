// Small builders for seeds, and a generated large milestone for pagination tests and benchmarks.
import type { EmulatorSeed, IssueSeed, LabelSeed, MilestoneSeed, RepoSeed } from './types';

export const SEED_OWNER = 'octo';
export const SEED_REPO = 'repo';
export const ROLE_LABELS = ['role:pm', 'role:design', 'role:code', 'role:qa'] as const;

/** The labels of the default team config, with GitHub-like colors. */
export const RELEASE_LABELS: LabelSeed[] = [
  { name: 'role:pm', color: '5319e7', description: 'Project Manager' },
  { name: 'role:design', color: 'd876e3', description: 'Designer' },
  { name: 'role:code', color: '0075ca', description: 'Programmer' },
  { name: 'role:qa', color: '0e8a16', description: 'QA Engineer' },
  { name: 'blocker', color: 'b60205', description: 'Blocks the release' },
  { name: 'needs-verification', color: 'fbca04', description: null },
  { name: 'verified', color: '0e8a16', description: null },
  { name: 'release-checklist', color: 'c5def5', description: null },
  { name: 'customer-approval', color: 'bfd4f2', description: null },
  { name: 'approved', color: '0e8a16', description: null },
];

export function seedMilestone(fields: Partial<MilestoneSeed> = {}): MilestoneSeed {
  return { title: 'v1.0', description: '', due_on: '2026-12-15T08:00:00Z', state: 'open', ...fields };
}

export function seedIssue(fields: Partial<IssueSeed> = {}): IssueSeed {
  return { title: `Issue ${fields.number ?? ''}`.trim(), body: '', milestone: 'v1.0', ...fields };
}

export function seedRepo(fields: Partial<RepoSeed> = {}): RepoSeed {
  return { owner: SEED_OWNER, name: SEED_REPO, defaultBranch: 'main', labels: RELEASE_LABELS, milestones: [seedMilestone()], issues: [], ...fields };
}

/** A seed with one repository (octo/repo unless overridden). */
export function seedWith(repo: Partial<RepoSeed> = {}, users: EmulatorSeed['users'] = []): EmulatorSeed {
  return { repos: [seedRepo(repo)], users };
}

/**
 * `n` issues in milestone "v1.0" of octo/repo, cycling through the four role labels; every 10th is a blocker,
 * every 3rd is closed (closed ones alternate needs-verification and needs-verification + verified, one in
 * seven is closed as not planned). Also an older closed milestone and a later open one without issues.
 */
export function largeMilestoneSeed(n: number, owner = SEED_OWNER, name = SEED_REPO): EmulatorSeed {
  const start = Date.parse('2026-09-01T09:00:00Z');
  const issues: IssueSeed[] = [];
  for (let i = 1; i <= n; i++) {
    const closed = i % 3 === 0;
    const labels: string[] = [ROLE_LABELS[(i - 1) % 4]];
    if (i % 10 === 0) labels.push('blocker');
    if (closed) labels.push('needs-verification');
    if (closed && i % 2 === 0) labels.push('verified');
    const created = new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z');
    issues.push({
      number: i,
      title: `${['Plan', 'Design', 'Build', 'Test'][(i - 1) % 4]} step ${i}`,
      body: `Work item ${i} of the release.`,
      state: closed ? 'closed' : 'open',
      state_reason: closed ? (i % 7 === 0 ? 'not_planned' : 'completed') : null,
      labels,
      assignees: i % 5 === 0 ? [] : [`dev${i % 4}`],
      milestone: 'v1.0',
      created_at: created,
      closed_at: closed ? created : null,
    });
  }
  return {
    repos: [
      seedRepo({
        owner,
        name,
        milestones: [
          seedMilestone({ title: 'v0.9', due_on: '2026-08-01T08:00:00Z', state: 'closed' }),
          seedMilestone({ title: 'v1.0', description: 'The big one', due_on: '2026-12-15T08:00:00Z' }),
          seedMilestone({ title: 'v2.0', due_on: null }),
        ],
        issues,
        statuses: [{ context: 'ci/build', state: 'success', target_url: null }],
        checkRuns: [{ name: 'test', status: 'completed', conclusion: 'success' }],
      }),
    ],
  };
}
