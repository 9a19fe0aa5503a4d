// Preview Release Notes in a real workbench: the command from the Command Palette opens the demo release's notes
// in an untitled Markdown editor; release-notes.png shows it next to the Issues by Role tree.
import * as assert from 'node:assert/strict';
import { IssuesTreePage } from './issuesTreePage';
import { openReleaseContainer, openWorkbench, type Workbench } from './workbench';

describe('Preview Release Notes (ui)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens the notes of the release in an untitled Markdown editor', async () => {
    const { page } = workbench;
    await openReleaseContainer(page);
    const tree = new IssuesTreePage(page);
    await tree.releaseRow().waitFor({ timeout: 60000 });
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Release: Preview Release Notes');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Preview Release Notes' }).first().waitFor();
    await page.keyboard.press('Enter');
    const editor = page.locator('.editor-instance .view-lines');
    await editor.filter({ hasText: 'Release notes: v1.4' }).waitFor({ timeout: 30000 });
    const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /# Release notes: v1\.4 — Holiday Checkout/);
    assert.match(text, /## Programmer/);
    assert.match(text, /- Promo codes: stack the holiday code with the loyalty discount.* \(#14\) — #52/);
    assert.match(await page.locator('.tabs-container .tab.active').innerText(), /Untitled/);
    await tree.restMouse();
    await workbench.screenshot('release-notes');
  });
});
