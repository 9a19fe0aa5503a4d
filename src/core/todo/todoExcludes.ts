// Which globs keep files out of the TODO index: `files.exclude` and `search.exclude` (VS Code's own "not part of
// the project" settings, objects of glob → true | false | { when }) plus `releaseReadiness.todo.exclude` (a list).

/**
 * The globs to exclude. A glob set to `false` is switched off (that is how a user re-includes a default); a `when`
 * clause depends on sibling files, which a path-only matcher cannot check, so such an entry is left out rather
 * than excluding too much.
 */
export function todoExcludeGlobs(filesExclude: unknown, searchExclude: unknown, todoExclude: readonly string[]): string[] {
  const globs = new Set<string>();
  for (const setting of [filesExclude, searchExclude]) {
    if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) continue;
    for (const [glob, value] of Object.entries(setting as Record<string, unknown>)) {
      if (value === true && glob.trim() !== '') globs.add(glob.trim());
    }
  }
  for (const glob of todoExclude) if (glob.trim() !== '') globs.add(glob.trim());
  return [...globs];
}
