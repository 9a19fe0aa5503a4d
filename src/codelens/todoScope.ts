// Whether one file belongs in the TODO index, answered the way the full scan's walk would: exclude globs on the
// file and every folder above it, .gitignore files on the way down (cached per folder), never inside `.git`.
// Used for the incremental updates (edits, saves, created files) and to filter the browser host's findFiles list.
// No `vscode` and no Node import: unit-tested in plain Node, bundled for the browser.
import { isIgnored, parseGitignore, type IgnoreLayer } from '../scan/gitignore';
import { ExcludeGlobs } from '../scan/globPattern';

/** A workspace-relative file's text; null when it does not exist or cannot be read. */
export type ReadOptionalText = (relativePath: string) => Promise<string | null>;

export class TodoScope {
  private readonly globs: ExcludeGlobs;
  /** Parsed .gitignore per workspace-relative folder ('' = root); null when the folder has none. */
  private readonly layers = new Map<string, Promise<IgnoreLayer | null>>();
  private infoExclude: Promise<IgnoreLayer | null> | null = null;
  private readonly answers = new Map<string, boolean>();

  constructor(
    private readonly readText: ReadOptionalText,
    globs: readonly string[],
    private readonly respectGitignore = true,
  ) {
    this.globs = new ExcludeGlobs(globs);
  }

  /** The part of the answer that needs no disk access: `.git` and the exclude globs. */
  excludedByGlobs(relativePath: string): boolean {
    const parts = relativePath.split('/');
    if (parts.includes('.git')) return true;
    for (let i = 1; i <= parts.length; i++) {
      if (this.globs.excludes(parts.slice(0, i).join('/'), i < parts.length)) return true;
    }
    return false;
  }

  /** The cached answer, or undefined when `includes` has not been asked for this file yet. */
  known(relativePath: string): boolean | undefined {
    return this.answers.get(relativePath);
  }

  async includes(relativePath: string): Promise<boolean> {
    const cached = this.answers.get(relativePath);
    if (cached !== undefined) return cached;
    const answer = !this.excludedByGlobs(relativePath) && !(await this.ignoredByGit(relativePath));
    this.answers.set(relativePath, answer);
    return answer;
  }

  /** Call when a .gitignore changed. */
  forgetGitignores(): void {
    this.layers.clear();
    this.infoExclude = null;
    this.answers.clear();
  }

  private async ignoredByGit(relativePath: string): Promise<boolean> {
    if (!this.respectGitignore) return false;
    const parts = relativePath.split('/');
    this.infoExclude ??= this.readLayer('.git/info/exclude', '');
    const stack: IgnoreLayer[] = [];
    const info = await this.infoExclude;
    if (info !== null) stack.push(info);
    for (let depth = 0; depth < parts.length; depth++) {
      const dir = parts.slice(0, depth).join('/');
      const layer = await this.layerOf(dir);
      if (layer !== null) stack.push(layer);
      const rel = parts.slice(0, depth + 1).join('/');
      if (stack.length > 0 && isIgnored(stack, rel, parts[depth], depth < parts.length - 1)) return true;
    }
    return false;
  }

  private layerOf(dir: string): Promise<IgnoreLayer | null> {
    let layer = this.layers.get(dir);
    if (layer === undefined) {
      layer = this.readLayer(dir === '' ? '.gitignore' : `${dir}/.gitignore`, dir);
      this.layers.set(dir, layer);
    }
    return layer;
  }

  private async readLayer(file: string, base: string): Promise<IgnoreLayer | null> {
    const text = await this.readText(file).catch(() => null);
    return text === null ? null : parseGitignore(text, base);
  }
}
