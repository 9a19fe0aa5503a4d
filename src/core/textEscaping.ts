// The only ways untrusted text (issue titles, labels, assignees, milestone titles, file paths) leaves the core:
// as HTML text, as Markdown text, as terminal text, or as an http(s) link. Each strips control characters,
// which terminals execute (ANSI escapes) and HTML parsers reject.

// C0 controls except tab and line breaks, DEL, and C1 controls (0x9B is a one-byte CSI on some terminals).
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's job
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidi overrides can reorder what a reader sees (CVE-2021-42574, "Trojan Source"); keep them out of exports.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;

function stripControls(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(BIDI, '');
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return stripControls(String(text)).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Inline Markdown text that renders as itself: one line (a line break could start a block or end a table row),
 * `<`, `>`, `&` as entities so no HTML or autolink passes through, and inline syntax backslashed — including
 * `|`, which GitHub splits table cells on before any other parsing, and `$`, which starts math on GitHub.
 */
export function escapeMarkdown(text: string): string {
  return stripControls(String(text))
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c])
    .replace(/[\\`*_[\]|~!$]/g, (c) => `\\${c}`);
}

/**
 * escapeMarkdown, and nothing a renderer turns into a link or a ping on its own either: `@` (mentions, e-mail
 * autolinks), `www.`, and a `:` only where it could start a link or an emoji — before `/` (`https://`), after
 * `mailto` / `xmpp`, or opening a `:shortcode:`. A plain "Holiday theme: banner" keeps its colon as typed. For
 * text that ends up on GitHub (release notes) or in chat, where autolinks and @mentions are live.
 */
export function inertMarkdown(text: string): string {
  return escapeMarkdown(text)
    .replace(/@/g, '\\@')
    .replace(/(www)\./gi, '$1\\.')
    .replace(/:(?=\/)|(?<=\b(?:mailto|xmpp)):|:(?=[a-z0-9_+-]+:)/gi, '\\:');
}

/** One line of terminal text: no control characters, so no escape sequences reach the terminal. */
export function plainText(text: string): string {
  return stripControls(String(text)).replace(/\s*\n\s*/g, ' ');
}

/**
 * An http(s) URL safe to put in a Markdown link destination or a quoted HTML attribute (after escapeHtml),
 * or null for anything else (javascript:, data:, relative, unparsable).
 */
export function safeHttpUrl(url: string | null): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // Percent-encode everything outside a conservative set, so no character can end the destination or a cell.
  return parsed.href.replace(/[^A-Za-z0-9\-._~:/?#@!$&+,;=%]/gu, (c) =>
    Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}
