// Finds the comments of a text without looking at every character in JavaScript: one sticky-free regex jumps to
// the next place where a comment, string or character literal could start, and indexOf skips to its end.
// Nothing is allocated per character or per comment; the visitor receives plain offsets.
import { syntaxFor, type CommentSyntax } from './commentSyntax';

const LINE = 0;
const BLOCK = 1;
const STRING = 2;
const CHAR = 3;
const REGEX = 4;

interface Opener {
  readonly text: string;
  readonly kind: typeof LINE | typeof BLOCK | typeof STRING | typeof CHAR | typeof REGEX;
  readonly close: string;
  readonly placement: 'any' | 'afterSpace' | 'lineStart';
  readonly word: boolean;
  readonly escapable: boolean;
  readonly nested: boolean;
  readonly multiline: boolean;
  readonly escapes: boolean;
  readonly notAfterOperand: boolean;
}

export interface CompiledSyntax {
  /** Matches exactly one character: the first character of some opener (with the rest as a lookahead). */
  readonly tokenRe: RegExp;
  /** Openers by their first character code (both cases for word markers), longest first. */
  readonly byFirstChar: readonly (readonly Opener[] | undefined)[];
  /** Line-comment markers, to recognise `// code // TODO` (a comment inside a comment). */
  readonly lineMarkers: readonly string[];
}

/**
 * Called for each comment: `start`..`end` is the whole comment including its markers, `contentStart`..`contentEnd`
 * the text between them (for a line comment, up to the line break, without `\r`). `closer` is the block's closing
 * marker, or '' for a line comment.
 */
export type CommentVisitor = (start: number, contentStart: number, contentEnd: number, end: number, closer: string) => void;

const escapeRe = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

function compile(syntax: CommentSyntax): CompiledSyntax {
  const base = { close: '', placement: 'any' as const, word: false, escapable: false, nested: false, multiline: false, escapes: false, notAfterOperand: false };
  const openers: Opener[] = [
    ...syntax.line.map((m) => ({ ...base, text: m.marker, kind: LINE, placement: m.placement, word: !!m.word, escapable: !!m.escapable })),
    ...syntax.block.map((b) => ({ ...base, text: b.open, kind: BLOCK, close: b.close, nested: !!b.nested, placement: b.lineStart ? ('lineStart' as const) : ('any' as const) })),
    ...syntax.strings.map((s) => ({ ...base, text: s.open, kind: STRING, close: s.close, multiline: s.multiline, escapes: s.escapes, notAfterOperand: !!s.notAfterOperand })),
    ...(syntax.charQuote ? [{ ...base, text: "'", kind: CHAR }] : []),
    ...(syntax.regexLiterals ? [{ ...base, text: '/', kind: REGEX }] : []),
  ] as Opener[];
  // Longest first, so `"""` wins over `"`, `--[[` over `--`; at equal length the table order (comments first).
  openers.sort((a, b) => b.text.length - a.text.length);
  const byFirstChar: Opener[][] = [];
  const alternatives = new Set<string>();
  for (const opener of openers) {
    const firsts = opener.word ? [opener.text[0].toLowerCase(), opener.text[0].toUpperCase()] : [opener.text[0]];
    for (const first of new Set(firsts)) (byFirstChar[first.charCodeAt(0)] ??= []).push(opener);
    const rest = opener.text.slice(1);
    const restRe = opener.word ? [...rest].map((c) => `[${escapeRe(c.toLowerCase())}${escapeRe(c.toUpperCase())}]`).join('') : escapeRe(rest);
    const firstRe = firsts.length > 1 && firsts[0] !== firsts[1] ? `[${firsts.map(escapeRe).join('')}]` : escapeRe(opener.text[0]);
    alternatives.add(rest ? `${firstRe}(?=${restRe})` : firstRe);
  }
  const source = alternatives.size > 0 ? [...alternatives].join('|') : '(?!)';
  return { tokenRe: new RegExp(source, 'g'), byFirstChar, lineMarkers: syntax.line.map((m) => m.marker) };
}

const cache = new Map<string, CompiledSyntax>();

export function compiledSyntaxFor(languageId: string): CompiledSyntax {
  let compiled = cache.get(languageId);
  if (compiled === undefined) {
    compiled = compile(syntaxFor(languageId));
    cache.set(languageId, compiled);
  }
  return compiled;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function atLineStart(text: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/**
 * The next line break at or after an offset, remembered: minified files have lines of megabytes, and asking
 * indexOf for every string on such a line would read it again each time.
 */
class LineBreaks {
  private next = -1;
  constructor(private readonly text: string) {}
  /** Offset of the first `\n` at or after `from`, or the text's length. */
  after(from: number): number {
    if (this.next < from) {
      const nl = this.text.indexOf('\n', from);
      this.next = nl < 0 ? this.text.length : nl;
    }
    return this.next;
  }
}

function placementOk(text: string, p: number, o: Opener): boolean {
  if (o.word) {
    if (text.slice(p, p + o.text.length).toLowerCase() !== o.text || isWordCode(text.charCodeAt(p + o.text.length))) return false;
  } else if (o.text.length > 1 && !text.startsWith(o.text, p)) {
    return false;
  }
  if (o.escapable && p > 0 && text.charCodeAt(p - 1) === 92) return false;
  if (o.placement === 'lineStart') return atLineStart(text, p);
  if (o.placement === 'afterSpace' && p > 0) {
    const c = text.charCodeAt(p - 1);
    return isBlank(c) || c === 10 || c === 13;
  }
  if (o.notAfterOperand && p > 0) {
    const c = text.charCodeAt(p - 1);
    return !(isWordCode(c) || c === 41 || c === 93 || c === 125 || c === 46 || c === 39);
  }
  return true;
}

/** Offset just past the closing delimiter of a string opened at `from`, or of the line when unterminated. */
function stringEnd(text: string, from: number, o: Opener, breaks: LineBreaks): number {
  const nl = o.multiline ? -1 : breaks.after(from);
  let i = from;
  for (;;) {
    const close = text.indexOf(o.close, i);
    if (close < 0 || (nl >= 0 && close > nl)) return nl >= 0 ? nl : text.length;
    if (o.escapes) {
      let backslashes = 0;
      while (close - backslashes - 1 >= from && text.charCodeAt(close - backslashes - 1) === 92) backslashes++;
      if (backslashes % 2 === 1) {
        i = close + 1;
        continue;
      }
    }
    return close + o.close.length;
  }
}

function blockClose(text: string, from: number, o: Opener): number {
  if (!o.nested) return text.indexOf(o.close, from);
  let depth = 1;
  let i = from;
  for (;;) {
    const close = text.indexOf(o.close, i);
    if (close < 0) return -1;
    const open = text.indexOf(o.text, i);
    if (open >= 0 && open < close) {
      depth++;
      i = open + o.text.length;
    } else if (--depth === 0) {
      return close;
    } else {
      i = close + o.close.length;
    }
  }
}

/** `'a'`, `'\n'`, `'\u{1F600}'`: the end of a character literal at `p`, or -1 when the quote is not one. */
function charLiteralEnd(text: string, p: number, breaks: LineBreaks): number {
  const c = text.charCodeAt(p + 1);
  if (c === 92) {
    const close = text.indexOf("'", p + 3);
    return close > 0 && close - p <= 12 && close < breaks.after(p) ? close + 1 : -1;
  }
  if (c === 10 || c === 39 || Number.isNaN(c)) return -1;
  if (text.charCodeAt(p + 2) === 39) return p + 3;
  // A surrogate pair only: a lone high surrogate before a line break must not reach into the next line.
  if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(p + 2) & 0xfc00) === 0xdc00 && text.charCodeAt(p + 3) === 39) return p + 4;
  return -1;
}

const REGEX_PREFIX_KEYWORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|void|yield|await|delete|throw|new|instanceof)$/;

/** A JavaScript regex literal at `p` (judged by what precedes the slash): its end, or -1 for a division. */
function regexLiteralEnd(text: string, p: number): number {
  let i = p - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (i >= 0) {
    const prev = text.charCodeAt(i);
    if (isWordCode(prev) || prev === 36) {
      if (!REGEX_PREFIX_KEYWORDS.test(text.slice(Math.max(0, i - 11), i + 1))) return -1;
    } else if (prev === 41 || prev === 93 || prev === 125 || prev === 34 || prev === 39 || prev === 96) {
      return -1;
    }
  }
  let inClass = false;
  for (let j = p + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10 || c === 13) return -1;
    if (c === 92) {
      // A regex literal holds no line break, not even an escaped one.
      const next = text.charCodeAt(j + 1);
      if (next === 10 || next === 13) return -1;
      j++;
    }
    else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) return j + 1;
  }
  return -1;
}

/**
 * Called for each token that may hold a line break (a block comment, a multi-line string): `start`..`end` is the
 * whole token. The incremental parser keeps these to know at which line starts the lexer is in plain code.
 */
export type SpanVisitor = (start: number, end: number) => void;

/**
 * Calls `visit` for each comment that starts at or before `until` (pass `text.length` for all). Strings and
 * character literals are skipped, so comment markers inside them do not count.
 */
export function lexComments(text: string, compiled: CompiledSyntax, until: number, visit: CommentVisitor): void {
  lexCommentsFrom(text, compiled, 0, until, visit);
}

/**
 * lexComments from `from`, an offset where the lexer is in plain code (0, a line start no token spans, or the end
 * of a token). Returns the end of the last token read (or `from`): when that is past `until`, a token started
 * before `until` and ended after it.
 *
 * Why a line start no token spans is a safe place to start: every decision the lexer makes at an offset looks
 * back at most to the start of its line, and looks ahead past the line's end only inside a block comment or a
 * multi-line string — the tokens `onSpan` reports.
 */
export function lexCommentsFrom(text: string, compiled: CompiledSyntax, from: number, until: number, visit: CommentVisitor, onSpan?: SpanVisitor): number {
  const re = compiled.tokenRe;
  const breaks = new LineBreaks(text);
  let lastEnd = from;
  re.lastIndex = from;
  while (re.test(text)) {
    const p = re.lastIndex - 1;
    if (p > until) return lastEnd;
    re.lastIndex = p + 1;
    const openers = compiled.byFirstChar[text.charCodeAt(p)];
    if (openers === undefined) continue;
    for (const o of openers) {
      if (!placementOk(text, p, o)) continue;
      if (o.kind === LINE) {
        const end = breaks.after(p);
        const contentEnd = end > p && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
        visit(p, p + o.text.length, Math.max(contentEnd, p + o.text.length), end, '');
        re.lastIndex = lastEnd = end;
      } else if (o.kind === BLOCK) {
        const close = blockClose(text, p + o.text.length, o);
        const contentEnd = close < 0 ? text.length : close;
        const end = close < 0 ? text.length : close + o.close.length;
        onSpan?.(p, end);
        visit(p, p + o.text.length, contentEnd, end, o.close);
        re.lastIndex = lastEnd = end;
      } else if (o.kind === STRING) {
        const end = stringEnd(text, p + o.text.length, o, breaks);
        if (o.multiline) onSpan?.(p, end);
        re.lastIndex = lastEnd = end;
      } else {
        const end = o.kind === CHAR ? charLiteralEnd(text, p, breaks) : regexLiteralEnd(text, p);
        if (end < 0) continue;
        re.lastIndex = lastEnd = end;
      }
      break;
    }
  }
  return lastEnd;
}
