// Semantic Versioning 2.0.0 precedence (https://semver.org/#spec-item-11), for "was the version bumped since the
// last release tag". Numbers are compared as digit strings, so no size limit applies.

export interface SemVer {
  readonly major: string;
  readonly minor: string;
  readonly patch: string;
  readonly prerelease: readonly string[];
  /** Build metadata: ignored by precedence. */
  readonly build: string | null;
}

const NUMBER = '0|[1-9]\\d*';
const IDENTIFIER = '(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)';
const VERSION = new RegExp(
  `^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

/**
 * Reads `1.2.3`, `v1.2.3`, `1.2.3-rc.1+build.5`, and tags such as `release-v1.2.3` or `pkg@1.2.3`: whatever precedes
 * the version up to an `@`, `/`, `-`, `_` or `v` is a tag prefix. Null for anything that is not SemVer.
 */
export function parseVersion(text: string): SemVer | null {
  const trimmed = text.trim();
  const core = /(?:^|[@/_-]|[-_]?[vV])(\d[^@/]*)$/.exec(trimmed)?.[1] ?? trimmed;
  const match = VERSION.exec(core);
  if (!match) return null;
  return {
    major: match[1],
    minor: match[2],
    patch: match[3],
    prerelease: match[4] === undefined ? [] : match[4].split('.'),
    build: match[5] ?? null,
  };
}

/** The version without build metadata, as a changelog would write it: `1.3.0`, `2.0.0-beta.2`. */
export function formatVersion(version: SemVer): string {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  return version.prerelease.length > 0 ? `${core}-${version.prerelease.join('.')}` : core;
}

/** Negative when a < b, 0 when they have the same precedence, positive when a > b. */
export function compareVersions(a: SemVer, b: SemVer): number {
  return (
    compareNumbers(a.major, b.major) ||
    compareNumbers(a.minor, b.minor) ||
    compareNumbers(a.patch, b.patch) ||
    comparePrereleases(a.prerelease, b.prerelease)
  );
}

function compareNumbers(a: string, b: string): number {
  // No leading zeros (the grammar forbids them), so a longer digit string is a larger number.
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrereleases(a: readonly string[], b: readonly string[]): number {
  // A release has higher precedence than any of its prereleases.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = compareIdentifiers(a[i], b[i]);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function compareIdentifiers(a: string, b: string): number {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return compareNumbers(a, b);
  // Numeric identifiers sort before alphanumeric ones.
  if (numericA !== numericB) return numericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
