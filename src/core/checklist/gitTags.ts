// The latest release tag of a repository, read from git's own files (loose refs under refs/tags and the
// packed-refs file) so "Version bumped" can be checked without spawning git. Format:
// https://git-scm.com/docs/git-pack-refs and gitrepository-layout(5).
import { compareVersions, parseVersion, type SemVer } from './semver';

/** Tag names (without `refs/tags/`) listed in a packed-refs file. Peeled lines (`^sha`) and comments are skipped. */
export function tagsInPackedRefs(packedRefs: string): string[] {
  const tags: string[] = [];
  for (const line of packedRefs.split(/\r?\n/)) {
    const match = /^[0-9a-f]{40,64} refs\/tags\/(.+)$/i.exec(line.trim());
    if (match) tags.push(match[1]);
  }
  return tags;
}

/**
 * The tag with the highest semantic version, or null when no tag is a version. Tags that are not versions
 * (`latest`, `deploy-2026-12`) are ignored; of two tags with the same precedence (`v1.2.0`, `1.2.0`) the first wins.
 */
export function latestVersionTag(tags: Iterable<string>): string | null {
  let best: { tag: string; version: SemVer } | null = null;
  for (const tag of tags) {
    const version = parseVersion(tag);
    if (version === null) continue;
    if (best === null || compareVersions(version, best.version) > 0) best = { tag, version };
  }
  return best?.tag ?? null;
}

/** Where a `.git` file (worktree or submodule) points: `gitdir: <path>`, or null when it is not such a file. */
export function gitDirOfFile(content: string): string | null {
  const match = /^gitdir:[ \t]*(.+?)[ \t]*$/m.exec(content);
  return match ? match[1] : null;
}
