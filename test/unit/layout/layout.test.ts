// The layout README's Architecture section describes, checked from the sources: no import circles, `vscode` only
// in the surfaces, and every import pointing down the layers (a surface never imports another surface).
import * as assert from 'node:assert/strict';
import { repoRoot } from '../../repoRoot';
import { importCircles, readSourceGraph, specifiersOf, type SourceFile } from './importGraph';

/** Lower layers first. A file may import its own folder, or a folder of a lower layer. */
const LAYERS: readonly (readonly string[])[] = [
  ['src/constants.ts', 'src/core/'],
  ['src/scan/', 'src/trackers/', 'src/git/', 'src/protocol.ts', 'src/log.ts', 'src/displayText.ts'],
  ['src/state/', 'src/auth/', 'src/webview/', 'src/ship/'],
  ['src/release/', 'src/cli/'],
  // What differs between the Node and the browser extension host (files, git, the TODO scan).
  ['src/platform/'],
  ['src/services.ts'],
  ['src/commands/'],
  // The surfaces: peers, so none imports another; what two of them share lives in a lower layer.
  ['src/tree/', 'src/codelens/', 'src/checklist/', 'src/report/', 'src/statusBar/', 'src/chat/', 'src/walkthrough/'],
  // The composition root both entries share, then the entries: Node (`main`) and browser (`browser`).
  ['src/activation.ts'],
  ['src/extension.ts', 'src/web/'],
];
const PURE = ['src/core/', 'src/scan/', 'src/trackers/', 'src/git/', 'src/ship/', 'src/cli/', 'src/webview/', 'src/protocol.ts'];

function unitOf(file: string): { unit: string; layer: number } | null {
  for (const [layer, units] of LAYERS.entries()) {
    for (const unit of units) if (unit.endsWith('/') ? file.startsWith(unit) : file === unit) return { unit, layer };
  }
  return null;
}

/** `a -> b` for every import that goes up a layer or across to a peer folder of the same layer. */
export function layerViolations(graph: ReadonlyMap<string, SourceFile>): string[] {
  const wrong: string[] = [];
  for (const { file, imports } of graph.values()) {
    const from = unitOf(file);
    if (!from) continue;
    for (const target of imports) {
      const to = unitOf(target);
      if (!to || to.unit === from.unit) continue;
      if (to.layer >= from.layer) wrong.push(`${file} -> ${target}`);
    }
  }
  return wrong.sort();
}

describe('source layout', () => {
  const graph = readSourceGraph(repoRoot);

  it('reads the whole of src/', () => {
    assert.ok(graph.size > 100, `only ${graph.size} files read`);
    assert.ok(graph.get('src/activation.ts')!.imports.length > 5);
  });

  it('has no import circle among src/ files', () => {
    assert.deepEqual(importCircles(graph), []);
  });

  it('imports vscode only outside core/, scan/, trackers/, cli/, webview/ and protocol.ts', () => {
    const offenders = [...graph.values()]
      .filter(({ file }) => PURE.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p)))
      .filter(({ specifiers }) => specifiers.some((s) => s === 'vscode' || s.startsWith('vscode/')))
      .map(({ file }) => file);
    assert.deepEqual(offenders, []);
  });

  it('places every src/ file in a layer', () => {
    assert.deepEqual([...graph.keys()].filter((f) => !unitOf(f)), []);
  });

  it('imports only downwards, never from a peer surface', () => {
    assert.deepEqual(layerViolations(graph), []);
  });

  it('keeps core/ by concept: a handful of files at its top, no folder over 15 files', () => {
    const top = [...graph.keys()].filter((f) => /^src\/core\/[^/]+\.ts$/.test(f));
    assert.ok(top.length <= 7, `src/core/ has ${top.length} files at its top: ${top.join(', ')}`);
    const perFolder = new Map<string, number>();
    for (const f of graph.keys()) {
      const folder = f.slice(0, f.lastIndexOf('/'));
      perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    }
    for (const [folder, count] of perFolder) if (folder.startsWith('src/core/')) assert.ok(count <= 15, `${folder} holds ${count} files`);
  });
});

describe('import graph reader', () => {
  it('finds value, type-only, re-export, dynamic and require specifiers, not ones in comments', () => {
    const text = [
      "import * as a from './a';",
      "import type { B } from '../b';",
      "export { c } from './c';",
      "import './side';",
      "const d = await import('./d');",
      "const e = require('./e');",
      "// see how foo is imported from './not-this'",
      "/* import x from './nor-this' */",
    ].join('\n');
    assert.deepEqual(specifiersOf(text), ['./a', '../b', './c', './side', './d', './e']);
  });

  it('reports each circle once, with its members, and a file importing itself', () => {
    const graph = new Map([
      ['a', { imports: ['b'] }],
      ['b', { imports: ['c'] }],
      ['c', { imports: ['a', 'd'] }],
      ['d', { imports: [] }],
      ['e', { imports: ['e'] }],
    ]);
    assert.deepEqual(importCircles(graph), [['a', 'b', 'c'], ['e']]);
    assert.deepEqual(importCircles(new Map([['a', { imports: ['b'] }], ['b', { imports: [] }]])), []);
  });

  it('flags an upward import and an import between peer surfaces', () => {
    const files = (pairs: [string, string[]][]) => new Map(pairs.map(([file, imports]) => [file, { file, specifiers: [], imports }]));
    assert.deepEqual(
      layerViolations(files([
        ['src/commands/x.ts', ['src/tree/y.ts', 'src/core/model.ts']],
        ['src/statusBar/s.ts', ['src/tree/y.ts', 'src/commands/x.ts']],
        ['src/tree/y.ts', ['src/commands/x.ts']],
        ['src/core/model.ts', []],
      ])),
      ['src/commands/x.ts -> src/tree/y.ts', 'src/statusBar/s.ts -> src/tree/y.ts'],
    );
  });
});
