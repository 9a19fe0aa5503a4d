// The issue "Track TODO as Issue" creates: a title from the comment, a body that says where the TODO is and quotes
// it, and a permalink when (and only when) the caller verified the commit exists on the remote.
import type { ReleaseData } from '../model';

export const MAX_ISSUE_TITLE = 80;

/** Control characters and bidirectional overrides: they would garble a title or hide text in it. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** One line of plain text: invisible characters dropped, whitespace collapsed, at most `max` characters. */
export function plainLine(text: string, max: number): string {
  const clean = text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  // Prefer a word boundary when one is near the end, so a title does not stop mid-word.
  const space = cut.lastIndexOf(' ');
  const base = space >= cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.\-–—]+$/, '')}…`;
}

/** `Persist the gift message`; for a TODO with no text: `TODO in src/cart.ts:38` (1-based line). */
export function todoIssueTitle(todo: { readonly tag: string; readonly text: string }, file: string, line: number): string {
  const title = plainLine(todo.text, MAX_ISSUE_TITLE);
  return title.length > 0 ? title : `${todo.tag} in ${file}:${line + 1}`;
}

/** A backtick fence longer than any run of backticks in `text`, so the snippet cannot close it early. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** An inline code span for `text` that survives backticks inside it (CommonMark's rule). */
export function codeSpan(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

export interface TodoIssueBodyInput {
  /** Workspace-relative path with `/` separators. */
  readonly file: string;
  /** 0-based line of the TODO. */
  readonly line: number;
  /** The lines around the TODO, as they are in the document. */
  readonly snippet: string;
  /** The document's language id, used as the fence's info string when it is a plain word. */
  readonly languageId: string;
  /** A verified permalink to the line, or null. */
  readonly permalink: string | null;
}

/** Removes the indentation every non-blank line shares, so a deeply nested snippet reads well. */
export function dedent(snippet: string): string {
  const lines = snippet.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)![0].length);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, /^[ \t]*/.exec(l)![0].length))).join('\n');
}

export function todoIssueBody(input: TodoIssueBodyInput): string {
  const code = dedent(input.snippet);
  const fence = fenceFor(code);
  const info = /^[\w+-]{1,30}$/.test(input.languageId) && input.languageId !== 'plaintext' ? input.languageId : '';
  const where = `${codeSpan(input.file)} line ${input.line + 1}`;
  const lines = [`Tracked from a TODO comment in ${where}.`, '', `${fence}${info}`, code, fence];
  if (input.permalink !== null) lines.push('', input.permalink);
  return lines.join('\n') + '\n';
}

/**
 * The repository's web address (`https://github.com/octo/repo`), read from the issue and milestone URLs the tracker
 * returned; null when it has none (the local tracker), so nothing is guessed.
 */
export function repositoryWebUrl(data: ReleaseData | null): string | null {
  if (data === null) return null;
  for (const url of [data.milestone.url, ...data.issues.map((i) => i.url)]) {
    if (url === null) continue;
    const match = /^(https?:\/\/[^/?#]+\/[^/?#]+\/[^/?#]+)\/(?:issues|milestones?|pull)\/\d+/i.exec(url);
    if (match) return match[1];
  }
  return null;
}

/** `https://github.com/o/r/blob/<sha>/src/a.ts#L12` (1-based line), with each path segment encoded. */
export function permalinkFor(repositoryUrl: string, sha: string, file: string, line: number): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repositoryUrl}/blob/${sha}/${path}#L${line + 1}`;
}
