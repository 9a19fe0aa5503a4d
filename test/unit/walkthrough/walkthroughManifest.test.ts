// The getting-started walkthrough in package.json: each step is completed by an event the extension really causes
// (a contributed command, view or setting, or a context key src/ sets), shows an image that exists, and points its
// buttons at commands that exist.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { WALKTHROUGH_ID } from '../../../src/walkthrough/walkthroughIds';
import { fromRoot, repoRoot } from '../../repoRoot';
import { contextKeysSetIn, contextKeysSetUnder } from './contextKeys';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; image?: string | Record<string, string>; markdown?: string; altText?: string };
  completionEvents?: string[];
}

const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8'));
const nls = JSON.parse(readFileSync(fromRoot('package.nls.json'), 'utf8')) as Record<string, string>;
const text = (value: string) => (/^%.+%$/.test(value) ? (nls[value.slice(1, -1)] ?? '') : value);

/** Context keys named in a when-clause expression: dotted identifiers left of an operator or alone. */
function keysOf(expression: string): string[] {
  return expression
    .split(/\|\||&&/)
    .map((clause) => clause.trim().replace(/^!/, '').split(/\s*(?:==|!=|=~|>=|<=|>|<|\bin\b|\bnot in\b)\s*/)[0].trim())
    .filter(Boolean);
}

export function unknownEvents(events: readonly string[], known: { commands: Set<string>; views: Set<string>; settings: Set<string>; contextKeys: Set<string> }): string[] {
  return events.filter((event) => {
    const [, kind, argument] = /^(\w+):(.*)$/.exec(event) ?? [];
    switch (kind) {
      case 'onCommand': return !known.commands.has(argument);
      case 'onView': return !known.views.has(argument);
      case 'onSettingChanged': return !known.settings.has(argument);
      case 'onContext': return keysOf(argument).some((key) => !known.contextKeys.has(key));
      default: return true;
    }
  });
}

describe('the getting-started walkthrough (package.json)', () => {
  const walkthroughs = manifest.contributes.walkthroughs as { id: string; title: string; description: string; steps: Step[] }[];
  const steps = walkthroughs.flatMap((w) => w.steps);
  const commands = new Set<string>((manifest.contributes.commands as { command: string }[]).map((c) => c.command));
  const views = new Set<string>(Object.values(manifest.contributes.views as Record<string, { id: string }[]>).flat().map((v) => v.id));
  const known = { commands, views, settings: new Set(Object.keys(manifest.contributes.configuration.properties)), contextKeys: contextKeysSetUnder(repoRoot) };

  it('is the one walkthrough, under the id the code opens, with the four steps', () => {
    assert.deepEqual(walkthroughs.map((w) => w.id), [WALKTHROUGH_ID]);
    assert.deepEqual(steps.map((s) => s.id), ['chooseTracker', 'openIssues', 'openReport', 'tickChecklist']);
  });

  it('completes every step by an event the extension causes', () => {
    for (const step of steps) assert.ok(step.completionEvents?.length, `${step.id} has no completionEvents (a click on any of its links would complete it)`);
    assert.deepEqual(steps.flatMap((s) => unknownEvents(s.completionEvents ?? [], known).map((e) => `${s.id}: ${e}`)), []);
  });

  it('shows an existing image with alt text in every step', () => {
    for (const step of steps) {
      const { svg, image, altText } = step.media;
      const files = [svg, ...(typeof image === 'object' ? Object.values(image) : [image])].filter((f): f is string => !!f);
      assert.ok(files.length > 0, `${step.id} has no image`);
      for (const file of files) assert.ok(existsSync(fromRoot(file)), `${step.id}: ${file} does not exist`);
      assert.ok(text(altText ?? '').length > 20, `${step.id} has no alt text`);
    }
  });

  it('draws its SVGs in theme colours only, so they read in light, dark and high-contrast themes', () => {
    for (const file of steps.map((s) => s.media.svg).filter((f): f is string => !!f)) {
      const svg = readFileSync(fromRoot(file), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
      // The walkthrough inlines the SVG in a webview whose CSP allows only its own nonce'd <style>: a <style> or
      // style="" of ours is dropped (everything turns black), so colours are presentation attributes.
      assert.doesNotMatch(svg, /<style|\sstyle=|\sclass=/, `${file} styles with CSS the walkthrough's CSP blocks`);
      const colours = [...svg.matchAll(/\s(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]);
      assert.ok(colours.length > 5, `${file} has no colours`);
      // A colour outside var(--vscode-…, fallback) would stay the same in every theme.
      assert.deepEqual(colours.filter((c) => c !== 'none' && !/^var\(--vscode-[\w-]+,/.test(c)), [], `${file} uses a fixed colour`);
    }
  });

  it('points its buttons at commands that exist', () => {
    const builtIn = new Set(['workbench.action.openSettings', ...[...views].map((v) => `${v}.focus`)]);
    const links = steps.flatMap((s) => [...text(s.description).matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]));
    assert.ok(links.length >= 4, 'the steps have no buttons');
    assert.deepEqual(links.filter((id) => !commands.has(id) && !builtIn.has(id)), []);
  });
});

describe('the walkthrough checks (can fail)', () => {
  it('reads context keys set with a literal or a constant', () => {
    const keys = contextKeysSetIn(["const KEY = 'a.b';", "executeCommand('setContext', KEY, 1); executeCommand('setContext', 'c.d', 2);"]);
    assert.deepEqual([...keys].sort(), ['a.b', 'c.d']);
  });

  it('flags an event naming a command, view, setting or context key that does not exist', () => {
    const known = { commands: new Set(['x.run']), views: new Set(['x.view']), settings: new Set(['x.s']), contextKeys: new Set(['x.k']) };
    const events = ['onCommand:x.run', 'onCommand:x.gone', 'onView:x.view', 'onView:x.other', 'onSettingChanged:x.s', 'onContext:x.k == 1 || x.unset', 'onContext:!x.k', 'onLink:https://example.com'];
    assert.deepEqual(unknownEvents(events, known), ['onCommand:x.gone', 'onView:x.other', 'onContext:x.k == 1 || x.unset', 'onLink:https://example.com']);
  });
});
