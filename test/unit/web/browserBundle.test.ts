// The browser entry must run in a web worker: no Node built-in may reach its bundle, whether imported by our code
// or by a dependency. Built here the way esbuild.mjs builds dist/web/extension.js, and the shipped file is checked
// too when a build left one.
import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from '../../repoRoot';

const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** `require("x")` / `import … from "x"` of a Node built-in in a bundle's text. */
export function builtinRequires(bundle: string): string[] {
  const found = new Set<string>();
  for (const match of bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)|\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)) {
    const name = match[1] ?? match[2] ?? match[3];
    if (BUILTINS.has(name) || BUILTINS.has(name.split('/')[0])) found.add(name);
  }
  return [...found].sort();
}

async function buildBrowserEntry(entry: string): Promise<{ text: string; errors: string[] }> {
  try {
    const result = await esbuild.build({
      absWorkingDir: repoRoot,
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      external: ['vscode'],
      write: false,
      logLevel: 'silent',
    });
    return { text: result.outputFiles[0].text, errors: [] };
  } catch (error) {
    const failure = error as esbuild.BuildFailure;
    return { text: '', errors: (failure.errors ?? []).map((e) => `${e.location?.file ?? '?'}: ${e.text}`) };
  }
}

describe('browser bundle (dist/web/extension.js)', function () {
  this.timeout(60_000);

  it('finds a Node built-in in a bundle text, in each way one can be loaded', () => {
    const text = 'const a = require("fs"); const b = require(\'node:path\'); import x from "os"; import("child_process"); require("vscode"); require("jsonc-parser")';
    assert.deepEqual(builtinRequires(text), ['child_process', 'fs', 'node:path', 'os']);
  });

  it('builds src/web/extension.ts for the browser without a Node built-in', async () => {
    const { text, errors } = await buildBrowserEntry('src/web/extension.ts');
    assert.deepEqual(errors, [], `a Node module reached the browser bundle:\n${errors.join('\n')}`);
    assert.deepEqual(builtinRequires(text), []);
    assert.ok(text.includes('require("vscode")'), 'the bundle should load vscode from the host');
  });

  it('fails the build when browser code imports a Node built-in', async () => {
    const probe = path.join(repoRoot, 'out', 'browser-probe.ts');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(probe, "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n");
    try {
      const { errors } = await buildBrowserEntry(probe);
      assert.equal(errors.length, 1);
      assert.match(errors[0], /node:fs/);
    } finally {
      fs.rmSync(probe, { force: true });
    }
  });

  it('ships a dist/web/extension.js without a Node built-in, when one is built', function () {
    const file = path.join(repoRoot, 'dist', 'web', 'extension.js');
    if (!fs.existsSync(file)) this.skip();
    assert.deepEqual(builtinRequires(fs.readFileSync(file, 'utf8')), []);
  });
});
