// .gitignore semantics for the workspace scan (https://git-scm.com/docs/gitignore): blank lines and `#` comments
// skipped, `!` re-includes, a trailing `/` matches directories only, a pattern with a `/` elsewhere is anchored to
// the .gitignore's directory, otherwise it matches a name at any depth; the last matching line wins, and a deeper
// .gitignore overrides a shallower one. Like git, nothing under an ignored directory can be re-included (the walk
// never enters it).
import { globSource } from './globPattern';

interface Rule {
  readonly re: RegExp;
  readonly negate: boolean;
  readonly dirOnly: boolean;
  /** Matched against the path relative to the .gitignore's directory, else against the entry's name. */
  readonly anchored: boolean;
}

/** The rules of one .gitignore (or .git/info/exclude), applying below `base` (workspace-relative, '' = root). */
export interface IgnoreLayer {
  readonly base: string;
  readonly rules: readonly Rule[];
  /** Every anchored rule in one regex, and every name rule in another: most entries match neither. */
  readonly anyAnchored: RegExp | null;
  readonly anyName: RegExp | null;
}

const combine = (rules: readonly Rule[]): RegExp | null =>
  rules.length === 0 ? null : new RegExp(rules.map((r) => r.re.source).join('|'));

export function parseGitignore(content: string, base: string): IgnoreLayer {
  const rules: Rule[] = [];
  for (let line of content.split('\n')) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    // Trailing spaces are dropped unless escaped with a backslash.
    line = line.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    let negate = false;
    if (line.startsWith('!')) {
      negate = true;
      line = line.slice(1);
    }
    let dirOnly = false;
    if (line.endsWith('/') && !line.endsWith('\\/')) {
      dirOnly = true;
      line = line.replace(/\/+$/, '');
    }
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    if (line === '') continue;
    rules.push({ re: new RegExp(`^${globSource(line, 'gitignore')}$`), negate, dirOnly, anchored });
  }
  return {
    base,
    rules,
    anyAnchored: combine(rules.filter((r) => r.anchored)),
    anyName: combine(rules.filter((r) => !r.anchored)),
  };
}

/**
 * Whether `relativePath` (workspace-relative, `/`-separated) is ignored by the layers that apply to its directory,
 * ordered from the root down.
 */
export function isIgnored(layers: readonly IgnoreLayer[], relativePath: string, name: string, isDirectory: boolean): boolean {
  for (let k = layers.length - 1; k >= 0; k--) {
    const { base, rules, anyAnchored, anyName } = layers[k];
    const local = base === '' ? relativePath : relativePath.slice(base.length + 1);
    if (!(anyName !== null && anyName.test(name)) && !(anyAnchored !== null && anyAnchored.test(local))) continue;
    for (let r = rules.length - 1; r >= 0; r--) {
      const rule = rules[r];
      if (rule.dirOnly && !isDirectory) continue;
      if (rule.re.test(rule.anchored ? local : name)) return !rule.negate;
    }
  }
  return false;
}
