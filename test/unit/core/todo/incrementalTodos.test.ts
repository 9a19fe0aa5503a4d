import * as assert from 'node:assert/strict';
import { TodoDocument, type TextChange } from '../../../../src/core/todo/incrementalTodos';
import { KNOWN_LANGUAGE_IDS } from '../../../../src/core/todo/commentSyntax';
import { DEFAULT_TODO_TAGS, parseTodos } from '../../../../src/core/todo/todoParser';
import { seededRandom } from '../../../seededRandom';

const options = { tags: DEFAULT_TODO_TAGS };

// Pieces that open and close comments and strings in the languages below, tags, references and line breaks.
const PIECES = [
  '/*', '*/', '/**', '//', '#', '--', '--[[', ']]', '<!--', '-->', '(*', '*)', '{-', '-}', '/+', '+/',
  '"', "'", '`', '"""', "'''", '${', '}', '\\', '/', '/x/g', 'return /a/', "'a'", "'\\n'", "'\uD83D\uDE00'", '\uD83D',
  '\n', '\n', '\n', '\r\n', ' ', '  ', '\t', 'x', 'foo();', 'let s = ', '* ',
  'TODO', 'TODO(#12) fix it', 'FIXME: #7 later', 'HACK', 'XXX', 'BUG(owner/repo#3)', 'TODO(@alice) x', 'TODONOW', 'todo',
  '// TODO(#4) one\n', '/* FIXME two */', '# TODO three\n', '"// TODO not"',
];

function piece(rand: () => number): string {
  let s = '';
  const n = 1 + Math.floor(rand() * 3);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

function randomText(rand: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += piece(rand);
  return s;
}

function randomChange(rand: () => number, length: number): TextChange {
  const offset = Math.floor(rand() * (length + 1));
  const remove = rand() < 0.4 ? Math.min(length - offset, Math.floor(rand() * 12)) : 0;
  return { offset, length: remove, text: rand() < 0.15 ? '' : piece(rand) };
}

function apply(text: string, change: TextChange): string {
  return text.slice(0, change.offset) + change.text + text.slice(change.offset + change.length);
}

/** Several changes in one event, as a multi-cursor edit reports them: last in the text first. */
function multiCursorChanges(rand: () => number, text: string): TextChange[] {
  const changes: TextChange[] = [];
  let limit = text.length;
  for (let i = 0; i < 3 && limit > 0; i++) {
    const offset = Math.floor(rand() * limit);
    const remove = Math.min(limit - offset, Math.floor(rand() * 4));
    changes.push({ offset, length: remove, text: piece(rand) });
    limit = offset;
  }
  return changes;
}

function runEdits(languageId: string, seed: number, edits: number): void {
  const rand = seededRandom(seed);
  let text = randomText(rand, 60);
  const doc = new TodoDocument(text, languageId, options);
  assert.deepEqual(doc.todos(), parseTodos(text, languageId, options), `${languageId} seed ${seed}: the first parse`);
  for (let i = 0; i < edits; i++) {
    // Sometimes several events arrive before the TODOs are asked for: the changed windows are merged.
    const events = rand() < 0.2 ? 2 + Math.floor(rand() * 3) : 1;
    for (let e = 0; e < events; e++) {
      const changes = rand() < 0.15 ? multiCursorChanges(rand, text) : [randomChange(rand, text.length)];
      for (const change of changes) text = apply(text, change);
      doc.applyChanges(changes);
    }
    assert.equal(doc.text, text, `${languageId} seed ${seed}, edit ${i}: the text`);
    assert.deepEqual(doc.todos(), parseTodos(text, languageId, options), `${languageId} seed ${seed}, edit ${i}: ${JSON.stringify(text)}`);
  }
}

describe('TodoDocument (incremental TODO parsing)', () => {
  it('equals a full parse after each of 1,000 random edits (TypeScript: block comments, template strings, regexes)', () => {
    runEdits('typescript', 1, 1000);
  });

  for (const [languageId, seed] of [
    ['c', 2],
    ['python', 3],
    ['lua', 4],
    ['html', 5],
    ['rust', 6],
    ['haskell', 7],
    ['fsharp', 8],
    ['ruby', 9],
    ['markdown', 10],
    ['plaintext', 11],
  ] as const) {
    it(`equals a full parse after each of 300 random edits (${languageId})`, () => runEdits(languageId, seed, 300));
  }

  it('equals a full parse after 40 random edits in each known language', () => {
    [...KNOWN_LANGUAGE_IDS].forEach((languageId, i) => runEdits(languageId, 100 + i, 40));
  });

  it('extends a string left open at the end of the text when text is added after it', () => {
    const text = 'x();\n"open\n';
    const doc = new TodoDocument(text, 'rust', options);
    doc.applyChanges([{ offset: text.length, length: 0, text: '" // TODO(#9) after\n' }]);
    assert.deepEqual(doc.todos(), parseTodos(doc.text, 'rust', options));
    assert.deepEqual(doc.todos().map((t) => t.ref?.number), [9], 'the quote closes the string: the comment after it counts');
  });

  it('moves the TODOs below an edit by its line delta and keeps those above', () => {
    const lines = Array.from({ length: 200 }, (_, i) => (i % 10 === 0 ? `// TODO(#${i}) line ${i}` : `code(${i});`));
    const text = lines.join('\n');
    const doc = new TodoDocument(text, 'typescript', options);
    const before = doc.todos();
    const at = text.indexOf('code(55);');
    doc.applyChanges([{ offset: at, length: 0, text: 'a();\nb();\n' }]);
    const after = doc.todos();
    assert.equal(after.length, before.length);
    assert.deepEqual(after.slice(0, 6), before.slice(0, 6));
    assert.deepEqual(after.slice(6).map((t) => t.line), before.slice(6).map((t) => t.line + 2));
  });

  it('opening a block comment above TODOs hides them, closing it shows them again', () => {
    const text = 'a();\n// TODO(#1) x\nb();\n// TODO(#2) y\n';
    const doc = new TodoDocument(text, 'typescript', options);
    assert.equal(doc.todos().length, 2);
    doc.applyChanges([{ offset: 0, length: 0, text: '"' }]);
    assert.equal(doc.todos().length, 2, 'an unterminated string ends at its line');
    doc.applyChanges([{ offset: 0, length: 1, text: '`' }]);
    assert.equal(doc.todos().length, 0, 'an unterminated template string runs to the end');
    doc.applyChanges([{ offset: doc.text.indexOf('b();'), length: 0, text: '`' }]);
    assert.deepEqual(doc.todos().map((t) => t.ref?.number), [2]);
    doc.applyChanges([{ offset: 0, length: 1, text: '' }]);
    assert.deepEqual(doc.todos().map((t) => t.ref?.number), [1], 'the template string now opens above #2');
  });

  it('a lone high surrogate in a character literal does not reach into the next line', () => {
    const text = "x = '\uD83D\n' // TODO(#5) z\n";
    assert.deepEqual(new TodoDocument(text, 'c', options).todos(), parseTodos(text, 'c', options));
  });
});
