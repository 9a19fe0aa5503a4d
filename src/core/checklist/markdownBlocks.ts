// A line-based reader of CommonMark block structure, just deep enough to find list items and headings the way
// GitHub renders them: it follows list nesting by indentation and blockquotes, and skips fenced code, indented
// code and HTML blocks (comments included). It does not build a tree; it reports what it meets, in order.
import { closesOnStartLine, htmlBlockStart } from './htmlBlocks';
import { isBlank, skipIndent, splitLines, stripQuotes, type SourceLine } from './markdownLines';

export interface HeadingEvent {
  readonly line: number;
  /** 1-6. */
  readonly level: number;
  readonly text: string;
}

export interface ListItemEvent {
  readonly line: number;
  /** Nesting inside its list (0 = top level), counted within its blockquote. */
  readonly depth: number;
  readonly ordered: boolean;
  /** Number of enclosing `>` blockquotes. */
  readonly quoteDepth: number;
  /** The first line of the item's paragraph, or null when the item starts with something else (code, a list...). */
  readonly content: string | null;
  /** Offset of `content` in the whole source. */
  readonly contentOffset: number;
}

export interface BlockVisitor {
  heading?(event: HeadingEvent): void;
  listItem?(event: ListItemEvent): void;
}

interface CodeBlock {
  readonly quoteDepth: number;
  /** Column of the enclosing list item's content: a less indented line ends the item and so the block. */
  readonly containerCol: number;
  readonly fence: { readonly char: string; readonly length: number } | null;
  readonly html: { readonly endsAtBlank: boolean; readonly end: RegExp | null } | null;
}

interface Paragraph {
  readonly lines: string[];
  readonly line: number;
  /** The list item whose first paragraph this is: reported once we know it did not become a setext heading. */
  readonly item: ListItemEvent | null;
}

const LIST_MARKER = /^(?:[-+*]|(\d{1,9})[.)])(?=[ \t]|$)/;
const FENCE = /^(`{3,}(?=[^`]*$)|~{3,})/;
const ATX = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT = /^(=+|-+)[ \t]*$/;

export function scanBlocks(source: string, visitor: BlockVisitor): void {
  const scanner = new BlockScanner(visitor);
  for (const line of splitLines(source)) scanner.read(line);
  scanner.closeParagraph();
}

class BlockScanner {
  /** Content columns of the open list items, outermost first. */
  private items: number[] = [];
  private quoteDepth = 0;
  private code: CodeBlock | null = null;
  private paragraph: Paragraph | null = null;

  constructor(private readonly visitor: BlockVisitor) {}

  read(line: SourceLine): void {
    if (this.code && this.continuesCode(line)) return;
    const quotes = stripQuotes(line.text, Number.MAX_SAFE_INTEGER);
    if (quotes.depth !== this.quoteDepth) {
      // Entering or leaving a blockquote closes the lists on either side of it.
      this.closeParagraph();
      this.items = [];
      this.quoteDepth = quotes.depth;
    }
    if (isBlank(line.text, quotes.pos)) {
      this.closeParagraph();
      return;
    }
    const at = skipIndent(line.text, quotes.pos, 0);
    let matched = 0;
    while (matched < this.items.length && this.items[matched] <= at.col) matched += 1;
    this.openBlocks(line, at.pos, at.col, matched);
  }

  /** Feeds a line to the open code or HTML block; false when the line ends it and must be read afresh. */
  private continuesCode(line: SourceLine): boolean {
    const code = this.code as CodeBlock;
    const quotes = stripQuotes(line.text, code.quoteDepth);
    const blank = isBlank(line.text, quotes.pos);
    const at = skipIndent(line.text, quotes.pos, 0);
    if (quotes.depth < code.quoteDepth || (!blank && at.col < code.containerCol)) {
      this.code = null;
      return false;
    }
    const rest = line.text.slice(at.pos);
    if (code.fence) {
      const close = /^(`{3,}|~{3,})[ \t]*$/.exec(rest);
      if (close && close[1][0] === code.fence.char && close[1].length >= code.fence.length && at.col - code.containerCol < 4) {
        this.code = null;
      }
      return true;
    }
    if (code.html?.endsAtBlank) {
      if (!blank) return true;
      this.code = null;
      return false;
    }
    if (code.html?.end?.test(line.text.slice(quotes.pos))) this.code = null;
    return true;
  }

  private openBlocks(line: SourceLine, pos: number, col: number, matched: number): void {
    const text = line.text;
    const rest = text.slice(pos);
    const containerCol = matched > 0 ? this.items[matched - 1] : 0;
    // Only a paragraph in the innermost open container can be continued or interrupted by this line.
    const inParagraph = this.paragraph !== null && matched === this.items.length;
    if (col - containerCol >= 4) {
      // Indented code, unless it continues a paragraph (lazily, even when less indented than its item).
      if (this.paragraph) this.paragraph.lines.push(rest.trim());
      else this.items.length = matched;
      return;
    }
    const setext = inParagraph ? SETEXT.exec(rest) : null;
    if (setext && this.paragraph) {
      const heading = this.paragraph.lines.join(' ').trim();
      const start = this.paragraph.line;
      this.paragraph = null;
      this.visitor.heading?.({ line: start, level: setext[1][0] === '=' ? 1 : 2, text: heading });
      return;
    }
    const fence = FENCE.exec(rest);
    if (fence) {
      this.closeBlocksFrom(matched);
      this.code = { quoteDepth: this.quoteDepth, containerCol, fence: { char: fence[1][0], length: fence[1].length }, html: null };
      return;
    }
    const atx = ATX.exec(rest);
    if (atx) {
      this.closeBlocksFrom(matched);
      this.visitor.heading?.({ line: line.index, level: atx[1].length, text: (atx[2] ?? '').trim() });
      return;
    }
    if (THEMATIC_BREAK.test(rest)) {
      this.closeBlocksFrom(matched);
      return;
    }
    const html = htmlBlockStart(rest);
    if (html && (html.canInterruptParagraph || !inParagraph)) {
      this.closeBlocksFrom(matched);
      if (html.endsAtBlank || !closesOnStartLine(html, rest)) {
        this.code = { quoteDepth: this.quoteDepth, containerCol, fence: null, html };
      }
      return;
    }
    if (this.openListItem(line, pos, col, matched, inParagraph)) return;
    if (this.paragraph) {
      this.paragraph.lines.push(rest.trim());
    } else {
      this.items.length = matched;
      this.paragraph = { lines: [rest.trim()], line: line.index, item: null };
    }
  }

  private openListItem(line: SourceLine, pos: number, col: number, matched: number, inParagraph: boolean): boolean {
    const text = line.text;
    const marker = LIST_MARKER.exec(text.slice(pos));
    if (!marker) return false;
    const ordered = marker[1] !== undefined;
    const markerEnd = pos + marker[0].length;
    const markerEndCol = col + marker[0].length;
    const after = skipIndent(text, markerEnd, markerEndCol);
    const empty = after.pos >= text.length;
    // CommonMark: only a non-empty item, and only an ordered one starting at 1, may interrupt a paragraph.
    if (inParagraph && (empty || (ordered && Number(marker[1]) !== 1))) return false;
    this.closeBlocksFrom(matched);
    const codeStart = !empty && after.col - markerEndCol > 4;
    const contentCol = empty || codeStart ? markerEndCol + 1 : after.col;
    this.items.push(contentCol);
    const event: ListItemEvent = {
      line: line.index,
      depth: this.items.length - 1,
      ordered,
      quoteDepth: this.quoteDepth,
      content: empty || codeStart ? null : text.slice(after.pos),
      contentOffset: line.start + after.pos,
    };
    if (event.content === null) {
      this.visitor.listItem?.(event);
      return true;
    }
    // The item's content is read like a line of its own: it may be a paragraph, another list item, a fence...
    this.openBlocks(line, after.pos, after.col, this.items.length);
    if (this.paragraph && this.paragraph.line === line.index && this.paragraph.item === null) {
      this.paragraph = { ...this.paragraph, item: event };
    } else {
      this.visitor.listItem?.(event);
    }
    return true;
  }

  private closeBlocksFrom(matched: number): void {
    this.closeParagraph();
    this.items.length = matched;
  }

  closeParagraph(): void {
    const item = this.paragraph?.item;
    this.paragraph = null;
    if (item) this.visitor.listItem?.(item);
  }
}
