// Reading jsonc-parser nodes with precise, human problems. Every reader returns `undefined` for a value it
// rejects (after reporting why), so each section can fall back to its default for just that part.
import type { Node, ParseError } from 'jsonc-parser';
import { closestName } from '../closestName';
import type { ProblemList } from './configProblems';

/** How a value was written, for "found …" in messages. */
export function kindOf(node: Node): string {
  switch (node.type) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'null';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return 'a property';
  }
}

const MAX_QUOTED = 40;

/** User text in a message: JSON-quoted (so a newline shows as \n) and cut short so one message stays one line. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text);
}

/** `labels.blocker`, `roles[1].labels[0]`; keys that are not identifiers are bracketed: `labels["a b"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${quote(key)}]`;
  return path === '' ? key : `${path}.${key}`;
}

export interface StringRules {
  /** GitHub's `labels` filter is a comma-separated list, so a label with a comma can never be matched. */
  readonly noComma?: boolean;
  /** Ids are single tokens: they end up in labels (`role:<id>`) and command arguments. */
  readonly token?: boolean;
  /** Checklist items become one task-list line each. */
  readonly singleLine?: boolean;
}

export class ConfigReader {
  constructor(
    private readonly text: string,
    readonly problems: ProblemList,
    private readonly syntaxErrors: readonly ParseError[],
  ) {}

  /** The node exactly as written (`1.10`, not the number 1.1). */
  source(node: Node): string {
    return this.text.slice(node.offset, node.offset + node.length);
  }

  /** A scalar that a syntax error cuts through (an unclosed string swallows what follows it) is not trusted. */
  isBroken(node: Node): boolean {
    if (node.type === 'object' || node.type === 'array') return false;
    return this.syntaxErrors.some((e) => e.offset >= node.offset && e.offset < node.offset + node.length);
  }

  /** A required property may only look missing because the syntax error ate it: then say nothing more. */
  hasSyntaxErrorIn(node: Node): boolean {
    return this.syntaxErrors.some((e) => e.offset >= node.offset && e.offset <= node.offset + node.length);
  }

  wrongType(node: Node, path: string, expected: string, hint = ''): void {
    this.problems.error('wrongType', `"${path}" must be ${expected}, found ${kindOf(node)}${hint}`, node);
  }

  /** The object's properties by name, after warning about unknown and repeated keys (the last one wins, as in JSON.parse). */
  properties(object: Node, path: string, known: readonly string[]): Map<string, Node> {
    const result = new Map<string, Node>();
    const seen = new Set<string>();
    for (const property of object.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (keyNode === undefined || typeof keyNode.value !== 'string') continue;
      const key: string = keyNode.value;
      const keyPath = childPath(path, key);
      if (!known.includes(key)) {
        const suggestion = closestName(key, known);
        const where = path === '' ? '' : ` in "${path}"`;
        const tail = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
        this.problems.warning('unknownProperty', `Unknown property ${quote(key)}${where} is ignored${tail}`, keyNode);
        continue;
      }
      if (seen.has(key)) {
        this.problems.warning('duplicateKey', `"${keyPath}" is set more than once; the last one is used`, keyNode);
      }
      seen.add(key);
      // A missing value (`"milestone": }`) is already a syntax error; the default stays.
      if (valueNode === undefined || this.isBroken(valueNode)) result.delete(key);
      else result.set(key, valueNode);
    }
    return result;
  }

  missing(object: Node, path: string, key: string): void {
    // Only the opening brace, as VS Code's schema validation does, so a long object is not underlined whole.
    this.problems.error('missingProperty', `"${path}" is missing the required property "${key}"`, {
      offset: object.offset,
      length: 1,
    });
  }

  string(node: Node, path: string, rules: StringRules = {}): string | undefined {
    if (node.type !== 'string' || typeof node.value !== 'string') {
      this.wrongType(node, path, 'a string');
      return undefined;
    }
    const value: string = node.value;
    if (value.trim() === '') {
      this.problems.error('emptyString', `"${path}" must not be empty`, node);
      return undefined;
    }
    if (rules.token === true && /[\s,]/.test(value)) {
      this.problems.error('invalidString', `"${path}" must not contain spaces or commas, found ${quote(value)}`, node);
      return undefined;
    }
    if (rules.noComma === true && value.includes(',')) {
      this.problems.error(
        'invalidString',
        `"${path}" must not contain a comma, because GitHub's label filter splits on commas: ${quote(value)}`,
        node,
      );
      return undefined;
    }
    if (rules.singleLine === true && /[\r\n]/.test(value)) {
      this.problems.error('invalidString', `"${path}" must fit on one line: each item is one line of the checklist`, node);
      return undefined;
    }
    return value;
  }

  boolean(node: Node, path: string): boolean | undefined {
    if (node.type === 'boolean' && typeof node.value === 'boolean') return node.value;
    const quoted = node.type === 'string' && (node.value === 'true' || node.value === 'false');
    this.wrongType(node, path, 'true or false', quoted ? `; write ${String(node.value)} without quotes` : '');
    return undefined;
  }
}
