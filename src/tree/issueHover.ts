// The Markdown hover of an issue node: body excerpt, labels, assignees and links. Every piece of issue data is
// appended as text (appendText escapes it, see appendWrapping); the MarkdownString is not trusted and allows no
// HTML.
import * as vscode from 'vscode';
import { appendWrapping } from '../displayText';
import { bodyExcerpt } from '../core/bodyExcerpt';
import type { Issue, PullRequest, TodoItem } from '../core/model';
import { pullStateWords } from '../core/pulls/pullRequests';
import { pullWord } from './issueNodes';

export function issueHover(issue: Issue, roleNames: readonly string[], todos: readonly TodoItem[], closedBy: readonly PullRequest[] = []): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`$(${issue.state === 'open' ? 'issues' : 'issue-closed'}) **#${issue.number}** `);
  appendWrapping(md, issue.title);
  md.appendMarkdown('\n\n');
  const state = issue.state === 'open' ? vscode.l10n.t('Open') : issue.stateReason === 'not_planned' ? vscode.l10n.t('Closed as not planned') : vscode.l10n.t('Resolved');
  appendWrapping(md, `${state} · ${roleNames.join(', ')}`);
  md.appendMarkdown('\n\n');
  const excerpt = bodyExcerpt(issue.body);
  if (excerpt) {
    md.appendMarkdown('---\n\n');
    // One line per line (a Markdown hard break), a blank line per paragraph: appendText alone would make every
    // line a paragraph of its own.
    for (const line of excerpt.split('\n')) {
      if (line === '') md.appendMarkdown('\n\n');
      else {
        appendWrapping(md, line);
        md.appendMarkdown('  \n');
      }
    }
    md.appendMarkdown('\n---\n\n');
  }
  if (issue.labels.length > 0) {
    md.appendMarkdown('$(tag) ');
    appendWrapping(md, issue.labels.join(', '));
    md.appendMarkdown('\n\n');
  }
  md.appendMarkdown('$(person) ');
  appendWrapping(md, issue.assignees.length > 0 ? issue.assignees.map((a) => `@${a}`).join(', ') : vscode.l10n.t('No assignee'));
  md.appendMarkdown('\n\n');
  if (todos.length > 0) {
    md.appendMarkdown('$(comment) ');
    md.appendText(todos.length === 1 ? vscode.l10n.t('1 TODO references it') : vscode.l10n.t('{0} TODOs reference it', todos.length));
    md.appendMarkdown('\n\n');
  }
  for (const pull of closedBy) {
    md.appendMarkdown(`$(git-merge) `);
    appendWrapping(md, vscode.l10n.t('Closed by pull request #{0} {1}', pull.number, pull.title));
    const pullUrl = safeHttpUrl(pull.url);
    if (pullUrl) md.appendMarkdown(` ([#${pull.number}](${pullUrl}))`);
    md.appendMarkdown('\n\n');
  }
  const url = safeHttpUrl(issue.url);
  if (url) md.appendMarkdown(`[${vscode.l10n.t('Open on GitHub')}](${url})`);
  return md;
}

/** The hover of a pull request node: state, labels, author and link; every piece of its data as text. */
export function pullHover(pull: PullRequest): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  md.appendMarkdown(`$(${pull.mergedAt !== null ? 'git-merge' : 'git-pull-request'}) **#${pull.number}** `);
  appendWrapping(md, pull.title);
  md.appendMarkdown('\n\n');
  appendWrapping(md, [vscode.l10n.t('Pull request'), ...pullStateWords(pull).map(pullWord)].join(' · '));
  md.appendMarkdown('\n\n');
  if (pull.labels.length > 0) {
    md.appendMarkdown('$(tag) ');
    appendWrapping(md, pull.labels.join(', '));
    md.appendMarkdown('\n\n');
  }
  if (pull.author) {
    md.appendMarkdown('$(person) ');
    appendWrapping(md, `@${pull.author}`);
    md.appendMarkdown('\n\n');
  }
  const url = safeHttpUrl(pull.url);
  if (url) md.appendMarkdown(`[${vscode.l10n.t('Open on GitHub')}](${url})`);
  return md;
}

/** Only http(s) links, percent-encoded so no character can end the Markdown link early. */
function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.href.replace(/[()\s<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  } catch {
    return null;
  }
}
