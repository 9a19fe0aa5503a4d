// Where and what "Ship Release" inserts into CHANGELOG.md (local tracker): the notes one heading level down, as
// the newest entry — after the file's own `# Changelog` title and any text before its first `## ` entry.

export interface ChangelogInsertion {
  /** Offset in the existing text (0 for a new file). */
  readonly offset: number;
  readonly text: string;
}

/** Every ATX heading one level deeper, so the release title becomes a `## ` entry. Code fences are left alone. */
export function demoteHeadings(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
      return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

export function changelogInsertion(existing: string | null, notes: string, tag: string): ChangelogInsertion {
  const entry = demoteHeadings(notes.replace(/^# [^\n]*/, `# ${tag}`)).trimEnd();
  if (existing === null || existing.trim() === '') return { offset: 0, text: `# Changelog\n\n${entry}\n` };
  const eol = existing.includes('\r\n') ? '\r\n' : '\n';
  const body = entry.replace(/\n/g, eol);
  const firstEntry = /^## /m.exec(existing);
  if (firstEntry) return { offset: firstEntry.index, text: `${body}${eol}${eol}` };
  const title = /^# [^\r\n]*(\r?\n)+/.exec(existing);
  if (title) return { offset: title[0].length, text: `${/(\r?\n){2}$/.test(title[0]) ? '' : eol}${body}${eol}${eol}` };
  return { offset: 0, text: `${body}${eol}${eol}` };
}
