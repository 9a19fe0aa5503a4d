import * as fs from 'node:fs';
import * as path from 'node:path';

/** The repository root, found from wherever the compiled test file runs (out/test/... or test/...). */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'esbuild.mjs'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No repository root above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

export function fromRoot(...segments: string[]): string {
  return path.join(repoRoot, ...segments);
}
