// Criterion items and report issues as chat list lines, with the references that go with them.
import type { CriterionItem } from '../criteria/criteria';
import type { ReportIssue } from '../report/report';
import { safeHttpUrl } from '../textEscaping';
import { CHAT_ITEM_LIMIT, markdown, type ChatPart } from './chatParts';
import { chatText, moreLine } from './chatText';

export function issueLine(issue: { readonly number: number; readonly title: string }, indent = ''): string {
  return `${indent}- #${issue.number} ${chatText(issue.title)}`;
}

export function itemLine(item: CriterionItem, indent = ''): string {
  switch (item.kind) {
    case 'issue':
      return issueLine(item, indent);
    case 'todo':
      return `${indent}- ${chatText(`${item.file}:${item.line}`)} ${chatText(item.text)}${item.ref === null ? '' : ` (${chatText(item.ref)})`}`;
    case 'check':
      return `${indent}- check ${chatText(item.name)}`;
    case 'checklist':
      return `${indent}- checklist: ${chatText(item.text)}`;
  }
}

/** The list lines for at most CHAT_ITEM_LIMIT items, then "… and N more". */
export function itemLines(items: readonly CriterionItem[], indent = ''): string[] {
  const lines = items.slice(0, CHAT_ITEM_LIMIT).map((item) => itemLine(item, indent));
  const more = moreLine(items.length, CHAT_ITEM_LIMIT);
  return more === null ? lines : [...lines, `${indent}${more}`];
}

export function issueLines(issues: readonly ReportIssue[], indent = ''): string[] {
  const lines = issues.slice(0, CHAT_ITEM_LIMIT).map((issue) => issueLine(issue, indent));
  const more = moreLine(issues.length, CHAT_ITEM_LIMIT);
  return more === null ? lines : [...lines, `${indent}${more}`];
}

/** References for the items an answer lists (the shown ones), issues once each. */
export function referencesOf(items: readonly (CriterionItem | ReportIssue)[]): ChatPart[] {
  const parts: ChatPart[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    let part: ChatPart | null = null;
    if (!('kind' in item) || item.kind === 'issue') part = { kind: 'issueReference', issue: item.number, url: safeHttpUrl(item.url) };
    else if (item.kind === 'todo') part = { kind: 'todoReference', file: item.file, line: item.line };
    if (part === null) continue;
    const key = JSON.stringify(part);
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(part);
  }
  return parts;
}

export function lines(...blocks: (string | null | readonly string[])[]): ChatPart {
  return markdown(blocks.flat().filter((l): l is string => l !== null).join('\n'));
}
