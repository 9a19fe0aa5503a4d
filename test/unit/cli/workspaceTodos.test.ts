import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readTodoSettings, scanTodos } from '../../../src/cli/workspaceTodos';

describe('the CLI TODO scan', () => {
  let root: string;
  beforeEach(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-cli-todos-'))));
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  function write(file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }

  it('uses the editor defaults without a settings file', () => {
    const settings = readTodoSettings(root);
    assert.deepEqual(settings.tags, ['TODO', 'FIXME', 'BUG', 'HACK', 'XXX']);
    assert.ok(settings.exclude.includes('**/node_modules'));
  });

  it('takes tags and excludes from .vscode/settings.json, comments and all', () => {
    write('.vscode/settings.json', '{\n  // team tags\n  "releaseReadiness.todo.tags": ["NOTE"],\n  "releaseReadiness.todo.exclude": ["gen/**"],\n  "files.exclude": { "**/*.tmp": true, "keep/**": false },\n}\n');
    const settings = readTodoSettings(root);
    assert.deepEqual(settings.tags, ['NOTE']);
    assert.ok(settings.exclude.includes('gen/**') && settings.exclude.includes('**/*.tmp'));
    assert.ok(!settings.exclude.includes('keep/**'));
  });

  it('finds the TODOs the editor would, leaving out excluded and ignored files', async () => {
    write('.vscode/settings.json', '{ "releaseReadiness.todo.exclude": ["gen/**"] }');
    write('.gitignore', 'ignored.ts\n');
    write('src/a.ts', 'const a = 1; // TODO(#12): first\n// FIXME: second\n');
    write('gen/b.ts', '// TODO: generated\n');
    write('ignored.ts', '// TODO: ignored\n');
    write('node_modules/x/index.js', '// TODO: dependency\n');
    const todos = await scanTodos(root);
    assert.deepEqual(todos.map((t) => `${t.file}:${t.line} ${t.tag} ${t.ref?.number ?? '-'} ${t.text}`), ['src/a.ts:0 TODO 12 first', 'src/a.ts:1 FIXME - second']);
  });
});
