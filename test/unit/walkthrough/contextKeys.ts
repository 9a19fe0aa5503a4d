// The context keys src/ sets, read from the sources: every `executeCommand('setContext', KEY, …)` with KEY a
// string literal or a `const` declared with a string literal somewhere in src/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listSourceFiles } from '../l10n/l10nCalls';

const SET_CONTEXT = /['"]setContext['"]\s*,\s*(?:'([^']+)'|"([^"]+)"|([A-Za-z_$][\w$]*))/g;
const CONSTANT = /\bconst\s+([A-Za-z_$][\w$]*)\s*=\s*'([^']+)'/g;

export function contextKeysSetIn(texts: readonly string[]): Set<string> {
  const constants = new Map<string, string>();
  for (const text of texts) for (const [, name, value] of text.matchAll(CONSTANT)) constants.set(name, value);
  const keys = new Set<string>();
  for (const text of texts) {
    for (const [, single, double, name] of text.matchAll(SET_CONTEXT)) {
      const key = single ?? double ?? constants.get(name);
      if (key) keys.add(key);
    }
  }
  return keys;
}

export function contextKeysSetUnder(root: string): Set<string> {
  return contextKeysSetIn(listSourceFiles(root).map((file) => readFileSync(path.join(root, file), 'utf8')));
}
