// A document's TODOs kept up to date edit by edit: after a change only the edited lines are lexed again, from the
// nearest line start before the edit where the lexer is in plain code, until the first line start after it where
// both the old and the new text are in plain code. Everything outside that window is the same text lexed the same
// way, so its TODOs are kept (and moved by the change's line delta). The result equals parseTodos on the new text;
// test/unit/core/todo/incrementalTodos.test.ts checks that on thousands of random edits.
import { lexCommentsFrom } from './commentLexer';
import { CommentTodoParser, LineCursor, type ParsedTodo, type TodoParseOptions } from './todoParser';
import { tagMatcher, type TagMatcher } from './tagMatcher';

/** One change as VS Code reports it (TextDocumentContentChangeEvent): applied in order, each to the text so far. */
export interface TextChange {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

interface PlacedTodo {
  readonly todo: ParsedTodo;
  /** Offset of the comment holding the TODO. */
  readonly at: number;
}

/** The changed part of the text since the last parse: `start`..`end` now was `start`..`oldEnd` then. */
interface Dirty {
  start: number;
  end: number;
  oldEnd: number;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineStartOf(text: string, offset: number): number {
  return offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
}

/** The first line start at or after `offset` (the text's length when there is none). */
function lineStartFrom(text: string, offset: number): number {
  if (offset >= text.length) return text.length;
  if (offset === 0 || text.charCodeAt(offset - 1) === 10) return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Index of the first entry whose key is >= `value` (entries sorted by key). */
function lowerBound(length: number, key: (i: number) => number, value: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shiftTodo(todo: ParsedTodo, lines: number): ParsedTodo {
  if (lines === 0) return todo;
  const comment = { ...todo.comment, line: todo.comment.line + lines, endLine: todo.comment.endLine + lines };
  return { ...todo, line: todo.line + lines, endLine: todo.endLine + lines, comment };
}

export class TodoDocument {
  private current: string;
  private placed: PlacedTodo[] = [];
  /** Tokens that may hold a line break (block comments, multi-line strings), flattened [start, end, …], in order. */
  private spans: number[] = [];
  private newlines: number;
  private parsedNewlines: number;
  /** The text's length when it was last parsed. */
  private parsedLength: number;
  private dirty: Dirty | null = null;
  private list: ParsedTodo[] | null = null;
  private readonly matcher: TagMatcher;

  constructor(
    text: string,
    private readonly languageId: string,
    options: TodoParseOptions,
  ) {
    this.current = text;
    this.matcher = tagMatcher(options.tags, options.caseSensitive ?? true);
    this.newlines = this.parsedNewlines = countNewlines(text, 0, text.length);
    this.parsedLength = text.length;
    this.relex(0, text.length, this.placed, this.spans, new LineCursor(text));
  }

  get text(): string {
    return this.current;
  }

  /** Applies changes to the text; the lexing waits until the TODOs are asked for. */
  applyChanges(changes: readonly TextChange[]): void {
    for (const { offset, length, text } of changes) {
      const before = this.current;
      this.newlines += countNewlines(text, 0, text.length) - countNewlines(before, offset, offset + length);
      this.current = before.slice(0, offset) + text + before.slice(offset + length);
      const removedEnd = offset + length;
      const d = this.dirty;
      if (d === null) {
        this.dirty = { start: offset, end: offset + text.length, oldEnd: removedEnd };
        continue;
      }
      // A change after the window takes the unchanged text between them in; one before it moves the window.
      const reach = Math.max(d.end, removedEnd);
      d.oldEnd = reach === d.end ? d.oldEnd : removedEnd - (d.end - d.oldEnd);
      d.start = Math.min(d.start, offset);
      d.end = reach + text.length - length;
    }
    if (changes.length > 0) this.list = null;
  }

  /** The TODOs of the current text, as parseTodos would return them. */
  todos(): readonly ParsedTodo[] {
    if (this.dirty !== null) this.update(this.dirty);
    this.list ??= this.placed.map((p) => p.todo);
    return this.list;
  }

  private update(d: Dirty): void {
    this.dirty = null;
    const text = this.current;
    const delta = d.end - d.oldEnd;
    const oldSpans = this.spans;
    // The restart: the line start of the edit, moved back while an old block comment or string spans it.
    let from = lineStartOf(text, d.start);
    for (let s = this.spanAcross(oldSpans, from); s >= 0; s = this.spanAcross(oldSpans, from)) from = lineStartOf(text, oldSpans[2 * s]);
    const keepTodos = lowerBound(this.placed.length, (i) => this.placed[i].at, from);
    const keepSpans = lowerBound(oldSpans.length / 2, (i) => oldSpans[2 * i], from);
    const anchor = keepTodos > 0 ? this.placed[keepTodos - 1] : null;
    const cursor = anchor ? new LineCursor(text, anchor.todo.comment.line, anchor.at - anchor.todo.comment.character) : new LineCursor(text);
    const todos = this.placed.slice(0, keepTodos);
    const spans = oldSpans.slice(0, 2 * keepSpans);
    // The convergence: a line start past the edit that no old span crosses and that the new lexing reaches in code.
    let pos = from;
    let until: number;
    for (;;) {
      until = lineStartFrom(text, Math.max(pos, d.end + 1));
      for (let s = until < text.length ? this.spanAcross(oldSpans, until - delta) : -1; s >= 0; s = until < text.length ? this.spanAcross(oldSpans, until - delta) : -1) {
        until = lineStartFrom(text, oldSpans[2 * s + 1] + delta);
      }
      const lastEnd = this.relex(pos, until, todos, spans, cursor);
      if (lastEnd <= until || until >= text.length) break;
      pos = lastEnd;
    }
    const oldUntil = until - delta;
    const lines = this.newlines - this.parsedNewlines;
    for (let i = lowerBound(this.placed.length, (j) => this.placed[j].at, oldUntil); i < this.placed.length; i++) {
      const p = this.placed[i];
      todos.push({ todo: shiftTodo(p.todo, lines), at: p.at + delta });
    }
    for (let i = lowerBound(oldSpans.length / 2, (j) => oldSpans[2 * j], oldUntil); 2 * i < oldSpans.length; i++) spans.push(oldSpans[2 * i] + delta, oldSpans[2 * i + 1] + delta);
    this.placed = todos;
    this.spans = spans;
    this.parsedNewlines = this.newlines;
    this.parsedLength = text.length;
  }

  /** Lexes the tokens starting in `from`..`until` (exclusive); returns the end of the last one. */
  private relex(from: number, until: number, todos: PlacedTodo[], spans: number[], cursor: LineCursor): number {
    const text = this.current;
    const parser = new CommentTodoParser(text, this.languageId, this.matcher, cursor);
    const found: ParsedTodo[] = [];
    return lexCommentsFrom(
      text,
      parser.compiled,
      from,
      until - 1,
      (start, contentStart, contentEnd, end, closer) => {
        const hits = parser.hitsIn(contentStart, contentEnd);
        if (hits.positions.length === 0) return;
        found.length = 0;
        parser.push(hits, 0, hits.positions.length, start, contentStart, contentEnd, end, closer, found);
        for (const todo of found) todos.push({ todo, at: start });
      },
      (start, end) => spans.push(start, end),
    );
  }

  /**
   * Index of the old span that crosses `offset` (starts before it and ends after it), or -1. A span that ends at the
   * end of the old text is unterminated: text added at the end would have gone on inside it.
   */
  private spanAcross(spans: readonly number[], offset: number): number {
    const i = lowerBound(spans.length / 2, (j) => spans[2 * j], offset) - 1;
    return i >= 0 && (spans[2 * i + 1] > offset || spans[2 * i + 1] === this.parsedLength) ? i : -1;
  }
}
