import * as assert from 'node:assert/strict';
import { KNOWN_LANGUAGE_IDS } from '../../../../src/core/todo/commentSyntax';
import { DEFAULT_TODO_TAGS, MAX_TEXT, parseTodos, type ParsedTodo } from '../../../../src/core/todo/todoParser';
import { TODO_CASES, type TodoCase } from './todoCases';

const tags = DEFAULT_TODO_TAGS;
const withoutComment = ({ comment: _comment, ...rest }: ParsedTodo): Omit<ParsedTodo, 'comment'> => rest;

function expected(c: TodoCase, src: string): Omit<ParsedTodo, 'comment'>[] {
  const lines = src.split(/\r?\n/);
  return c.expect.map((e) => {
    const character = e.at ?? lines[e.line].indexOf(e.covers);
    assert.equal(lines[e.line].slice(character, character + e.covers.length), e.covers, `case "${c.name}": line ${e.line} has no "${e.covers}"`);
    return { tag: e.tag, text: e.text, ref: e.ref, line: e.line, character, endLine: e.line, endCharacter: character + e.covers.length };
  });
}

describe('parseTodos', () => {
  it('has a case table of at least 160 cases over at least 30 languages', () => {
    assert.ok(TODO_CASES.length >= 160, `${TODO_CASES.length} cases`);
    assert.ok(new Set(TODO_CASES.map((c) => c.lang)).size >= 30);
    assert.ok(TODO_CASES.some((c) => c.expect.length === 0), 'has negative cases');
  });

  for (const [label, lineBreak] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    describe(`case table (${label})`, () => {
      for (const c of TODO_CASES) {
        it(`${c.lang}: ${c.name}`, () => {
          const src = c.src.replace(/\n/g, lineBreak);
          const actual = parseTodos(src, c.lang, { tags: c.tags ?? tags, caseSensitive: c.caseSensitive });
          assert.deepEqual(actual.map(withoutComment), expected(c, src));
        });
      }
    });
  }

  it('counts characters in UTF-16 code units, as VS Code does', () => {
    const [todo] = parseTodos('const s = "😀"; // TODO: x', 'typescript', { tags });
    assert.deepEqual([todo.line, todo.character, todo.endLine, todo.endCharacter], [0, 19, 0, 26]);
  });

  it('gives exact positions on CRLF lines, without the carriage return', () => {
    const src = 'a();\r\n// TODO: one\r\n/*\r\n * FIXME: two\r\n */\r\n';
    const found = parseTodos(src, 'typescript', { tags });
    assert.deepEqual(
      found.map((t) => [t.line, t.character, t.endLine, t.endCharacter, t.text]),
      [
        [1, 3, 1, 12, 'one'],
        [3, 3, 3, 13, 'two'],
      ],
    );
  });

  it('reports the enclosing comment, markers included', () => {
    const src = 'x();\n/*\n * TODO: inner\n */\ny(); // FIXME: tail';
    const [block, line] = parseTodos(src, 'typescript', { tags });
    assert.deepEqual(block.comment, { kind: 'block', line: 1, character: 0, endLine: 3, endCharacter: 3 });
    assert.deepEqual(line.comment, { kind: 'line', line: 4, character: 5, endLine: 4, endCharacter: 19 });
  });

  it('stops the text of a huge one-line comment at MAX_TEXT characters', () => {
    const [todo] = parseTodos(`// TODO: ${'x'.repeat(5000)}`, 'typescript', { tags });
    assert.equal(todo.endCharacter - todo.character, 'TODO'.length + MAX_TEXT);
    assert.equal(todo.text, 'x'.repeat(MAX_TEXT - 2));
  });

  it('does not cut a surrogate pair at the MAX_TEXT limit', () => {
    const [todo] = parseTodos(`// TODO ${'x'.repeat(MAX_TEXT - 2)}😀 tail`, 'typescript', { tags });
    assert.equal(todo.text, 'x'.repeat(MAX_TEXT - 2));
  });

  it('finds TODOs deep in a large file and none in its strings', () => {
    const lines = Array.from({ length: 10000 }, (_, i) => `const s${i} = "TODO: ${i} // TODO in a string";`);
    lines[9998] = '  // FIXME(#42): near the end';
    const found = parseTodos(lines.join('\n'), 'typescript', { tags });
    assert.deepEqual(
      found.map((t) => [t.line, t.tag, t.text, t.ref?.number]),
      [[9998, 'FIXME', 'near the end', 42]],
    );
  });

  it('handles minified code: one long line with many strings', () => {
    const line = `${'var a="x",b=\'y\';'.repeat(20000)}/* TODO: at the end */`;
    const [todo] = parseTodos(line, 'javascript', { tags });
    assert.equal(todo.character, line.indexOf('TODO'));
    assert.equal(todo.text, 'at the end');
  });

  it('returns nothing for a text without any tag, whatever the language', () => {
    for (const lang of KNOWN_LANGUAGE_IDS) assert.deepEqual(parseTodos('// nothing here\n# nor here', lang, { tags }), []);
  });

  it('knows comment syntax for at least 30 languages, including the usual ones', () => {
    const required = 'typescript javascript python shellscript html xml sql lua clojure lisp c cpp csharp java go rust swift kotlin scala php ruby perl r yaml toml ini dockerfile makefile css scss less haskell elm erlang elixir fsharp ocaml vb powershell bat markdown vue svelte dart groovy julia matlab octave fortran latex vim';
    for (const id of required.split(' ')) assert.ok(KNOWN_LANGUAGE_IDS.includes(id), id);
  });
});
