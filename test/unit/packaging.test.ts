import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { fromRoot, repoRoot } from '../repoRoot';

// vsce walks every file before applying .vscodeignore; on a checkout with node_modules, the code-server cache and
// the benchmark corpus that takes a minute. A copy without those folders has the same package contents.
const HEAVY = new Set(['node_modules', '.vscode-test', '.bench', '.git', 'out', 'test-results']);

// What a user needs in the .vsix, and nothing else (no sources, tests, demo, node_modules or source maps). The
// translations (package.nls*.json, l10n/) are part of what a user needs.
const ALLOWED = [/^dist\/extension\.js$/, /^dist\/web\/extension\.js$/, /^dist\/cli\.js$/, /^dist\/todoScanWorker\.js$/, /^dist\/webview\/[\w.-]+\.(js|css)$/, /^media\/(?!screenshots\/)/, /^(package\.json|README\.md|CHANGELOG\.md|LICENSE)$/, /^package\.nls(\.[\w-]+)?\.json$/, /^l10n\/bundle\.l10n(\.[\w-]+)?\.json$/];
/** The budget is the .vsix (a zip): each file deflated, plus its zip headers. */
const MAX_VSIX_BYTES = 2 * 1024 * 1024;
/** And before compression, so a development build (not minified) cannot grow without notice either. */
const MAX_CONTENT_BYTES = 4 * 1024 * 1024;
const ZIP_ENTRY_OVERHEAD = 128;

describe('the .vsix package (vsce ls)', function () {
  this.timeout(180000);
  let files: string[];

  before(function () {
    if (!fs.existsSync(fromRoot('dist', 'extension.js'))) this.skip();
    const vsce = fromRoot('node_modules', '@vscode', 'vsce', 'vsce');
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-vsce-'));
    for (const entry of fs.readdirSync(repoRoot)) {
      if (!HEAVY.has(entry)) fs.cpSync(path.join(repoRoot, entry), path.join(copy, entry), { recursive: true });
    }
    try {
      const output = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: copy, encoding: 'utf8' });
      files = output.split('\n').map((l) => l.trim()).filter(Boolean);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it('holds only the bundles, media, the manifest and the docs', () => {
    const unexpected = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert.deepEqual(unexpected, []);
    for (const required of ['dist/extension.js', 'dist/web/extension.js', 'package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'media/icon.png', 'package.nls.json', 'l10n/bundle.l10n.json']) {
      assert.ok(files.includes(required), `${required} missing from the package`);
    }
  });

  it('stays under 2 MB as a .vsix, and under 4 MB before compression', () => {
    const contents = files.map((file) => fs.readFileSync(fromRoot(file)));
    const total = contents.reduce((sum, bytes) => sum + bytes.length, 0);
    const zipped = contents.reduce((sum, bytes, i) => sum + deflateRawSync(bytes).length + ZIP_ENTRY_OVERHEAD + 2 * files[i].length, 0);
    assert.ok(zipped < MAX_VSIX_BYTES, `the .vsix would be about ${zipped} bytes`);
    assert.ok(total < MAX_CONTENT_BYTES, `package content is ${total} bytes`);
  });
});
