// TODO code lenses in a real workbench: open the fixture's src/giftWrap.ts through Quick Open, wait for the lenses
// the extension computes from the local tracker's data, and leave a screenshot (lenses.png) for the README.
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from './workbench';

describe('TODO code lenses in the editor', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench({ settings: { 'workbench.startupEditor': 'none', 'editor.minimap.enabled': false } });
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows a lens on every TODO of the file', async () => {
    const { page } = workbench;
    // Quick Open is ready once the workbench has restored; retry the shortcut until its input shows.
    const input = page.locator('.quick-input-widget input');
    for (let attempt = 0; attempt < 20 && !(await input.isVisible()); attempt++) {
      await page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 3000 }).catch(() => undefined);
    }
    await input.fill('giftWrap.ts');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'giftWrap.ts' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');

    const lenses = page.locator('.monaco-editor .codelens-decoration');
    const lens = (text: string) => lenses.filter({ hasText: text }).first();
    await lens('#12 · Gift wrapping option at checkout · open · Designer, Programmer').waitFor({ timeout: 60000 });
    await lens('#19 is closed: remove this TODO or reopen').waitFor({ timeout: 30000 });
    await lens('Track as issue').waitFor({ timeout: 30000 });
    // The diagnostic on the closed reference shows as a squiggle under its TODO.
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 30000 });
    const texts = (await lenses.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.ok(texts.some((t) => t.includes('Open')), `lenses: ${texts.join(' | ')}`);
    await page.mouse.move(0, 0);
    await workbench.screenshot('lenses');
  });
});
