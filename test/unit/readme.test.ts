import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fromRoot } from '../repoRoot';

// The README is the user's manual: it must name every command and setting the manifest contributes, and every
// image it shows must exist.
describe('README.md', () => {
  const readme = fs.readFileSync(fromRoot('README.md'), 'utf8');
  const manifest = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8'));

  it('documents every contributed command', () => {
    const missing = (manifest.contributes.commands as { command: string }[]).map((c) => c.command).filter((id) => !readme.includes(`\`${id}\``));
    assert.deepEqual(missing, []);
  });

  it('documents every setting', () => {
    const missing = Object.keys(manifest.contributes.configuration.properties).filter((key) => !readme.includes(`\`${key}\``));
    assert.deepEqual(missing, []);
  });

  it('names every language-model tool and every @release command', () => {
    const tools = (manifest.contributes.languageModelTools as { name: string; toolReferenceName: string }[]).flatMap((t) => [t.name, `#${t.toolReferenceName}`]);
    const commands = (manifest.contributes.chatParticipants as { name: string; commands: { name: string }[] }[]).flatMap((p) => [`@${p.name}`, ...p.commands.map((c) => `/${c.name}`)]);
    assert.deepEqual([...tools, ...commands].filter((name) => !readme.includes(`\`${name}\``)), []);
  });

  it('shows only images that exist', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length > 0, 'the README shows no screenshot');
    assert.deepEqual(images.filter((image) => !fs.existsSync(fromRoot(image))), []);
  });

  it('keeps the quick start to two commands', () => {
    const quickStart = readme.split('## Quick start')[1]?.split('\n## ')[0] ?? '';
    const block = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? '';
    assert.equal(block.trim().split('\n').length, 2);
  });
});
