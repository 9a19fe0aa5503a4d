// Finds where the configured tags occur as whole words: the cheap first pass of the TODO parser. A text without
// any hit costs one indexOf per tag and never reaches the comment lexer.

export interface TagMatcher {
  readonly tags: readonly string[];
  readonly caseSensitive: boolean;
  /** Case-insensitive search (one regex for all tags); null when case-sensitive. */
  readonly anyCase: RegExp | null;
  readonly lowerToIndex: ReadonlyMap<string, number>;
}

/** Sorted tag hits: `positions[i]` is where tag `tagIndexes[i]` starts. */
export interface TagHits {
  readonly positions: number[];
  readonly tagIndexes: number[];
}

const escapeRe = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letters, digits and `_`, in any script: `MYTODO`, `TODOs`, `ÜTODO` and `TODO_X` hold no tag. */
export function isWordCharCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return NON_ASCII_WORD.test(String.fromCharCode(c));
}

let lastMatcher: TagMatcher | null = null;

export function tagMatcher(tags: readonly string[], caseSensitive = true): TagMatcher {
  if (lastMatcher !== null && lastMatcher.caseSensitive === caseSensitive && sameTags(lastMatcher.tags, tags)) return lastMatcher;
  const usable = tags.filter((t) => t.length > 0);
  const lowerToIndex = new Map<string, number>();
  usable.forEach((t, i) => {
    if (!lowerToIndex.has(t.toLowerCase())) lowerToIndex.set(t.toLowerCase(), i);
  });
  const bySize = [...usable].sort((a, b) => b.length - a.length);
  const anyCase = caseSensitive || usable.length === 0 ? null : new RegExp(bySize.map(escapeRe).join('|'), 'gi');
  lastMatcher = { tags: usable, caseSensitive, anyCase, lowerToIndex };
  return lastMatcher;
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.filter((t) => t.length > 0).length) return false;
  return b.filter((t) => t.length > 0).every((t, i) => t === a[i]);
}

/** True when the tag at `pos` is not glued to a word on either side (only checked where the tag itself is wordy). */
export function onWordBoundary(text: string, pos: number, tag: string): boolean {
  if (pos > 0 && isWordCharCode(tag.charCodeAt(0)) && isWordCharCode(text.charCodeAt(pos - 1))) return false;
  const after = pos + tag.length;
  return !(after < text.length && isWordCharCode(tag.charCodeAt(tag.length - 1)) && isWordCharCode(text.charCodeAt(after)));
}

/**
 * Every tag occurrence on a word boundary in `from`..`to` (the whole text by default), in order. A range is searched
 * as a slice of its own, so a small range never makes indexOf read the rest of a large text.
 */
export function findTagHits(text: string, matcher: TagMatcher, from = 0, to = text.length): TagHits {
  const hay = from === 0 && to === text.length ? text : text.slice(from, to);
  const positions: number[] = [];
  const tagIndexes: number[] = [];
  if (matcher.anyCase !== null) {
    const re = matcher.anyCase;
    re.lastIndex = 0;
    for (let m = re.exec(hay); m !== null; m = re.exec(hay)) {
      if (!onWordBoundary(text, m.index + from, m[0])) continue;
      positions.push(m.index + from);
      tagIndexes.push(matcher.lowerToIndex.get(m[0].toLowerCase()) ?? 0);
    }
    return { positions, tagIndexes };
  }
  let tagsWithHits = 0;
  matcher.tags.forEach((tag, index) => {
    const before = positions.length;
    for (let i = hay.indexOf(tag); i >= 0; i = hay.indexOf(tag, i + 1)) {
      if (!onWordBoundary(text, i + from, tag)) continue;
      positions.push(i + from);
      tagIndexes.push(index);
    }
    if (positions.length > before) tagsWithHits++;
  });
  if (tagsWithHits <= 1) return { positions, tagIndexes };
  const order = positions.map((_, i) => i).sort((a, b) => positions[a] - positions[b] || tagIndexes[a] - tagIndexes[b]);
  return { positions: order.map((i) => positions[i]), tagIndexes: order.map((i) => tagIndexes[i]) };
}
