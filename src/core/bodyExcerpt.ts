// A short plain-text excerpt of an issue body for the tree's hover. The hover shows issue text as text (never as
// Markdown: it is untrusted), so Markdown syntax would show raw — `## Acceptance`, `- [x] …`. This keeps the
// words and turns the common block syntax into what it means, before the surface escapes the result.

export const EXCERPT_CHARS = 400;

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const TASK = /^(\s*)[-*+]\s+\[([ xX])\]\s+(.*)$/;
const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const QUOTE = /^\s{0,3}>\s?/;

/** The body as plain text (headings, task boxes and bullets turned into text), cut to about `max` characters. */
export function bodyExcerpt(body: string, max = EXCERPT_CHARS): string {
  const lines: string[] = [];
  for (const raw of body.replace(/\r\n?/g, '\n').replace(HTML_COMMENT, '').split('\n')) {
    const line = plainLine(raw.replace(/\s+$/, ''));
    // Fence lines go, and blank lines collapse to one: a hover has little room.
    if (line === null || (line === '' && (lines.length === 0 || lines.at(-1) === ''))) continue;
    lines.push(line);
  }
  const text = lines.join('\n').trim();
  return truncate(text, max);
}

function plainLine(line: string): string | null {
  if (FENCE.test(line)) return null;
  const heading = HEADING.exec(line);
  if (heading) return heading[1];
  const unquoted = line.replace(QUOTE, '');
  const task = TASK.exec(unquoted);
  if (task) return `${task[1]}${task[2] === ' ' ? '☐' : '☑'} ${task[3]}`;
  const bullet = BULLET.exec(unquoted);
  if (bullet) return `${bullet[1]}• ${bullet[2]}`;
  return unquoted;
}

/** Cuts at a word boundary when one is near, so the excerpt does not end mid-word. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.search(/\s\S*$/);
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
