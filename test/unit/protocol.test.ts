import * as assert from 'node:assert/strict';
import { isHostMessage, parsePanelMessage } from '../../src/protocol';

describe('report panel protocol', () => {
  it('accepts the panel messages it knows, and only their fields', () => {
    assert.deepEqual(parsePanelMessage({ type: 'ready', extra: '<script>' }), { type: 'ready' });
    assert.deepEqual(parsePanelMessage({ type: 'openIssue', number: 16 }), { type: 'openIssue', number: 16 });
    assert.deepEqual(parsePanelMessage({ type: 'openTodo', file: 'src/tax.ts', line: 9 }), { type: 'openTodo', file: 'src/tax.ts', line: 9 });
    assert.deepEqual(parsePanelMessage({ type: 'export' }), { type: 'export' });
    assert.deepEqual(parsePanelMessage({ type: 'refresh' }), { type: 'refresh' });
  });

  it('drops anything malformed', () => {
    for (const bad of [null, 'ready', 42, {}, { type: 'openIssue' }, { type: 'openIssue', number: '16' }, { type: 'openIssue', number: 1.5 }, { type: 'openIssue', number: -1 },
      { type: 'openTodo', file: '', line: 1 }, { type: 'openTodo', file: 'a.ts', line: 0 }, { type: 'openTodo', file: 42, line: 1 }, { type: 'runCommand', command: 'rm' }]) {
      assert.equal(parsePanelMessage(bad), null, JSON.stringify(bad));
    }
  });

  it('recognises the host message on the panel side', () => {
    assert.equal(isHostMessage({ type: 'report', report: null, status: 'Loading' }), true);
    assert.equal(isHostMessage({ type: 'report', report: {} }), true);
    assert.equal(isHostMessage({ type: 'report' }), false);
    assert.equal(isHostMessage({ type: 'other', report: null }), false);
    assert.equal(isHostMessage(undefined), false);
  });
});
