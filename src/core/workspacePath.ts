// A workspace-relative path from data we render (a TODO item's file) as path segments, or null when it would
// leave the workspace folder. The report panel sends such paths back to the host, which opens the file.

/** `src/a.ts` → ['src', 'a.ts']; `../x`, `/etc/passwd`, `C:\x`, `a/../../x`, `` → null. */
export function workspaceSegments(file: string): string[] | null {
  const parts = file.replace(/\\/g, '/').split('/');
  if (parts[0] === '' || /^[A-Za-z]:$/.test(parts[0])) return null;
  const segments: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return null;
      segments.pop();
      continue;
    }
    // A NUL or another control character has no business in a path we scanned.
    // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
    if (/[\u0000-\u001f]/.test(part)) return null;
    segments.push(part);
  }
  return segments.length === 0 ? null : segments;
}
