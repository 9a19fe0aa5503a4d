// Every title and description package.json shows a user comes from package.nls.json (`%key%`), so a translator
// adds package.nls.<lang>.json and never edits the manifest. Ids, setting names and what the model reads stay.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fromRoot } from '../../repoRoot';

/** Fields a user reads, wherever they appear in the manifest. */
const TRANSLATED = new Set([
  'title', 'description', 'markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'patternErrorMessage',
  'deprecationMessage', 'markdownDeprecationMessage', 'category', 'contextualTitle', 'contents', 'displayName',
  'userDescription', 'altText',
]);
/**
 * Left in English on purpose: the brand (CONTRACT.md: displayName "Release Readiness"), and what only the language
 * model reads (a tool's inputSchema), which is tuned in English. modelDescription is not in TRANSLATED for the same
 * reason. A view's `name` is what a user reads; a tool's or a chat command's `name` is an id.
 */
const KEPT = [/^\$\.displayName$/, /\.inputSchema\./];
const VIEW_NAME = /^\$\.contributes\.views\.[^.]+\[\d+\]\.name$/;

interface Found {
  readonly path: string;
  readonly value: string;
}

function strings(value: unknown, at: string, out: Found[] = []): Found[] {
  if (typeof value === 'string') out.push({ path: at, value });
  else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${at}.${key}`, out);
  return out;
}

function fieldOf(path: string): string {
  return /\.([A-Za-z]+)(\[\d+\])?$/.exec(path)?.[1] ?? '';
}

export function untranslated(manifest: unknown): string[] {
  return strings(manifest, '$')
    .filter(({ path }) => TRANSLATED.has(fieldOf(path)) || VIEW_NAME.test(path))
    .filter(({ path }) => !KEPT.some((pattern) => pattern.test(path)))
    .filter(({ value }) => !/^%[\w.-]+%$/.test(value))
    .map(({ path, value }) => `${path}: ${JSON.stringify(value)}`);
}

function placeholders(manifest: unknown): Found[] {
  return strings(manifest, '$').filter(({ value }) => /^%[^%\s]+%$/.test(value));
}

describe('package.nls.json', () => {
  const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
  const nls = JSON.parse(readFileSync(fromRoot('package.nls.json'), 'utf8')) as Record<string, unknown>;

  it('holds every %key% package.json refers to, as a non-empty string', () => {
    const refs = placeholders(manifest);
    assert.ok(refs.length > 70, `only ${refs.length} %key% references in package.json`);
    const missing = refs.filter(({ value }) => typeof nls[value.slice(1, -1)] !== 'string' || nls[value.slice(1, -1)] === '');
    assert.deepEqual(missing.map(({ path, value }) => `${path}: ${value}`), []);
  });

  it('holds no key package.json does not use', () => {
    const used = new Set(placeholders(manifest).map(({ value }) => value.slice(1, -1)));
    assert.deepEqual(Object.keys(nls).filter((key) => !used.has(key)), []);
  });

  it('leaves no title or description of package.json a literal string', () => {
    assert.deepEqual(untranslated(manifest), [], 'move these to package.nls.json and refer to them as "%key%"');
  });

  it('finds a literal title, description and view name (the check can fail)', () => {
    const sample = {
      displayName: 'Brand',
      contributes: {
        commands: [{ command: 'x.y', title: 'Literal', category: '%command.category%' }],
        views: { c: [{ id: 'c.v', name: 'A View' }] },
        configuration: { properties: { 'x.a': { enumDescriptions: ['%ok%', 'Literal too'] } } },
        languageModelTools: [{ name: 'tool_id', modelDescription: 'For the model', inputSchema: { properties: { p: { description: 'For the model' } } } }],
      },
    };
    assert.deepEqual(untranslated(sample), [
      '$.contributes.commands[0].title: "Literal"',
      '$.contributes.views.c[0].name: "A View"',
      '$.contributes.configuration.properties.x.a.enumDescriptions[1]: "Literal too"',
    ]);
  });
});
