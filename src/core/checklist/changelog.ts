// Finds a CHANGELOG heading for a version: "## [1.3.0] - 2026-11-01" (Keep a Changelog), "## 1.3.0", "# v1.3.0",
// "1.3.0 (2026-11-01)" with a setext underline... Headings inside code blocks do not count.
import { scanBlocks } from './markdownBlocks';

/** The first heading naming `version` exactly (so 1.3.0 is not found in 1.3.0-rc.1 or 11.3.0), or null. */
export function changelogHeadingFor(changelog: string, version: string): string | null {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not part of a longer version on either side; a leading `v` is allowed.
  const pattern = new RegExp(`(?<![0-9A-Za-z.+-])[vV]?${escaped}(?![0-9A-Za-z]|[.+-][0-9A-Za-z])`);
  let found: string | null = null;
  scanBlocks(changelog, {
    heading: ({ text }) => {
      if (found === null && pattern.test(text)) found = text;
    },
  });
  return found;
}
