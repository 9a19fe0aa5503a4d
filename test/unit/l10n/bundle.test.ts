// l10n/bundle.l10n.json is what a translator translates: it must hold exactly the strings src/ passes to
// vscode.l10n.t. The first two tests re-run @vscode/l10n-dev's extractor (the one `npm run l10n` runs, offline)
// and compare; the third parses src/ itself, so a message the extractor cannot see still fails a test.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getL10nJson, type l10nJsonFormat } from '@vscode/l10n-dev';
import { fromRoot, repoRoot } from '../../repoRoot';
import { l10nCallsIn, l10nCallsUnder, listSourceFiles } from './l10nCalls';

const REGENERATE = 'Run `npm run l10n` and commit l10n/bundle.l10n.json.';

function messagesOf(bundle: l10nJsonFormat): Set<string> {
  return new Set(Object.values(bundle).map((value) => (typeof value === 'string' ? value : value.message)));
}

describe('l10n/bundle.l10n.json', function () {
  this.timeout(60000);
  const committed = JSON.parse(readFileSync(fromRoot('l10n', 'bundle.l10n.json'), 'utf8')) as l10nJsonFormat;
  let extracted: l10nJsonFormat;

  before(async () => {
    const files = listSourceFiles(repoRoot).map((file) => ({ contents: readFileSync(path.join(repoRoot, file), 'utf8'), extension: path.extname(file) }));
    extracted = await getL10nJson(files);
  });

  it('holds every string src/ passes to vscode.l10n.t', () => {
    const missing = Object.keys(extracted).filter((key) => !(key in committed));
    assert.deepEqual(missing, [], `${missing.length} string(s) missing from the bundle. ${REGENERATE}`);
    assert.ok(Object.keys(extracted).length > 300, `only ${Object.keys(extracted).length} strings extracted from src/`);
  });

  it('holds no string that src/ no longer uses, each as the extractor writes it', () => {
    const stale = Object.keys(committed).filter((key) => !(key in extracted));
    assert.deepEqual(stale, [], `${stale.length} stale string(s) in the bundle. ${REGENERATE}`);
    assert.deepEqual(committed, extracted, REGENERATE);
  });

  it('passes every vscode.l10n.t message as a literal the extractor can read, and finds it in the bundle', () => {
    const calls = l10nCallsUnder(repoRoot);
    assert.ok(calls.length > 300, `only ${calls.length} vscode.l10n.t calls found in src/`);
    const dynamic = calls.filter((call) => call.message === null).map((call) => call.where);
    assert.deepEqual(dynamic, [], 'a message must be a string literal (pass values as {0}, {1} arguments), or no translator ever sees it');
    const inBundle = messagesOf(committed);
    const missing = calls.filter((call) => !inBundle.has(call.message!)).map((call) => `${call.where}: ${call.message}`);
    assert.deepEqual(missing, [], REGENERATE);
  });
});

describe('the vscode.l10n.t call scanner', () => {
  it('reads the forms src/ uses and flags a message that is not a literal', () => {
    const text = [
      "vscode.l10n.t('Saved {0}.', name);",
      'vscode.l10n.t(`Plain template`);',
      "vscode.l10n.t({ message: 'With a comment', args: [], comment: ['for translators'] });",
      "l10n.t('Destructured');",
      'vscode.l10n.t(text);',
      "vscode.l10n.t('a' + b);",
      "other.t('not l10n');",
    ].join('\n');
    assert.deepEqual(l10nCallsIn('src/x.ts', text), [
      { where: 'src/x.ts:1', message: 'Saved {0}.' },
      { where: 'src/x.ts:2', message: 'Plain template' },
      { where: 'src/x.ts:3', message: 'With a comment' },
      { where: 'src/x.ts:4', message: 'Destructured' },
      { where: 'src/x.ts:5', message: null },
      { where: 'src/x.ts:6', message: null },
    ]);
  });
});
