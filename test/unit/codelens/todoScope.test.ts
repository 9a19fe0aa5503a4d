import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TodoScope } from '../../../src/codelens/todoScope';

describe('TodoScope', () => {
  let root: string;

  const write = (rel: string, text: string) => {
    const file = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-scope-'));
    write('.gitignore', 'dist/\n*.log\n');
    write('src/.gitignore', 'generated.ts\n!keep.log\n');
    write('.git/info/exclude', 'secret.ts\n');
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  const read = (rel: string) => fs.promises.readFile(path.join(root, ...rel.split('/')), 'utf8').catch(() => null);

  it('includes an ordinary file', async () => {
    assert.equal(await new TodoScope(read, []).includes('src/app.ts'), true);
  });

  it('applies exclude globs to the file and every folder above it', async () => {
    const scope = new TodoScope(read, ['**/node_modules', 'out/**', '**/*.min.js']);
    assert.equal(await scope.includes('node_modules/x/index.js'), false);
    assert.equal(await scope.includes('a/node_modules/x.ts'), false);
    assert.equal(await scope.includes('out/main.js'), false);
    assert.equal(await scope.includes('lib/app.min.js'), false);
    assert.equal(await scope.includes('lib/app.js'), true);
    assert.equal(scope.excludedByGlobs('.git/config'), true);
  });

  it('honours root and nested .gitignore files, negation and .git/info/exclude', async () => {
    const scope = new TodoScope(read, []);
    assert.equal(await scope.includes('dist/app.js'), false);
    assert.equal(await scope.includes('build.log'), false);
    assert.equal(await scope.includes('src/generated.ts'), false);
    assert.equal(await scope.includes('src/keep.log'), true);
    assert.equal(await scope.includes('secret.ts'), false);
    assert.equal(await scope.includes('lib/generated.ts'), true);
  });

  it('ignores .gitignore when asked to, and re-reads it after forgetGitignores', async () => {
    assert.equal(await new TodoScope(read, [], false).includes('dist/app.js'), true);
    const scope = new TodoScope(read, []);
    assert.equal(await scope.includes('notes.txt'), true);
    assert.equal(scope.known('notes.txt'), true);
    write('.gitignore', 'notes.txt\n');
    assert.equal(await scope.includes('notes.txt'), true, 'cached until told');
    scope.forgetGitignores();
    assert.equal(scope.known('notes.txt'), undefined);
    assert.equal(await scope.includes('notes.txt'), false);
  });
});
