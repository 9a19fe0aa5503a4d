// Reads the import graph of src/ from the sources themselves (no compiler): every relative `import … from`,
// `export … from`, `import('…')` and `require('…')`, type-only imports included, since a circle of types is as
// hard to read as a circle of values.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

export interface SourceFile {
  /** Repository-relative, with forward slashes: `src/core/model.ts`. */
  readonly file: string;
  /** Every module specifier it names, as written. */
  readonly specifiers: readonly string[];
  /** The src/ files its relative specifiers resolve to. */
  readonly imports: readonly string[];
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)(['"])([^'"\n]+)\1/gm;

export function specifiersOf(text: string): string[] {
  // Comments may mention `from '…'` in prose; strip them first (strings that contain comment markers are rare in
  // import lines and harmless here: they only hide a specifier from a string, never invent one).
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...code.matchAll(SPECIFIER)].map((m) => m[2]);
}

function listTs(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) listTs(full, out);
    else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolveRelative(root: string, fromFile: string, spec: string): string | null {
  const base = path.join(root, path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(root, candidate).split(path.sep).join('/');
  }
  return null;
}

export function readSourceGraph(root: string, folder = 'src'): Map<string, SourceFile> {
  const graph = new Map<string, SourceFile>();
  for (const full of listTs(path.join(root, folder), [])) {
    const file = path.relative(root, full).split(path.sep).join('/');
    const specifiers = specifiersOf(readFileSync(full, 'utf8'));
    const imports = specifiers
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveRelative(root, file, s))
      .filter((f): f is string => f !== null && f.endsWith('.ts'));
    graph.set(file, { file, specifiers, imports: [...new Set(imports)] });
  }
  return graph;
}

/** Strongly connected components of more than one file (or a file importing itself): each is an import circle. */
export function importCircles(graph: ReadonlyMap<string, { readonly imports: readonly string[] }>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node)?.imports ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfImport = graph.get(node)?.imports.includes(node) ?? false;
      if (component.length > 1 || selfImport) circles.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return circles;
}
