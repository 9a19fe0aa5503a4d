import * as assert from 'node:assert/strict';
import { canonicalizeTodo, removeTodoEdit, type TextEditSpec } from '../../../../src/core/todo/canonicalTodo';
import { DEFAULT_TODO_TAGS, parseTodos } from '../../../../src/core/todo/todoParser';

const tags = DEFAULT_TODO_TAGS;

/** Applies a one-range edit to a text, counting lines by `\n` like the edit's positions. */
function apply(text: string, edit: TextEditSpec): string {
  const lines = text.split('\n');
  const offset = (line: number, character: number): number => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0) + character;
  const { range } = edit;
  return text.slice(0, offset(range.line, range.character)) + edit.newText + text.slice(offset(range.endLine, range.endCharacter));
}

function canonical(line: string, lang = 'typescript', issue = 12, caseSensitive = true): string | null {
  const [todo] = parseTodos(line, lang, { tags, caseSensitive });
  assert.ok(todo, `no TODO in ${line}`);
  const edit = canonicalizeTodo(line, todo, issue);
  return edit === null ? null : apply(line, edit);
}

describe('canonicalizeTodo', () => {
  const table: [string, string, string?][] = [
    ['// TODO: fix leak', '// TODO(#12): fix leak'],
    ['// TODO fix leak', '// TODO(#12): fix leak'],
    ['// FIXME - fix leak', '// FIXME(#12): fix leak'],
    ['// TODO', '// TODO(#12)'],
    ['// TODO:', '// TODO(#12)'],
    ['// TODO(#3): moved', '// TODO(#12): moved'],
    ['// TODO(@ann) #3 - split', '// TODO(#12): split'],
    ['// TODO(@ann): split', '// TODO(#12): split'],
    ['// TODO: fix #3 later', '// TODO(#12): fix #3 later'],
    ['// TODO 5: numbered', '// TODO(#12): numbered'],
    ['// TODO GH-5 gh style', '// TODO(#12): gh style'],
    ['// TODO https://github.com/o/r/issues/5 url', '// TODO(#12): url'],
    ['// TODO(o/r#5): other repo', '// TODO(#12): other repo'],
    ['/* TODO: in a block */', '/* TODO(#12): in a block */'],
    ['x(); // HACK: keep code', 'x(); // HACK(#12): keep code'],
    ['# TODO: python', '# TODO(#12): python', 'python'],
    ['<!-- TODO: html -->', '<!-- TODO(#12): html -->', 'html'],
  ];
  for (const [before, after, lang] of table) {
    it(`${before} → ${after}`, () => assert.equal(canonical(before, lang), after));
  }

  it('keeps the tag as written when matched case-insensitively', () => {
    assert.equal(canonical('// todo: lower', 'typescript', 7, false), '// todo(#7): lower');
  });

  it('returns a plain edit on the TODO line', () => {
    const edit = canonicalizeTodo('  // TODO: x', { line: 4, character: 5, tag: 'TODO' }, 9);
    assert.deepEqual(edit, { range: { line: 4, character: 5, endLine: 4, endCharacter: 11 }, newText: 'TODO(#9): ' });
  });

  it('returns null when the line no longer holds the tag there', () => {
    assert.equal(canonicalizeTodo('// nothing', { line: 0, character: 3, tag: 'TODO' }, 1), null);
  });
});

describe('removeTodoEdit', () => {
  function remove(text: string, line: number, lang = 'typescript'): string | null {
    const todo = parseTodos(text, lang, { tags }).find((t) => t.line === line);
    assert.ok(todo, `no TODO on line ${line}`);
    const edit = removeTodoEdit(text, lang, todo, { tags });
    assert.ok(edit);
    assert.equal(edit.newText, '');
    return apply(text, edit);
  }

  it('removes the whole line when the comment is alone on it', () => assert.equal(remove('a();\n  // TODO: x\nb();', 1), 'a();\nb();'));
  it('removes only the comment after code', () => assert.equal(remove('a(); // TODO: x\nb();', 0), 'a();\nb();'));
  it('removes the last line with its line break', () => assert.equal(remove('a();\n// TODO: x', 1), 'a();'));
  it('empties a document that is only the comment', () => assert.equal(remove('// TODO: x', 0), ''));
  it('removes an inline block comment and its space', () => assert.equal(remove('foo(/* TODO: x */ y);', 0), 'foo(y);'));
  it('removes a block comment that only holds the TODO', () => assert.equal(remove('a();\n/*\n * TODO: x\n */\nb();', 2), 'a();\nb();'));
  it('removes one line of a longer block comment', () => {
    assert.equal(remove('/*\n * Explains things.\n * TODO: x\n */', 2), '/*\n * Explains things.\n */');
  });
  it('removes the TODO text from the first line of a longer block', () => {
    assert.equal(remove('/* TODO: x\n * more text\n */', 0), '/* \n * more text\n */');
  });
  it('removes a python comment after code', () => assert.equal(remove('x = 1  # TODO: y\n', 0, 'python'), 'x = 1\n'));
  it('removes an html comment after markup', () => assert.equal(remove('<p>a</p> <!-- TODO: x -->', 0, 'html'), '<p>a</p>'));
  it('keeps CRLF line breaks', () => assert.equal(remove('a\r\n// TODO: x\r\nb', 1), 'a\r\nb'));
  it('returns null when no TODO is at that position', () => {
    assert.equal(removeTodoEdit('// nothing', 'typescript', { line: 0, character: 3 }, { tags }), null);
  });
});
