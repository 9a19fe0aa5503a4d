// Builds the extension host bundles (Node and browser), the CLI and (with --tests) transpiles the tests.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified release build (used by `npm run package`)
//   node esbuild.mjs --watch       rebuild on change (the F5 pre-launch task)
//   node esbuild.mjs --tests       transpile src/ and test/ file by file into out/ (type-checking is `tsc`'s job)
import * as esbuild from 'esbuild';
import { cpSync, existsSync, readdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Reports build results in the format the `$esbuild-watch` problem matcher expects. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    if (!watch) return;
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const nodeCommon = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: production,
  sourcemap: true,
  sourcesContent: false,
  // jsonc-parser's `main` is a UMD build that esbuild cannot follow; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  plugins: [problemMatcherPlugin],
};

const tests = process.argv.includes('--tests');

/** `require('web-test-suites')` in test/web/index.ts loads every test/web/suite/*.test.ts, in name order. */
const webTestSuitesPlugin = {
  name: 'web-test-suites',
  setup(build) {
    build.onResolve({ filter: /^web-test-suites$/ }, () => ({ path: 'web-test-suites', namespace: 'web-test-suites' }));
    build.onLoad({ filter: /.*/, namespace: 'web-test-suites' }, () => ({
      contents: readdirSync('test/web/suite').filter((f) => f.endsWith('.test.ts')).sort().map((f) => `require('./${f}');`).join('\n'),
      resolveDir: 'test/web/suite',
      loader: 'js',
    }));
  },
};

const builds = tests ? [] : [
  // The extension host bundle: `vscode` is provided by the host at run time.
  { ...nodeCommon, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The TODO scanner's worker thread, loaded from next to extension.js and cli.js.
  { ...nodeCommon, entryPoints: ['src/scan/todoScanWorker.ts'], outfile: 'dist/todoScanWorker.js' },
];
if (tests) {
  builds.push({
    entryPoints: ['src/**/*.ts', 'test/**/*.ts'],
    outdir: 'out',
    outbase: '.',
    bundle: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
}
if (tests) {
  // The web test module: one browser bundle for code-server's web worker extension host (test/harness/runWeb.mjs).
  // It is written beside the file-by-file transpile of test/web/ (which it does not use), as bundle.js.
  builds.push({
    entryPoints: ['test/web/index.ts'],
    outfile: 'out/test/web/bundle.js',
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // Helpers shared with the integration suites import node:assert/strict; the worker gets a small equivalent.
    alias: { 'node:assert/strict': './test/web/assert.ts' },
    plugins: [webTestSuitesPlugin],
  });
}
if (tests) {
  // Compiled tests import the plain-JS harness by relative path: put a copy next to them.
  for (const file of readdirSync('test/harness').filter((f) => f.endsWith('.mjs'))) {
    cpSync(`test/harness/${file}`, `out/test/harness/${file}`);
  }
}
if (!tests && existsSync('src/cli/main.ts')) {
  builds.push({
    ...nodeCommon,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  });
}
if (!tests) {
  // The browser entry (vscode.dev, github.dev): one CommonJS bundle for the web worker extension host, no Node
  // built-ins (test/unit/web/browserBundle.test.ts fails on any).
  builds.push({
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    minify: production,
    sourcemap: true,
    sourcesContent: false,
    mainFields: ['browser', 'module', 'main'],
    external: ['vscode'],
    logLevel: 'warning',
    entryPoints: ['src/web/extension.ts'],
    outfile: 'dist/web/extension.js',
    plugins: [problemMatcherPlugin],
  });
}
if (!tests && existsSync('src/webview/report.ts')) {
  // The report panel's browser script: no Node, no vscode, runs inside the webview.
  builds.push({
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify: production,
    sourcemap: production ? false : 'inline',
    logLevel: 'warning',
    entryPoints: ['src/webview/report.ts'],
    outfile: 'dist/webview/report.js',
    plugins: [problemMatcherPlugin],
  });
}

const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((ctx) => ctx.watch()));
} else {
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
}
