// Line and column arithmetic for the Markdown scanner. Offsets are JavaScript string indices (UTF-16 code units),
// so an edit at an offset never disturbs line endings or the bytes of surrounding characters.

export interface SourceLine {
  /** 0-based line number. */
  readonly index: number;
  /** Offset of the line's first character in the whole string. */
  readonly start: number;
  /** The line without its ending. */
  readonly text: string;
  /** `\r\n`, `\n`, `\r` or `` (last line): kept so nothing is normalised. */
  readonly eol: string;
}

/** Splits on CRLF, LF and lone CR, as CommonMark does, remembering where every line starts. */
export function splitLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const ending = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = ending.exec(source); match !== null; match = ending.exec(source)) {
    lines.push({ index: lines.length, start, text: source.slice(start, match.index), eol: match[0] });
    start = match.index + match[0].length;
  }
  // A trailing newline does not open another (empty) line worth scanning, but keep it for indices.
  if (start < source.length || lines.length === 0) {
    lines.push({ index: lines.length, start, text: source.slice(start), eol: '' });
  }
  return lines;
}

export interface Cursor {
  readonly pos: number;
  readonly col: number;
}

/** Skips spaces and tabs; a tab advances to the next multiple of 4 columns (CommonMark's tab stop). */
export function skipIndent(text: string, pos: number, col: number): Cursor {
  while (pos < text.length) {
    const c = text[pos];
    if (c === ' ') col += 1;
    else if (c === '\t') col += 4 - (col % 4);
    else break;
    pos += 1;
  }
  return { pos, col };
}

export function isBlank(text: string, from = 0): boolean {
  return /^[ \t]*$/.test(text.slice(from));
}

/** Strips up to `max` blockquote markers (`>` after at most 3 spaces, plus one optional space or tab). */
export function stripQuotes(text: string, max: number): { readonly depth: number; readonly pos: number } {
  let depth = 0;
  let pos = 0;
  while (depth < max) {
    let p = pos;
    while (p < text.length && p - pos < 3 && text[p] === ' ') p += 1;
    if (text[p] !== '>') break;
    p += 1;
    if (text[p] === ' ' || text[p] === '\t') p += 1;
    depth += 1;
    pos = p;
  }
  return { depth, pos };
}
