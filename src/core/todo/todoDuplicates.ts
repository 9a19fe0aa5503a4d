// "Track All Untracked TODOs" should not file an issue the milestone already has: a TODO whose text reads like an
// open issue's title (ignoring case, punctuation, spacing and accents) is flagged as a likely duplicate.
import type { Issue } from '../model';

/** Case, accents, punctuation and spacing removed: `Cache shipping rates (5 min.)` → `cache shipping rates 5 min`. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The open issue a TODO text most likely duplicates: the same words as the title, or the title followed only by
 * more detail after a separator (`Cache shipping rates for 5 minutes; the API allows 50 requests/s`). Titles of a
 * few characters never match, since they say too little to call anything a duplicate.
 */
export function findLikelyDuplicate(todoText: string, issues: readonly Issue[]): Issue | null {
  const text = normalizeForMatch(todoText);
  if (text.length === 0) return null;
  const clauses = todoText.split(/[;:.!?—–]|\s-\s|,\s/).map(normalizeForMatch).filter((c) => c.length > 0);
  const first = clauses[0] ?? '';
  let best: Issue | null = null;
  for (const issue of issues) {
    if (issue.state !== 'open') continue;
    const title = normalizeForMatch(issue.title);
    if (title.length < 8) continue;
    if (title === text) return issue;
    if (best === null && title === first) best = issue;
  }
  return best;
}
