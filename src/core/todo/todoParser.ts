// core/todo/ owns TODO comments as text: lexing comments per language, matching tags, parsing issue references,
// the canonical `TAG(#N)` form, relocating a TODO after an edit, tracking drafts, duplicates, excludes and the
// lens wording. This file is its entry point.
//
// Finds TODO comments in a document: tag hits first (cheap), then the comment lexer up to the last hit only.
//
// Rules (the source for the README section on TODO comments):
// - A tag counts only inside a comment (line or block; strings, character literals and identifiers do not count),
//   as a whole word (`TODONOW`, `MYTODO`, `TODO_X` hold no tag), case-sensitive unless `caseSensitive: false`.
// - It must lead the comment, or the line of a block comment: only blanks and decoration (`*`, `/`, `#`, `-`, `!`,
//   `;`, `%`, `[`, `@`…) may come before it. `// see the TODO list` is prose, not a TODO. Commented-out code with its
//   own comment (`// x(); // TODO`) counts. One TODO per comment line.
// - The header after the tag: `TODO(#12)`, `TODO(owner/repo#12)`, `TODO(12)`, `TODO(@alice)` (no reference),
//   `TODO 12:`, `TODO #12`, `TODO: GH-12 …`, `TODO: https://host/o/r/issues/12 …`. Such a leading reference, the
//   parenthesised group, and the separators (`:`, `-`, `–`, `—`, `!`, `,`, `.`, `]`, `>`) are not part of `text`.
//   Without a leading reference, the first reference anywhere in the text is taken and stays in `text`.
// - The range starts at the tag and ends after the last non-blank character of the comment on that line (a block
//   closer such as `*/`, `-->`, and a run of its first character before it, excluded), but at most MAX_TEXT
//   characters after the tag (a minified line can hold megabytes). It never spans lines: `text` is the rest of
//   that line only.
// - Positions are 0-based; characters are UTF-16 code units, as VS Code counts them. CRLF and LF both work.
// - Unknown languages use `#` and `//` comments (after whitespace or at line start) and no strings.
import { compiledSyntaxFor, lexComments, type CompiledSyntax } from './commentLexer';
import { bareNumberRef, findIssueRef, issueRefAt } from './issueRefParser';
import type { IssueRef } from '../model';
import { isDecoration, markerCharsFor, plausibleLead, type MarkerChars } from './tagLead';
import { findTagHits, tagMatcher, type TagHits, type TagMatcher } from './tagMatcher';

export { languageIdForPath } from './languageIds';

export const DEFAULT_TODO_TAGS: readonly string[] = ['TODO', 'FIXME', 'BUG', 'HACK', 'XXX'];

export interface TodoParseOptions {
  readonly tags: readonly string[];
  /** Default true: `todo` is not `TODO`. */
  readonly caseSensitive?: boolean;
}

/** A range in VS Code's terms: 0-based lines, UTF-16 characters, end exclusive. */
export interface TextRange {
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

export interface ParsedTodo extends TextRange {
  /** The tag as configured (also when matched case-insensitively). */
  readonly tag: string;
  readonly text: string;
  readonly ref: IssueRef | null;
  /** The whole comment that holds the TODO, markers included (used to remove it). */
  readonly comment: TextRange & { readonly kind: 'line' | 'block' };
}

/** What follows a tag: the reference and where the text starts and ends (offsets into the text). */
export interface TodoHeader {
  readonly ref: IssueRef | null;
  /** True when the reference came before the text (and is not part of it). */
  readonly leadingRef: boolean;
  readonly textStart: number;
  readonly textEnd: number;
  /** End of the TODO's range: the last non-blank character of the comment on the line, at least the tag's end. */
  readonly rangeEnd: number;
}

const SEPARATORS = new Set([...' \t:-–—!,.]>'].map((c) => c.charCodeAt(0)));
const NUMBER_COLON = /[ \t]+(\d{1,9}):/y;
export const MAX_TEXT = 1000;

function skipSeparators(text: string, p: number, end: number): number {
  while (p < end && SEPARATORS.has(text.charCodeAt(p))) p++;
  return p;
}

/** Reads the header after a tag ending at `tagEnd`, within the comment's text on that line, `[tagEnd, end)`. */
export function readTodoHeader(text: string, tagEnd: number, end: number, closer = ''): TodoHeader {
  let rangeEnd = Math.min(end, tagEnd + MAX_TEXT);
  // Never cut an emoji (a surrogate pair) in half at the MAX_TEXT limit.
  if (rangeEnd < end && rangeEnd > tagEnd && (text.charCodeAt(rangeEnd - 1) & 0xfc00) === 0xd800) rangeEnd--;
  const closerChar = closer.length > 0 ? closer.charCodeAt(0) : -1;
  while (rangeEnd > tagEnd) {
    const c = text.charCodeAt(rangeEnd - 1);
    if (c > 32 && c !== closerChar) break;
    rangeEnd--;
  }
  let p = tagEnd;
  let ref: IssueRef | null = null;
  if (text.charCodeAt(p) === 40) {
    const close = text.indexOf(')', p);
    if (close >= 0 && close < rangeEnd) {
      let inner = p + 1;
      while (inner < close && text.charCodeAt(inner) <= 32) inner++;
      ref = issueRefAt(text, inner, close)?.ref ?? bareNumberRef(text.slice(inner, close).trim());
      p = close + 1;
    }
  } else {
    NUMBER_COLON.lastIndex = p;
    const m = NUMBER_COLON.exec(text);
    if (m !== null && NUMBER_COLON.lastIndex <= rangeEnd) {
      ref = bareNumberRef(m[1]);
      if (ref !== null) p = NUMBER_COLON.lastIndex;
    }
  }
  p = skipSeparators(text, p, rangeEnd);
  if (ref === null) {
    const found = issueRefAt(text, p, rangeEnd);
    if (found !== null) {
      ref = found.ref;
      p = skipSeparators(text, found.end, rangeEnd);
    }
  }
  const leadingRef = ref !== null;
  const textEnd = Math.max(rangeEnd, p);
  if (ref === null) ref = findIssueRef(text, p, rangeEnd)?.ref ?? null;
  return { ref, leadingRef, textStart: p, textEnd, rangeEnd };
}

/** Tracks line numbers while offsets only move forward, so each newline is looked at once (minified files!). */
export class LineCursor {
  /** Offset of the line break ending the current line (or the text's length). */
  lineEnd: number;
  /** Starts at line `line`, which begins at offset `lineStart` (the text's start by default). */
  constructor(
    private readonly text: string,
    public line = 0,
    public lineStart = 0,
  ) {
    this.lineEnd = this.breakAfter(lineStart);
  }
  private breakAfter(from: number): number {
    const nl = this.text.indexOf('\n', from);
    return nl < 0 ? this.text.length : nl;
  }
  moveTo(offset: number): void {
    if (offset < this.lineStart) {
      this.line = 0;
      this.lineStart = 0;
      this.lineEnd = this.breakAfter(0);
    }
    while (this.lineEnd < offset && this.lineEnd < this.text.length) {
      this.line++;
      this.lineStart = this.lineEnd + 1;
      this.lineEnd = this.breakAfter(this.lineStart);
    }
  }
}

function leadsComment(text: string, tagPos: number, bound: number, lineMarkers: readonly string[]): boolean {
  let j = tagPos;
  while (j > bound && isDecoration(text.charCodeAt(j - 1))) j--;
  if (j === bound) return true;
  if (lineMarkers.length === 0 || j === tagPos) return false;
  const gap = text.slice(j, tagPos);
  return lineMarkers.some((m) => gap.includes(m));
}

/** Drops hits that cannot lead a comment (see tagLead.ts), so texts with only those skip the lexer. */
function plausibleHits(text: string, hits: TagHits, languageId: string): TagHits {
  const markers = markerCharsFor(languageId);
  const positions: number[] = [];
  const tagIndexes: number[] = [];
  for (let i = 0; i < hits.positions.length; i++) {
    if (!plausibleLead(text, hits.positions[i], markers)) continue;
    positions.push(hits.positions[i]);
    tagIndexes.push(hits.tagIndexes[i]);
  }
  return { positions, tagIndexes };
}

/** Every TODO comment of `text`, in document order. */
export function parseTodos(text: string, languageId: string, options: TodoParseOptions): ParsedTodo[] {
  const matcher = tagMatcher(options.tags, options.caseSensitive ?? true);
  const hits = plausibleHits(text, findTagHits(text, matcher), languageId);
  const count = hits.positions.length;
  if (count === 0) return [];
  const parser = new CommentTodoParser(text, languageId, matcher, new LineCursor(text));
  const todos: ParsedTodo[] = [];
  let next = 0;
  lexComments(text, parser.compiled, hits.positions[count - 1], (start, contentStart, contentEnd, end, closer) => {
    while (next < count && hits.positions[next] < contentStart) next++;
    let stop = next;
    while (stop < count && hits.positions[stop] < contentEnd) stop++;
    if (stop === next) return;
    parser.push(hits, next, stop, start, contentStart, contentEnd, end, closer, todos);
    next = stop;
  });
  return todos;
}

/** The TODOs of one comment at a time; shared by the whole-text parse and the incremental one. */
export class CommentTodoParser {
  readonly compiled: CompiledSyntax;
  private readonly markers: MarkerChars;

  constructor(
    private readonly text: string,
    languageId: string,
    readonly matcher: TagMatcher,
    private readonly cursor: LineCursor,
  ) {
    this.compiled = compiledSyntaxFor(languageId);
    this.markers = markerCharsFor(languageId);
  }

  /** Tag hits inside a comment's content that could lead it (see tagLead.ts). */
  hitsIn(contentStart: number, contentEnd: number): TagHits {
    const { positions, tagIndexes } = findTagHits(this.text, this.matcher, contentStart, contentEnd);
    const kept: TagHits = { positions: [], tagIndexes: [] };
    for (let i = 0; i < positions.length; i++) {
      if (!plausibleLead(this.text, positions[i], this.markers)) continue;
      kept.positions.push(positions[i]);
      kept.tagIndexes.push(tagIndexes[i]);
    }
    return kept;
  }

  /** Appends the TODOs of the comment `start`..`end` to `out`, from its hits `first`..`stop` (exclusive). */
  push(hits: TagHits, first: number, stop: number, start: number, contentStart: number, contentEnd: number, end: number, closer: string, out: ParsedTodo[]): void {
    const { text, cursor, matcher } = this;
    cursor.moveTo(start);
    const commentLine = cursor.line;
    const commentCharacter = start - cursor.lineStart;
    const found: Omit<ParsedTodo, 'comment'>[] = [];
    let lastLine = -1;
    for (let next = first; next < stop; next++) {
      const pos = hits.positions[next];
      const tag = matcher.tags[hits.tagIndexes[next]];
      cursor.moveTo(pos);
      if (cursor.line === lastLine) continue;
      const bound = Math.max(cursor.lineStart, contentStart);
      if (!leadsComment(text, pos, bound, this.compiled.lineMarkers)) continue;
      let lineEnd = cursor.lineEnd;
      if (lineEnd > contentEnd) lineEnd = contentEnd;
      else if (text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      const tagEnd = pos + tag.length;
      if (tagEnd > lineEnd) continue;
      const header = readTodoHeader(text, tagEnd, lineEnd, lineEnd === contentEnd ? closer : '');
      lastLine = cursor.line;
      found.push({
        tag,
        text: text.slice(header.textStart, header.textEnd),
        ref: header.ref,
        line: cursor.line,
        character: pos - cursor.lineStart,
        endLine: cursor.line,
        endCharacter: header.rangeEnd - cursor.lineStart,
      });
    }
    if (found.length === 0) return;
    const commentEnd = closer === '' ? contentEnd : end;
    cursor.moveTo(commentEnd);
    const comment = {
      kind: closer === '' ? ('line' as const) : ('block' as const),
      line: commentLine,
      character: commentCharacter,
      endLine: cursor.line,
      endCharacter: commentEnd - cursor.lineStart,
    };
    for (const todo of found) out.push({ ...todo, comment });
  }
}
