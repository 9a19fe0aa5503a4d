// Turns the text of `.release/issues.json` into an IssuesDocument, or into problems that point at the exact
// place (offset, length) that is wrong. Walks jsonc-parser's syntax tree rather than JSON.parse's values because
// only the tree knows where each value was written. Strict on purpose: comments and unknown keys would be lost
// on the next write, so they are reported instead of silently dropped.
import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { closestName } from '../core/closestName';
import type { IssuesDocument, LocalComment, LocalIssue, LocalMilestone, LocalPullRequest, RawProblem } from './localDocument';
import { checkReferences, type Spot } from './localFormatChecks';

export type { RawProblem } from './localDocument';

const MAX_PROBLEMS = 20;
const ROOT_KEYS = ['version', 'milestones', 'issues'] as const;
const MILESTONE_KEYS = ['number', 'title', 'description', 'dueOn', 'state', 'checklist'] as const;
const ISSUE_KEYS = ['number', 'title', 'body', 'state', 'stateReason', 'labels', 'assignees', 'milestone', 'author', 'createdAt', 'updatedAt', 'closedAt', 'comments', 'pullRequest'] as const;
const PULL_KEYS = ['draft', 'mergedAt', 'review', 'checks'] as const;
const REVIEW_STATES = ['approved', 'changesRequested', 'commented', 'none'] as const;
const CHECK_STATES = ['success', 'failure', 'pending', 'none'] as const;
const COMMENT_KEYS = ['author', 'body', 'createdAt'] as const;
const STATE_REASONS = ['completed', 'not_planned', 'reopened', 'duplicate'] as const;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a key in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected a colon after the key',
  CommaExpected: 'expected a comma',
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected text after the end of the document',
  InvalidCommentToken: 'comments are not allowed (the next write would drop them)',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid \\u escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in string (control characters must be escaped)',
};

export function readIssuesDocument(text: string): { document: IssuesDocument; problems: RawProblem[] } {
  const reader = new Reader();
  // A byte order mark becomes a space so that every offset still matches the original text.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  for (const error of errors.slice(0, MAX_PROBLEMS)) {
    // The parser may report one mistake twice at the same place (a trailing comma: no key, no value).
    if (reader.problems.some((p) => p.offset === error.offset)) continue;
    const code = printParseErrorCode(error.error);
    const trailingComma = (code === 'PropertyNameExpected' || code === 'ValueExpected') && /,\s*$/.test(source.slice(0, error.offset));
    const message = source.trim() === '' ? 'the file is empty' : trailingComma ? 'trailing comma is not allowed' : SYNTAX_MESSAGES[code] ?? code;
    reader.problems.push({ message, offset: error.offset, length: Math.max(error.length, 1) });
  }
  if (errors.length > 0 || root === undefined) return { document: emptyDocument(), problems: reader.problems };
  const document = reader.document(root);
  if (reader.problems.length === 0) reader.problems.push(...checkReferences(document, reader.spots, source));
  return { document, problems: reader.problems.slice(0, MAX_PROBLEMS) };
}

/**
 * The fast read of a well-formed file: JSON.parse (native) instead of the syntax tree, checked by the same Reader on
 * a tree built from the parsed values (without positions). Null when anything is wrong, or when JSON.parse cannot
 * see what the tree would (duplicate keys: the caller accepts this result only if writing it back gives the very
 * same text, which rules those out); then readIssuesDocument finds and places the problems.
 */
export function readWellFormedIssues(text: string): IssuesDocument | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const reader = new Reader();
  const document = reader.document(valueNode(value));
  if (reader.problems.length > 0 || checkReferences(document, reader.spots, text).length > 0) return null;
  return document;
}

/** A parsed JSON value as jsonc-parser's Node (every position 0): what the Reader walks. */
function valueNode(value: unknown): Node {
  if (Array.isArray(value)) return { type: 'array', offset: 0, length: 0, children: value.map(valueNode) };
  if (value === null) return { type: 'null', value: null, offset: 0, length: 0 };
  if (typeof value === 'object') {
    const children = Object.entries(value).map(([key, item]): Node => ({ type: 'property', offset: 0, length: 0, children: [{ type: 'string', value: key, offset: 0, length: 0 }, valueNode(item)] }));
    return { type: 'object', offset: 0, length: 0, children };
  }
  return { type: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string', value, offset: 0, length: 0 };
}

function emptyDocument(): IssuesDocument {
  return { version: 1, milestones: [], issues: [] };
}

type Fields = Map<string, Node>;

class Reader {
  readonly problems: RawProblem[] = [];
  /** Where each milestone and issue was written, for the cross-reference checks. */
  readonly spots: { milestones: Spot[]; issues: Spot[] } = { milestones: [], issues: [] };

  report(node: Node, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ message, offset: node.offset, length: Math.max(node.length, 1) });
  }

  document(root: Node): IssuesDocument {
    const fields = this.object(root, 'the file', ROOT_KEYS);
    if (fields === null) return emptyDocument();
    const version = fields.get('version');
    if (version === undefined) this.report(root, 'missing "version" (this format is version 1)');
    else if (version.value !== 1) {
      const newer = typeof version.value === 'number' && version.value > 1;
      this.report(version, newer ? `version ${String(version.value)} was written by a newer Release Readiness; this one reads version 1` : '"version" must be 1');
    }
    const milestones = this.list(root, fields, 'milestones', 'the file', (node, i) => this.milestone(node, i));
    const issues = this.list(root, fields, 'issues', 'the file', (node, i) => this.issue(node, i));
    return { version: 1, milestones, issues };
  }

  milestone(node: Node, index: number): LocalMilestone | null {
    const fields = this.object(node, (f) => (f.get('title')?.type === 'string' ? `milestone "${String(f.get('title')?.value)}"` : `milestones[${index}]`), MILESTONE_KEYS);
    if (fields === null) return null;
    const where = `milestones[${index}]`;
    const title = this.string(node, fields, 'title', where);
    const at = title === null ? where : `milestone "${title}"`;
    const milestone: LocalMilestone = {
      number: this.number(node, fields, 'number', at) ?? 0,
      title: title ?? '',
      description: this.text(fields, 'description', at) ?? '',
      dueOn: this.time(node, fields, 'dueOn', at, true),
      state: this.oneOf(node, fields, 'state', at, ['open', 'closed'], 'open'),
      checklist: fields.get('checklist')?.type === 'null' ? null : this.text(fields, 'checklist', at),
    };
    this.spots.milestones.push({ number: fields.get('number') ?? node, title: fields.get('title') ?? node });
    return milestone;
  }

  issue(node: Node, index: number): LocalIssue | null {
    const fields = this.object(node, (f) => issueName(f.get('number'), index), ISSUE_KEYS);
    if (fields === null) return null;
    const number = this.number(node, fields, 'number', `issues[${index}]`);
    const at = number === null ? `issues[${index}]` : `issue #${number}`;
    const createdAt = this.time(node, fields, 'createdAt', at, false) ?? '';
    const commentList = this.list(node, fields, 'comments', at, (c, i) => this.comment(c, `comment ${i + 1} of ${at}`), true);
    const issue: LocalIssue = {
      number: number ?? 0,
      title: this.string(node, fields, 'title', at) ?? '',
      body: this.text(fields, 'body', at) ?? '',
      state: this.oneOf(node, fields, 'state', at, ['open', 'closed'], null) ?? 'open',
      stateReason: fields.has('stateReason') && fields.get('stateReason')?.type !== 'null' ? this.oneOf(node, fields, 'stateReason', at, STATE_REASONS, null) : null,
      labels: this.strings(fields, 'labels', at),
      assignees: this.strings(fields, 'assignees', at),
      milestone: this.nullableString(fields, 'milestone', at),
      author: this.nullableString(fields, 'author', at),
      createdAt,
      updatedAt: fields.has('updatedAt') ? this.time(node, fields, 'updatedAt', at, false) ?? createdAt : createdAt,
      closedAt: fields.has('closedAt') ? this.time(node, fields, 'closedAt', at, true) : null,
      comments: commentList,
    };
    const pullNode = fields.get('pullRequest');
    if (pullNode !== undefined && pullNode.type !== 'null') {
      const pullRequest = this.pullRequest(pullNode, `pull request #${issue.number}`);
      if (pullRequest !== null) {
        if (pullRequest.mergedAt !== null && issue.state !== 'closed') this.report(pullNode, `pull request #${issue.number}: "mergedAt" is set but "state" is not "closed"`);
        this.spots.issues.push({ number: fields.get('number') ?? node, title: fields.get('milestone') ?? node });
        return { ...issue, pullRequest };
      }
    }
    this.spots.issues.push({ number: fields.get('number') ?? node, title: fields.get('milestone') ?? node });
    return issue;
  }

  pullRequest(node: Node, where: string): LocalPullRequest | null {
    const fields = this.object(node, where, PULL_KEYS);
    if (fields === null) return null;
    const draft = fields.get('draft');
    if (draft !== undefined && draft.type !== 'boolean') this.report(draft, `${where}: "draft" must be true or false`);
    const checks = fields.get('checks');
    return {
      draft: draft?.value === true,
      mergedAt: this.time(node, fields, 'mergedAt', where, true),
      review: this.oneOf(node, fields, 'review', where, REVIEW_STATES, 'none'),
      checks: checks === undefined || checks.type === 'null' ? null : this.oneOf(node, fields, 'checks', where, CHECK_STATES, 'none'),
    };
  }

  comment(node: Node, where: string): LocalComment | null {
    const fields = this.object(node, where, COMMENT_KEYS);
    if (fields === null) return null;
    return {
      author: this.nullableString(fields, 'author', where),
      body: this.text(fields, 'body', where) ?? '',
      createdAt: this.time(node, fields, 'createdAt', where, false) ?? '',
    };
  }

  /**
   * The object's properties by key; reports duplicate and unknown keys (with a did-you-mean). `where` may be
   * computed from the fields, so that a problem names `issue #4` rather than `issues[0]` when it can.
   */
  object(node: Node, where: string | ((fields: Fields) => string), known: readonly string[]): Fields | null {
    if (node.type !== 'object') {
      this.report(node, `${typeof where === 'string' ? where : where(new Map())} must be an object`);
      return null;
    }
    const fields: Fields = new Map();
    const strays: Node[] = [];
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!known.includes(String(keyNode.value)) || fields.has(String(keyNode.value))) strays.push(keyNode);
      else if (valueNode !== undefined) fields.set(String(keyNode.value), valueNode);
    }
    const at = typeof where === 'string' ? where : where(fields);
    for (const keyNode of strays) {
      const key = String(keyNode.value);
      const guess = closestName(key, known);
      if (fields.has(key)) this.report(keyNode, `${at}: "${key}" appears twice`);
      else this.report(keyNode, `${at}: unknown key "${key}"${guess === undefined ? '' : `; did you mean "${guess}"?`}`);
    }
    return fields;
  }

  list<T>(owner: Node, fields: Fields, key: string, where: string, read: (node: Node, index: number) => T | null, optional = false): T[] {
    const node = fields.get(key);
    if (node === undefined) {
      if (!optional) this.report(owner, `${where}: missing "${key}"`);
      return [];
    }
    if (node.type !== 'array') {
      this.report(node, `${where}: "${key}" must be an array`);
      return [];
    }
    const items: T[] = [];
    (node.children ?? []).forEach((child, i) => {
      const item = read(child, i);
      if (item !== null) items.push(item);
    });
    return items;
  }

  string(owner: Node, fields: Fields, key: string, where: string): string | null {
    const node = fields.get(key);
    if (node === undefined) this.report(owner, `${where}: missing "${key}"`);
    else if (node.type !== 'string') this.report(node, `${where}: "${key}" must be a string`);
    else if (key === 'title' && String(node.value).trim() === '') this.report(node, `${where}: "${key}" must not be empty`);
    else return String(node.value);
    return null;
  }

  nullableString(fields: Fields, key: string, where: string): string | null {
    const node = fields.get(key);
    if (node === undefined || node.type === 'null') return null;
    if (node.type === 'string') return String(node.value);
    this.report(node, `${where}: "${key}" must be a string or null`);
    return null;
  }

  strings(fields: Fields, key: string, where: string): string[] {
    const node = fields.get(key);
    if (node === undefined) return [];
    if (node.type !== 'array' || (node.children ?? []).some((c) => c.type !== 'string')) {
      this.report(node, `${where}: "${key}" must be an array of strings`);
      return [];
    }
    return (node.children ?? []).map((c) => String(c.value));
  }

  /** Multi-line text: an array of lines (canonical) or one string. */
  text(fields: Fields, key: string, where: string): string | null {
    const node = fields.get(key);
    if (node === undefined) return null;
    if (node.type === 'string') return String(node.value);
    if (node.type === 'array' && (node.children ?? []).every((c) => c.type === 'string')) return (node.children ?? []).map((c) => String(c.value)).join('\n');
    this.report(node, `${where}: "${key}" must be an array of lines (strings) or a string`);
    return null;
  }

  number(owner: Node, fields: Fields, key: string, where: string): number | null {
    const node = fields.get(key);
    if (node === undefined) this.report(owner, `${where}: missing "${key}"`);
    else if (node.type !== 'number' || !Number.isInteger(node.value) || Number(node.value) < 1) this.report(node, `${where}: "${key}" must be a whole number of at least 1`);
    else return Number(node.value);
    return null;
  }

  oneOf<T extends string, D extends T | null>(owner: Node, fields: Fields, key: string, where: string, allowed: readonly T[], fallback: D): T | D {
    const node = fields.get(key);
    if (node === undefined) {
      if (fallback === null) this.report(owner, `${where}: missing "${key}"`);
      return fallback;
    }
    if (node.type === 'string' && (allowed as readonly string[]).includes(String(node.value))) return node.value as T;
    const found = node.type === 'string' ? `"${String(node.value)}"` : node.type;
    const choices = [...allowed.map((a) => `"${a}"`), ...(key === 'stateReason' ? ['null'] : [])];
    this.report(node, `${where}: "${key}" must be ${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}, not ${found}`);
    return fallback;
  }

  time(owner: Node, fields: Fields, key: string, where: string, nullable: boolean): string | null {
    const node = fields.get(key);
    if (node === undefined) {
      if (!nullable) this.report(owner, `${where}: missing "${key}"`);
      return null;
    }
    if (nullable && node.type === 'null') return null;
    const value = node.type === 'string' ? String(node.value) : '';
    if (ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
    const found = node.type === 'string' ? `"${value}"` : node.type;
    this.report(node, `${where}: "${key}" must be an ISO 8601 time like "2026-12-15T09:00:00Z"${nullable ? ' or null' : ''}, not ${found}`);
    return null;
  }
}

function issueName(number: Node | undefined, index: number): string {
  return number?.type === 'number' && Number.isInteger(number.value) && Number(number.value) >= 1 ? `issue #${String(number.value)}` : `issues[${index}]`;
}
