import * as assert from 'node:assert/strict';
import { relocateTodo, todoOnLine, type TodoSighting } from '../../../../src/core/todo/todoRelocate';

const todo = (line: number, text: string, fields: Partial<TodoSighting> = {}): TodoSighting => ({ line, character: 2, tag: 'TODO', text, ref: null, ...fields });

describe('todoRelocate', () => {
  it('keeps a TODO that did not move', () => {
    const current = [todo(3, 'a'), todo(5, 'b')];
    assert.equal(relocateTodo(current, todo(5, 'b')), current[1]);
  });

  it('follows a TODO that moved, to the nearest copy', () => {
    const current = [todo(1, 'b'), todo(9, 'b'), todo(30, 'b')];
    assert.equal(relocateTodo(current, todo(7, 'b')), current[1]);
  });

  it('is null when the TODO was edited, retagged or tracked meanwhile', () => {
    assert.equal(relocateTodo([todo(5, 'b!')], todo(5, 'b')), null);
    assert.equal(relocateTodo([todo(5, 'b', { tag: 'FIXME' })], todo(5, 'b')), null);
    assert.equal(relocateTodo([todo(5, 'b', { ref: { number: 3, raw: '#3' } })], todo(5, 'b')), null);
  });

  it('finds the TODO on a line', () => {
    const todos = [todo(3, 'a'), todo(5, 'b')];
    assert.equal(todoOnLine(todos, 5), todos[1]);
    assert.equal(todoOnLine(todos, 4), null);
  });
});
