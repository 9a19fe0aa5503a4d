// Glob → RegExp for the two dialects the workspace scan meets: VS Code's (`files.exclude`, `search.exclude`, our
// `releaseReadiness.todo.exclude`: `**`, `*`, `?`, `[…]`, `{a,b}`) and .gitignore's (no braces, `\` escapes).
// Written here because the usual packages (minimatch, ignore) are not dependencies of the extension.

export type GlobDialect = 'vscode' | 'gitignore';

const escapeChar = (c: string): string => (/[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

/** `[!a-z]` → `[^a-z]`; returns the regex class and the index after `]`, or null when the class is unclosed. */
function charClass(glob: string, start: number): { source: string; next: number } | null {
  let i = start + 1;
  let negate = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  if (glob[i] === ']') {
    body += '\\]';
    i++;
  }
  for (; i < glob.length; i++) {
    const c = glob[i];
    if (c === ']') return { source: `[${negate ? '^/' : ''}${body}]`, next: i + 1 };
    if (c === '\\' && i + 1 < glob.length) body += escapeChar(glob[++i]);
    else body += escapeChar(c);
  }
  return null;
}

/** The regex source (unanchored) for a glob, matched against a `/`-separated relative path. */
export function globSource(glob: string, dialect: GlobDialect): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; ) {
    const c = glob[i];
    if (c === '*') {
      let j = i;
      while (glob[j] === '*') j++;
      const inBraces = dialect === 'vscode' && braces > 0;
      const startsSegment = i === 0 || glob[i - 1] === '/' || (inBraces && (glob[i - 1] === '{' || glob[i - 1] === ','));
      const endsSegment = j === glob.length || glob[j] === '/' || (inBraces && (glob[j] === ',' || glob[j] === '}'));
      const wholeSegment = j - i >= 2 && startsSegment && endsSegment;
      if (wholeSegment && glob[j] === '/') {
        out += '(?:.*/)?';
        i = j + 1;
      } else {
        out += wholeSegment ? '.*' : '[^/]*';
        i = j;
      }
    } else if (c === '?') {
      out += '[^/]';
      i++;
    } else if (c === '[') {
      const cls = charClass(glob, i);
      out += cls === null ? '\\[' : cls.source;
      i = cls === null ? i + 1 : cls.next;
    } else if (c === '\\' && i + 1 < glob.length) {
      out += escapeChar(glob[i + 1]);
      i += 2;
    } else if (dialect === 'vscode' && c === '{') {
      out += '(?:';
      braces++;
      i++;
    } else if (dialect === 'vscode' && c === '}' && braces > 0) {
      out += ')';
      braces--;
      i++;
    } else if (dialect === 'vscode' && c === ',' && braces > 0) {
      out += '|';
      i++;
    } else {
      out += escapeChar(c);
      i++;
    }
  }
  return out + ')'.repeat(braces);
}

/**
 * A matcher for VS Code exclude globs against workspace-relative paths. A directory is excluded when the glob
 * matches it or everything under it (`out/**` excludes `out`), so the walk never enters it.
 */
export class ExcludeGlobs {
  private readonly re: RegExp | null;

  constructor(globs: readonly string[]) {
    const sources = globs
      .map((g) => g.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
      .filter((g) => g.length > 0)
      .map((g) => globSource(g.startsWith('/') ? g.slice(1) : g, 'vscode'));
    this.re = sources.length === 0 ? null : new RegExp(`^(?:${sources.join('|')})$`);
  }

  excludes(relativePath: string, isDirectory: boolean): boolean {
    if (this.re === null) return false;
    return this.re.test(relativePath) || (isDirectory && this.re.test(`${relativePath}/`));
  }
}
