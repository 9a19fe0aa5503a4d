// Text edits on TODO comments: rewrite the header to the canonical `TAG(#N)` form once an issue tracks it ("Track
// TODO as Issue"), and remove a TODO comment. Plain objects; the VS Code adapter turns them into a WorkspaceEdit.
import { parseTodos, readTodoHeader, type ParsedTodo, type TextRange, type TodoParseOptions } from './todoParser';

export interface TextEditSpec {
  readonly range: TextRange;
  readonly newText: string;
}

/** Where a TODO is: its line and the character of its tag (a TodoItem or ParsedTodo fits). */
export interface TodoPosition {
  readonly line: number;
  readonly character: number;
  readonly tag: string;
}

/**
 * The edit that turns the TODO's tag and any leading reference into `TAG(#N)`, keeping the tag as written and the
 * text: `// FIXME: leak` → `// FIXME(#12): leak`, `# TODO(@ann) #3 - x` → `# TODO(#12): x`. A reference written
 * later in the text stays. Returns null when `lineText` no longer holds the tag at `todo.character`.
 */
export function canonicalizeTodo(lineText: string, todo: TodoPosition, issueNumber: number): TextEditSpec | null {
  const start = todo.character;
  const written = lineText.slice(start, start + todo.tag.length);
  if (written.toLowerCase() !== todo.tag.toLowerCase()) return null;
  const header = readTodoHeader(lineText, start + written.length, lineText.length);
  const hasText = header.textEnd > header.textStart;
  const end = hasText ? header.textStart : header.rangeEnd;
  return {
    range: { line: todo.line, character: start, endLine: todo.line, endCharacter: end },
    newText: `${written}(#${issueNumber})${hasText ? ': ' : ''}`,
  };
}

const isBlank = (s: string): boolean => s.trim().length === 0;
/** Comment markers and decoration only, e.g. ` * `, `/**`, `-->`. */
const isDecorationOnly = (s: string): boolean => /^[\s*/#!;%\-+=|<>~'"{}()[\]@]*$/.test(s);

function splitLines(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

function wholeLines(lines: readonly string[], first: number, last: number): TextRange {
  if (last + 1 < lines.length) return { line: first, character: 0, endLine: last + 1, endCharacter: 0 };
  if (first > 0) return { line: first - 1, character: lines[first - 1].length, endLine: last, endCharacter: lines[last].length };
  return { line: first, character: 0, endLine: last, endCharacter: lines[last].length };
}

/** Removes a comment that sits on one line, with the blanks that separated it from the code. */
function removeOnOneLine(lines: readonly string[], line: number, from: number, to: number): TextRange {
  const text = lines[line];
  const before = text.slice(0, from);
  const after = text.slice(to);
  if (isBlank(before) && isBlank(after)) return wholeLines(lines, line, line);
  const blanksBefore = before.length - before.trimEnd().length;
  const blanksAfter = after.length - after.trimStart().length;
  // `code(); // x` and `a /* x */ b` lose the blanks before; `/* x */ code` and `f(/* x */ y)` the blanks after.
  if (blanksBefore > 0 && !isBlank(before)) return { line, character: from - blanksBefore, endLine: line, endCharacter: isBlank(after) ? text.length : to };
  return { line, character: from, endLine: line, endCharacter: to + blanksAfter };
}

/**
 * The edit that removes the TODO at `at` (its line and tag character): the whole line when the line holds nothing
 * but that comment, the comment only when code shares the line, the TODO's line when it is one line of a longer
 * block comment, the whole block when the TODO is all the block says. Null when no TODO is there any more.
 */
export function removeTodoEdit(
  documentText: string,
  languageId: string,
  at: { readonly line: number; readonly character: number },
  options: TodoParseOptions,
): TextEditSpec | null {
  const todo = parseTodos(documentText, languageId, options).find((t) => t.line === at.line && t.character === at.character);
  if (todo === undefined) return null;
  return { range: removalRange(splitLines(documentText), todo), newText: '' };
}

function removalRange(lines: readonly string[], todo: ParsedTodo): TextRange {
  const c = todo.comment;
  if (c.line === c.endLine) return removeOnOneLine(lines, c.line, c.character, c.endCharacter);
  const outsideBlank = isBlank(lines[c.line].slice(0, c.character)) && isBlank(lines[c.endLine].slice(c.endCharacter));
  const otherText = [];
  for (let l = c.line; l <= c.endLine; l++) {
    let text = lines[l];
    if (l === c.endLine) text = text.slice(0, c.endCharacter);
    if (l === todo.line) text = text.slice(0, todo.character) + text.slice(todo.endCharacter);
    if (l === c.line) text = text.slice(c.character);
    otherText.push(text);
  }
  if (outsideBlank && otherText.every(isDecorationOnly)) return wholeLines(lines, c.line, c.endLine);
  if (todo.line > c.line && todo.line < c.endLine) return wholeLines(lines, todo.line, todo.line);
  return { line: todo.line, character: todo.character, endLine: todo.line, endCharacter: todo.endCharacter };
}
