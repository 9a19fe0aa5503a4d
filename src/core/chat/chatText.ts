// Tracker text (titles, role names, file paths, reasons that quote them) as chat Markdown that renders as itself.
import { inertMarkdown } from '../textEscaping';

/**
 * escapeMarkdown, plus what a chat renderer would turn into a link on its own: GitHub-flavoured autolinks
 * (`https://…`, `www.…`, `name@host`) and `:shortcode:` emoji. A backslash before `:`, `@` or the `.` of `www.`
 * is a CommonMark escape, so the text still reads the same.
 */
export function chatText(text: string): string {
  return inertMarkdown(text);
}

/** "… and 3 more" after a list cut at `shown` items, or null when nothing was cut. */
export function moreLine(total: number, shown: number): string | null {
  return total > shown ? `- … and ${total - shown} more` : null;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
