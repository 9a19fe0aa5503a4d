// The GitHub side of the integration fixture: octo/rr-fixture on the emulator, one open milestone with 20 work
// items across the four roles (two of them under two roles, one unassigned), a blocker, resolved issues awaiting
// verification and verified ones, plus the release checklist (machinery, not counted) and an older milestone.
import { RELEASE_LABELS } from '../emulator/seedBuilders';
import type { EmulatorSeed, IssueSeed } from '../emulator/types';

export const OWNER = 'octo';
export const REPO = 'rr-fixture';
export const MILESTONE = 'v2.0 — Fixture';
export const REPO_PATH = `/repos/${OWNER}/${REPO}`;

export const DONE_WHEN = '**Done when**\n- [ ] edits made offline reach GitHub once\n- [ ] the tree shows them without a reload';

type Spec = [number, string, 'open' | 'closed', string[], string?];

const ISSUES: Spec[] = [
  [1, 'Plan the launch', 'open', ['role:pm']],
  [2, 'Design the settings page', 'open', ['role:design']],
  [3, 'Sync offline edits', 'open', ['role:code'], `Queue writes made offline.\n\n${DONE_WHEN}`],
  [4, 'Retry flaky uploads', 'open', ['role:code', 'role:qa']],
  [5, 'Crash on startup with an empty profile', 'open', ['role:code', 'blocker']],
  [6, 'Fix the login redirect', 'closed', ['role:code', 'needs-verification']],
  [7, 'Regression suite for checkout', 'closed', ['role:qa', 'needs-verification', 'verified']],
  [8, 'Dark theme tokens', 'open', ['role:design', 'role:code']],
  [9, 'Test plan', 'open', ['role:qa']],
  [10, 'Scope agreed with the customer', 'closed', ['role:pm']],
  [11, 'Update dependencies', 'open', []],
  [12, 'Cache API responses', 'open', ['role:code']],
  [13, 'New icons', 'closed', ['role:design', 'needs-verification']],
  [14, 'Exploratory testing', 'open', ['role:qa']],
  [15, 'Drag me to design', 'open', ['role:code']],
  [16, 'Release notes', 'open', ['role:pm']],
  [17, 'Speed up search', 'closed', ['role:code', 'needs-verification', 'verified']],
  [18, 'Onboarding copy', 'open', ['role:design']],
  [19, 'Hand over to QA', 'open', ['role:code']],
  [20, 'Drop Internet Explorer', 'closed', ['role:code']],
];

/** What the tree must show for the seed, in display order (open blockers, open, awaiting verification, done). */
export const EXPECTED_ROLES: Record<string, number[]> = {
  'Project Manager': [1, 16, 10],
  Designer: [2, 8, 18, 13],
  Programmer: [5, 3, 4, 8, 12, 15, 19, 6, 17, 20],
  'QA Engineer': [4, 9, 14, 7],
  Unassigned: [11],
};
/** 20 work items, each counted once; resolved: 6, 7, 10, 13, 17, 20. */
export const EXPECTED_TOTAL = { resolved: 6, total: 20 };

export function rrFixtureSeed(): EmulatorSeed {
  const issues: IssueSeed[] = ISSUES.map(([number, title, state, labels, body]) => ({
    number,
    title,
    body: body ?? `Work item ${number}.`,
    state,
    state_reason: state === 'closed' ? (number === 20 ? 'not_planned' : 'completed') : null,
    labels,
    assignees: number % 4 === 0 ? [] : ['octocat'],
    milestone: MILESTONE,
    created_at: `2026-10-${String(number).padStart(2, '0')}T09:00:00Z`,
    updated_at: `2026-10-${String(number).padStart(2, '0')}T10:00:00Z`,
    closed_at: state === 'closed' ? `2026-10-${String(number).padStart(2, '0')}T10:00:00Z` : null,
  }));
  issues.push(
    { number: 21, title: `Release checklist: ${MILESTONE}`, body: '- [ ] Tag the release', state: 'open', labels: ['release-checklist'], milestone: MILESTONE },
    { number: 22, title: 'Shipped last time', body: '', state: 'closed', labels: ['role:code'], milestone: 'v1.9' },
  );
  return {
    repos: [
      {
        owner: OWNER,
        name: REPO,
        defaultBranch: 'main',
        labels: RELEASE_LABELS,
        milestones: [
          { number: 1, title: 'v1.9', description: 'Previous release', due_on: '2026-09-01T08:00:00Z', state: 'closed' },
          { number: 2, title: MILESTONE, description: 'Integration test milestone', due_on: '2026-12-15T08:00:00Z', state: 'open' },
        ],
        issues,
        statuses: [{ context: 'ci/build', state: 'success', target_url: null }],
        checkRuns: [{ name: 'test', status: 'completed', conclusion: 'success' }],
      },
    ],
  };
}
