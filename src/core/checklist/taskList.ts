// Markdown task lists, read the way GitHub renders them: `- [ ]`, `* [x]`, `+ [X]`, `1. [ ]`, `1) [ ]` items, nested
// by indentation, including those inside blockquotes (GitHub draws them as checkboxes too; see `quoted`), but not
// those inside fenced or indented code, HTML comments or other HTML blocks. An item needs text after the box: a
// bare `- [ ]` has nothing to identify it by, so it is not a checklist step.
import { DEFAULT_ROLES } from '../config/defaults';
import { scanBlocks, type ListItemEvent } from './markdownBlocks';
import type { RoleDefinition } from '../model';
import { roleOfHeading, roleOfSuffix } from './taskRoles';

export interface TaskItem {
  /** Stable identity: normalised text + occurrence, e.g. `Docs updated#0`. Survives edits elsewhere in the body. */
  readonly id: string;
  /** The item's first line without the checkbox and without HTML comments, whitespace collapsed, trimmed. */
  readonly text: string;
  readonly checked: boolean;
  /** 0-based line of the checkbox. */
  readonly line: number;
  /** Nesting level, 0 for a top-level item (counted within its blockquote). */
  readonly depth: number;
  readonly ordered: boolean;
  /** Role id from a `(Role)` suffix, the parent item, or the nearest heading naming a role; null if none. */
  readonly role: string | null;
  /** Text of the nearest preceding heading, or null. */
  readonly heading: string | null;
  /** Index (UTF-16 code unit) of the `x`, `X` or space between the brackets in the parsed string. */
  readonly checkOffset: number;
  /** Index among the items whose normalised text is the same (0 for the first). */
  readonly occurrence: number;
  /** True when the item sits inside a `>` blockquote. */
  readonly quoted: boolean;
  /** The source after `]` on the item's line, comments included (markers such as `<!-- rr:check=... -->`). */
  readonly raw: string;
}

const TASK = /^\[([ xX])\](?:[ \t]+(.*))?$/;

/** The identity key of an item's text: Unicode NFC, whitespace collapsed, trimmed. Case matters. */
export function normaliseTaskText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The item text shown to people: HTML comments are invisible on GitHub, so they are not part of it. */
export function visibleText(raw: string): string {
  return raw.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\s+/g, ' ').trim();
}

export function parseTaskList(markdown: string, roles: readonly RoleDefinition[] = DEFAULT_ROLES): TaskItem[] {
  const items: TaskItem[] = [];
  const seen = new Map<string, number>();
  // Headings by level, so an item under "## QA" > "### Regression" still belongs to QA.
  const headings: { level: number; text: string }[] = [];
  // Role of the open list item at each depth, so nested items inherit their parent's role suffix.
  let ancestorRoles: (string | null)[] = [];

  const headingRole = (): string | null => {
    for (let i = headings.length - 1; i >= 0; i -= 1) {
      const role = roleOfHeading(headings[i].text, roles);
      if (role) return role;
    }
    return null;
  };

  const onItem = (event: ListItemEvent): void => {
    const task = event.content === null ? null : TASK.exec(event.content);
    const text = visibleText(task ? (task[2] ?? '') : (event.content ?? ''));
    const inherited = event.depth > 0 ? (ancestorRoles[event.depth - 1] ?? null) : null;
    const role = roleOfSuffix(text, roles) ?? inherited ?? headingRole();
    ancestorRoles = ancestorRoles.slice(0, event.depth);
    ancestorRoles[event.depth] = roleOfSuffix(text, roles) ?? inherited;
    if (!task || text === '') return;
    const key = normaliseTaskText(text);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    items.push({
      id: `${key}#${occurrence}`,
      text,
      checked: task[1] !== ' ',
      line: event.line,
      depth: event.depth,
      ordered: event.ordered,
      role,
      heading: headings.length > 0 ? headings[headings.length - 1].text : null,
      checkOffset: event.contentOffset + 1,
      occurrence,
      quoted: event.quoteDepth > 0,
      raw: task[2] ?? '',
    });
  };

  scanBlocks(markdown, {
    heading: ({ level, text }) => {
      while (headings.length > 0 && headings[headings.length - 1].level >= level) headings.pop();
      headings.push({ level, text: visibleText(text) });
      ancestorRoles = [];
    },
    listItem: onItem,
  });
  return items;
}
