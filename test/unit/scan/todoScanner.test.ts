import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TodoItem } from '../../../src/core/model';
import { disposeScanPools } from '../../../src/scan/scanPool';
import { scanFile, scanWorkspace, type ScanOptions, type ScanProgress } from '../../../src/scan/todoScanner';

const tags = ['TODO', 'FIXME', 'BUG', 'HACK', 'XXX'];

function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

const summary = (todos: readonly TodoItem[]): string[] => todos.map((t) => `${t.file}:${t.line}:${t.character} ${t.tag} ${t.text}`);

describe('scanWorkspace', function () {
  this.timeout(20000);
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-todo-scan-'));
    writeTree(root, {
      '.gitignore': '# generated\nbuild/\n*.log\n!keep.log\n/root-only.ts\n',
      '.git/info/exclude': 'private.ts\n',
      '.git/HEAD': '// TODO: never scanned\n',
      'src/app.ts': 'const a = 1;\n// TODO(#12): wire up\nconst s = "// TODO: in a string";\n',
      'src/util.py': 'x = 1  # FIXME: floats\n',
      'src/deep/er/mod.go': 'package er\n\n/*\n * HACK: unsafe\n */\n',
      'src/root-only.ts': '// TODO: anchored pattern applies at the root only\n',
      'root-only.ts': '// TODO: ignored\n',
      'private.ts': '// TODO: ignored by .git/info/exclude\n',
      'build/out.js': '// TODO: ignored build output\n',
      'app.log': '# TODO: ignored log\n',
      'keep.log': '# TODO: re-included\n',
      'pkg/.gitignore': '*.gen.ts\n',
      'pkg/api.gen.ts': '// TODO: ignored by the nested .gitignore\n',
      'pkg/index.ts': '// XXX: nested kept\n',
      'other/api.gen.ts': '// TODO: outside the nested .gitignore\n',
      'vendor/lib.js': '// TODO: excluded by a glob\n',
      'docs/guide.md': '<!-- TODO: docs -->\n',
      'assets/logo.png': '// TODO: a binary format, by its extension\n',
      'assets/blob.ts': Buffer.concat([Buffer.from('\x89PNG\0\0// TODO: binary\n'), Buffer.alloc(100, 1)]),
      'assets/late-nul.ts': Buffer.concat([Buffer.from('// TODO: NUL only after 8 KB\n'), Buffer.alloc(9000, 32), Buffer.from([0])]),
      'big/large.ts': `// TODO: too large\n${'x'.repeat(10000)}\n`,
      'crlf.ts': 'a();\r\n// BUG: crlf\r\n',
      'config/tsconfig.json': '{\n  // TODO: jsonc has comments\n}\n',
      'config/data.json': '{\n  // TODO: json has none\n}\n',
      'bom.ts': '\uFEFF// TODO: after a BOM\n',
      'unicode.ts': 'const s = "ü😀"; // TODO: ünïcode\n',
      'long.ts': `${'const filler = 1;\n'.repeat(6000)}// TODO: past the first 64 KB\n`,
    });
  });

  after(() => {
    disposeScanPools();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const options = (extra: Partial<ScanOptions> = {}): ScanOptions => ({ tags, exclude: ['**/vendor/**'], maxFileSize: 10000, ...extra });

  const expected = [
    'assets/late-nul.ts:0:3 TODO NUL only after 8 KB',
    'bom.ts:0:3 TODO after a BOM',
    'config/tsconfig.json:1:5 TODO jsonc has comments',
    'crlf.ts:1:3 BUG crlf',
    'docs/guide.md:0:5 TODO docs',
    'keep.log:0:2 TODO re-included',
    'other/api.gen.ts:0:3 TODO outside the nested .gitignore',
    'pkg/index.ts:0:3 XXX nested kept',
    'src/app.ts:1:3 TODO wire up',
    'src/deep/er/mod.go:3:3 HACK unsafe',
    'src/root-only.ts:0:3 TODO anchored pattern applies at the root only',
    'src/util.py:0:9 FIXME floats',
    'unicode.ts:0:20 TODO ünïcode',
  ];

  it('finds TODO comments, honouring .gitignore files, excludes, binary files and the size limit', async () => {
    assert.deepEqual(summary(await scanWorkspace(root, options())), expected);
  });

  it('gives the same answer on the main thread as in worker threads', async () => {
    const onMain = await scanWorkspace(root, options({ workers: 0 }));
    const inWorkers = await scanWorkspace(root, options({ workers: 2 }));
    assert.deepEqual(onMain, inWorkers);
    assert.deepEqual(summary(onMain), expected);
  });

  it('returns complete TodoItems with workspace-relative paths', async () => {
    const todos = await scanWorkspace(root, options());
    assert.deepEqual(
      todos.find((t) => t.file === 'src/app.ts'),
      { file: 'src/app.ts', line: 1, character: 3, endLine: 1, endCharacter: 21, tag: 'TODO', text: 'wire up', ref: { number: 12, raw: '#12' } },
    );
  });

  it('reads files larger than one read when the limit allows', async () => {
    const todos = await scanWorkspace(root, options({ maxFileSize: 1024 * 1024 }));
    assert.ok(summary(todos).includes('long.ts:6000:3 TODO past the first 64 KB'));
    assert.ok(summary(todos).includes('big/large.ts:0:3 TODO too large'));
  });

  it('scans ignored files when told not to respect .gitignore, but never .git', async () => {
    const files = new Set((await scanWorkspace(root, options({ respectGitignore: false }))).map((t) => t.file));
    for (const file of ['build/out.js', 'app.log', 'root-only.ts', 'private.ts', 'pkg/api.gen.ts']) assert.ok(files.has(file), file);
    assert.ok(![...files].some((f) => f.startsWith('.git/')));
  });

  it('applies exclude globs to directories and files', async () => {
    const files = new Set((await scanWorkspace(root, options({ exclude: ['docs/**', '**/*.py'] }))).map((t) => t.file));
    assert.ok(files.has('vendor/lib.js'));
    assert.ok(!files.has('docs/guide.md'));
    assert.ok(!files.has('src/util.py'));
  });

  it('reports progress, the last time with done: true', async () => {
    const seen: ScanProgress[] = [];
    await scanWorkspace(root, options({ onProgress: (p) => seen.push(p) }));
    const last = seen[seen.length - 1];
    assert.equal(last.done, true);
    assert.equal(last.todos, expected.length);
    assert.equal(last.binary, 2);
    assert.equal(last.tooLarge, 2);
  });

  it('rejects with the error an onProgress callback throws', async () => {
    for (const workers of [0, 2]) {
      const failing = scanWorkspace(root, options({ workers, onProgress: () => {
        throw new Error('progress failed');
      } }));
      await assert.rejects(failing, /progress failed/);
    }
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(scanWorkspace(root, options({ signal: controller.signal })), { name: 'AbortError' });
  });

  it('rejects when aborted during the scan', async () => {
    const big = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-todo-abort-'));
    try {
      for (let d = 0; d < 10; d++) writeTree(big, Object.fromEntries(Array.from({ length: 20 }, (_, f) => [`d${d}/f${f}.ts`, '// TODO: x\n'])));
      for (const workers of [0, 2]) {
        const controller = new AbortController();
        const scan = scanWorkspace(big, options({ workers, signal: controller.signal, onProgress: () => controller.abort() }));
        await assert.rejects(scan, { name: 'AbortError' });
      }
    } finally {
      fs.rmSync(big, { recursive: true, force: true });
    }
  });

  it('skips symbolic links', async function () {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-todo-link-'));
    try {
      writeTree(dir, { 'real/a.ts': '// TODO: real\n' });
      try {
        fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
      } catch {
        this.skip();
      }
      assert.deepEqual(summary(await scanWorkspace(dir, options())), ['real/a.ts:0:3 TODO real']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches tags case-insensitively when asked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-todo-case-'));
    try {
      writeTree(dir, { 'a.ts': '// todo: lower\n// Fixme: mixed\n' });
      assert.deepEqual(summary(await scanWorkspace(dir, options({ caseSensitive: false }))), ['a.ts:0:3 TODO lower', 'a.ts:1:3 FIXME mixed']);
      assert.deepEqual(await scanWorkspace(dir, options()), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a root that is not a folder', async () => {
    await assert.rejects(scanWorkspace(path.join(root, 'src', 'app.ts'), options()), /Not a folder/);
    await assert.rejects(scanWorkspace(path.join(root, 'missing'), options()), { code: 'ENOENT' });
  });
});

describe('scanFile', () => {
  it('parses one file by its path, with `/` separators', () => {
    assert.deepEqual(scanFile('src\\a.py', 'x = 1  # TODO: y\n', { tags }), [
      { file: 'src/a.py', line: 0, character: 9, endLine: 0, endCharacter: 16, tag: 'TODO', text: 'y', ref: null },
    ]);
  });

  it('uses the language of the file name', () => {
    assert.equal(scanFile('a.py', '// TODO: not python\n', { tags }).length, 0);
    assert.equal(scanFile('a.ts', '// TODO: typescript\n', { tags }).length, 1);
  });
});
