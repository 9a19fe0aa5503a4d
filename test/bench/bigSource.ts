// The 10,000-line source file of the code-lens benchmark (test/bench/extensionHost/lensBench.ts). Plain Node:
// the launcher (test/harness/benchTree.mjs) writes it into the benchmark workspace.

/** Where the file goes in the benchmark workspace. */
export const BIG_FILE = 'src/big.ts';

/**
 * A 10,000-line TypeScript file shaped like real code: mostly code, a comment line every 10 lines, a string on
 * some lines, and a TODO every 50 lines (tracked, on an issue the milestone lacks, or untracked).
 */
export function bigSourceText(issues: number, lines = 10_000): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const k = i / 50;
    if (i % 50 === 0) {
      out.push(k % 5 === 4 ? `  // FIXME: untracked note ${k} about the cart` : k % 5 === 3 ? `  // TODO(#${issues + k}): not in the milestone` : `  // TODO(#${(k % issues) + 1}): follow-up ${k}`);
    } else if (i % 10 === 0) {
      out.push(`  // Step ${i}: keep the totals in cents.`);
    } else if (i % 3 === 0) {
      out.push(`  const label${i} = compute(${i}, 'text ${i}');`);
    } else {
      out.push(`  total += compute(${i}, label${i - (i % 3)}) * ${i % 7};`);
    }
  }
  return `export function big(compute: (n: number, s: string) => number): number {\n  let total = 0;\n${out.join('\n')}\n  return total;\n}\n`;
}
