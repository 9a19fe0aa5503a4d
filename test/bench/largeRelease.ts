// Generated release data for the benchmarks: a milestone of n issues spread over the four default roles, with
// blockers, closed issues (some verified, some not planned), a few issues in two roles and a few in none.
// Deterministic (seeded), and shuffled: trackers often return issues in number order, and sorting an already
// sorted array would flatter both our code and the reference sort.
import type { Issue } from '../../src/core/model';
import { ISSUES_FILE_VERSION, serializeIssuesFile, type IssuesDocument, type LocalIssue } from '../../src/trackers/localFormat';
import { seededRandom } from '../seededRandom';

export const BENCH_MILESTONE = 'v2.0 — Scale';
const ROLE_LABELS = ['role:pm', 'role:design', 'role:code', 'role:qa'];
const WORDS = ['checkout', 'cart', 'payment', 'address', 'shipping', 'invoice', 'coupon', 'search', 'profile', 'login'];

function labelsFor(i: number, closed: boolean, random: () => number): string[] {
  const labels: string[] = [];
  const roll = random();
  // 3 % no role (Unassigned), 6 % two roles, the rest one role.
  if (roll >= 0.03) labels.push(ROLE_LABELS[i % 4]);
  if (roll >= 0.94) labels.push(ROLE_LABELS[(i + 1) % 4]);
  if (i % 10 === 0) labels.push('blocker');
  if (closed && i % 2 === 0) labels.push('needs-verification');
  if (closed && i % 4 === 0) labels.push('verified');
  if (random() < 0.2) labels.push(WORDS[i % WORDS.length]);
  return labels;
}

/** `n` issues of milestone BENCH_MILESTONE, in a shuffled (seeded) order. */
export function largeIssues(n: number, seed = 7): Issue[] {
  const random = seededRandom(seed);
  const start = Date.parse('2026-06-01T09:00:00Z');
  const issues: Issue[] = [];
  for (let i = 1; i <= n; i++) {
    const closed = i % 3 === 0;
    const created = new Date(start + i * 37_000).toISOString().replace('.000Z', 'Z');
    const updated = new Date(start + i * 37_000 + Math.floor(random() * 86_400_000 * 30)).toISOString().replace('.000Z', 'Z');
    issues.push({
      number: i,
      title: `${WORDS[i % WORDS.length]}: ${['plan', 'design', 'build', 'test'][i % 4]} step ${i}`,
      body: `Work item ${i} of the release.\n\nAcceptance: the ${WORDS[(i * 7) % WORDS.length]} flow works end to end.`,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? (i % 21 === 0 ? 'not_planned' : 'completed') : null,
      labels: labelsFor(i, closed, random),
      assignees: i % 5 === 0 ? [] : [`dev${i % 9}`],
      milestone: BENCH_MILESTONE,
      author: `dev${i % 4}`,
      createdAt: created,
      updatedAt: updated,
      closedAt: closed ? updated : null,
      url: null,
    });
  }
  for (let i = issues.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [issues[i], issues[j]] = [issues[j], issues[i]];
  }
  return issues;
}

/** The `.release/issues.json` text of a workspace whose open milestone holds `n` generated issues. */
export function largeIssuesFile(n: number): string {
  const issues: LocalIssue[] = largeIssues(n).map(({ url: _url, ...issue }) => ({ ...issue, comments: [] }));
  const doc: IssuesDocument = {
    version: ISSUES_FILE_VERSION,
    milestones: [
      { number: 1, title: 'v1.9', description: 'The previous release.', dueOn: '2026-05-01T00:00:00Z', state: 'closed', checklist: null },
      { number: 2, title: BENCH_MILESTONE, description: 'A milestone of benchmark size.', dueOn: '2026-12-01T00:00:00Z', state: 'open', checklist: null },
    ],
    issues,
  };
  return serializeIssuesFile(doc);
}
