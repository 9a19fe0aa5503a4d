// Text helpers every surface shares (tree, status bar, quick picks): dates as people read them, and hover
// Markdown whose untrusted text still wraps. Kept below the surfaces, so no surface imports another.
import type * as vscode from 'vscode';

/** A milestone date in the user's locale (UTC: GitHub due dates are midnight UTC). */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

/**
 * appendText, but the text can wrap between words: appendText turns every space into `&nbsp;`, so a long line is
 * one unbreakable word and the hover breaks it mid-word wherever it overflows. Each word still goes through
 * appendText (Markdown and `$(icon)` escaping); only the spaces between them are plain.
 */
export function appendWrapping(md: vscode.MarkdownString, text: string): void {
  text
    .split(/[ \t]+/)
    .filter((word) => word !== '')
    .forEach((word, i) => {
      if (i > 0) md.appendMarkdown(' ');
      md.appendText(word);
    });
}
