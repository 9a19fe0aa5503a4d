// core/pulls/ owns the milestone's pull requests as the release sees them: which issues a pull request closes
// (GitHub's closing keywords in its body), which pull requests closed an issue, and the state words the tree,
// the hover and the notes show.
import type { PullRequest, ReleaseData } from '../model';

// https://docs.github.com/en/issues/tracking-your-work-with-issues/linking-a-pull-request-to-an-issue
const CLOSING = /(?<![\w-])(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+((?:[\w.-]+\/[\w.-]+)?#\d+(?:\s*,\s*(?:[\w.-]+\/[\w.-]+)?#\d+)*)/gi;

/**
 * Issue numbers a pull request body closes with a closing keyword (`Fixes #12`, `closes: #3, #4`). References to
 * another repository (`other/repo#5`) count only when `repository` names it; without it they are ignored.
 */
export function closingReferences(body: string, repository?: { readonly owner: string; readonly repo: string } | null): number[] {
  const numbers = new Set<number>();
  for (const match of body.matchAll(CLOSING)) {
    for (const ref of match[1].split(',')) {
      const m = /^\s*(?:([\w.-]+)\/([\w.-]+))?#(\d+)\s*$/.exec(ref);
      if (!m) continue;
      const [, owner, repo, number] = m;
      if (owner !== undefined && (!repository || owner.toLowerCase() !== repository.owner.toLowerCase() || repo.toLowerCase() !== repository.repo.toLowerCase())) continue;
      numbers.add(Number(number));
    }
  }
  return [...numbers].sort((a, b) => a - b);
}

export function pullRequestsOf(data: ReleaseData): readonly PullRequest[] {
  return data.pullRequests ?? [];
}

export function isMerged(pull: PullRequest): boolean {
  return pull.mergedAt !== null;
}

/** The milestone's merged pull requests that close the issue, lowest number first. */
export function mergedPullsClosing(issueNumber: number, data: ReleaseData): PullRequest[] {
  return pullRequestsOf(data).filter((p) => isMerged(p) && closingReferences(p.body).includes(issueNumber));
}

/** Short state words: "draft", "merged", "changes requested", "checks failing"… in the order a reviewer reads them. */
export function pullStateWords(pull: PullRequest): string[] {
  if (pull.mergedAt !== null) return ['merged'];
  if (pull.state === 'closed') return ['closed without merging'];
  const words: string[] = [pull.draft ? 'draft' : 'open'];
  if (pull.review === 'approved') words.push('approved');
  else if (pull.review === 'changesRequested') words.push('changes requested');
  else words.push('review pending');
  if (pull.checks === 'failure') words.push('checks failing');
  else if (pull.checks === 'pending') words.push('checks running');
  else if (pull.checks === 'success') words.push('checks passed');
  return words;
}

/**
 * The review decision from a pull request's reviews in submission order: each reviewer's latest approving or
 * change-requesting review counts (a later comment does not undo it); any change request wins.
 */
export function reviewDecision(reviews: readonly { readonly user: string; readonly state: string }[]): PullRequest['review'] {
  const latest = new Map<string, string>();
  let commented = false;
  for (const r of reviews) {
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') latest.set(r.user.toLowerCase(), r.state);
    else if (r.state === 'COMMENTED') commented = true;
  }
  const states = [...latest.values()];
  if (states.includes('CHANGES_REQUESTED')) return 'changesRequested';
  if (states.includes('APPROVED')) return 'approved';
  return commented ? 'commented' : 'none';
}
