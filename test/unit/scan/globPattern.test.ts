import * as assert from 'node:assert/strict';
import { ExcludeGlobs } from '../../../src/scan/globPattern';
import { isIgnored, parseGitignore } from '../../../src/scan/gitignore';

describe('ExcludeGlobs (VS Code globs)', () => {
  const table: [string, string, boolean, boolean][] = [
    // glob, path, isDirectory, excluded
    ['**/node_modules', 'node_modules', true, true],
    ['**/node_modules', 'a/b/node_modules', true, true],
    ['**/node_modules', 'a/node_modules_x', true, false],
    ['out/**', 'out', true, true],
    ['out/**', 'out/a/b.js', false, true],
    ['out/**', 'src/out/a.js', false, false],
    ['**/*.min.js', 'a/b/c.min.js', false, true],
    ['**/*.min.js', 'c.min.js', false, true],
    ['*.log', 'x.log', false, true],
    ['*.log', 'a/x.log', false, false],
    ['**/*.{png,jpg}', 'img/a.jpg', false, true],
    ['**/*.{png,jpg}', 'img/a.gif', false, false],
    ['{docs,examples}/**', 'examples/a.ts', false, true],
    ['{**/gen,build}', 'x/gen', true, true],
    ['src/?.ts', 'src/a.ts', false, true],
    ['src/?.ts', 'src/ab.ts', false, false],
    ['src/[abc].ts', 'src/b.ts', false, true],
    ['src/[!abc].ts', 'src/b.ts', false, false],
    ['src/[!abc].ts', 'src/d.ts', false, true],
    ['./vendor/', 'vendor', true, true],
    ['/vendor', 'vendor', true, true],
    ['a.b', 'axb', false, false],
  ];
  for (const [glob, path, isDirectory, excluded] of table) {
    it(`${glob} ${excluded ? 'excludes' : 'keeps'} ${path}${isDirectory ? '/' : ''}`, () => {
      assert.equal(new ExcludeGlobs([glob]).excludes(path, isDirectory), excluded);
    });
  }

  it('excludes nothing without globs', () => assert.equal(new ExcludeGlobs([]).excludes('a', false), false));
});

describe('gitignore rules', () => {
  const check = (content: string, path: string, isDirectory = false, base = ''): boolean =>
    isIgnored([parseGitignore(content, base)], path, path.slice(path.lastIndexOf('/') + 1), isDirectory);

  it('matches a name at any depth', () => assert.equal(check('*.log', 'a/b/x.log'), true));
  it('anchors a leading slash to its directory', () => {
    assert.equal(check('/x.ts', 'x.ts'), true);
    assert.equal(check('/x.ts', 'a/x.ts'), false);
  });
  it('anchors a pattern with a slash inside', () => {
    assert.equal(check('doc/frotz', 'doc/frotz'), true);
    assert.equal(check('doc/frotz', 'a/doc/frotz'), false);
  });
  it('matches directories only with a trailing slash', () => {
    assert.equal(check('build/', 'build', true), true);
    assert.equal(check('build/', 'build', false), false);
  });
  it('lets the last matching line win, so ! re-includes', () => {
    assert.equal(check('*.log\n!keep.log', 'keep.log'), false);
    assert.equal(check('!keep.log\n*.log', 'keep.log'), true);
  });
  it('understands **', () => {
    assert.equal(check('**/gen', 'a/b/gen', true), true);
    assert.equal(check('a/**/z', 'a/z'), true);
    assert.equal(check('a/**/z', 'a/b/c/z'), true);
    assert.equal(check('a/**', 'a/b/c'), true);
  });
  it('skips comments and blank lines, and honours escapes', () => {
    assert.equal(check('# x.ts\n\n', 'x.ts'), false);
    assert.equal(check('\\#hash', '#hash'), true);
    assert.equal(check('\\!bang', '!bang'), true);
    assert.equal(check('trail\\ ', 'trail '), true);
    assert.equal(check('spaces   ', 'spaces'), true);
  });
  it('reads CRLF files', () => assert.equal(check('a.ts\r\nb.ts\r\n', 'b.ts'), true));
  it('applies a nested file below its directory only', () => {
    assert.equal(check('/x.ts', 'sub/x.ts', false, 'sub'), true);
    assert.equal(check('y/x.ts', 'sub/y/x.ts', false, 'sub'), true);
  });
  it('lets a deeper file override a shallower one', () => {
    const layers = [parseGitignore('*.gen.ts', ''), parseGitignore('!keep.gen.ts', 'sub')];
    assert.equal(isIgnored(layers, 'sub/keep.gen.ts', 'keep.gen.ts', false), false);
    assert.equal(isIgnored(layers, 'sub/other.gen.ts', 'other.gen.ts', false), true);
  });
});
