// The getting-started walkthrough in the workbench: the extension, run under development on a fresh profile,
// opens it by itself, with its four steps and their images; the screenshot shows how it reads in a dark and a
// high-contrast theme.
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from './workbench';

const STEPS = ['Choose where the release lives', 'Open Issues by Role', 'Open the progress report', 'Tick the release checklist'];

for (const theme of ['Default Dark Modern', 'Default High Contrast']) {
  describe(`getting-started walkthrough (${theme})`, () => {
    let workbench: Workbench;

    before(async () => {
      workbench = await openWorkbench({ theme, settings: { 'workbench.welcomePage.walkthroughs.openOnInstall': true } });
    });

    after(async () => {
      await workbench?.close();
    });

    it('opens once by itself, with the four steps, each with its image, the tracker step done', async () => {
      const { page } = workbench;
      const editor = page.locator('.gettingStartedContainer');
      await editor.getByText('Get Started with Release Readiness').first().waitFor({ timeout: 60000 });
      for (const step of STEPS) await editor.getByText(step, { exact: true }).first().waitFor({ timeout: 10000 });
      // The first step is expanded: its image is the SVG media, drawn in a webview with the theme's colours.
      await editor.locator('.getting-started-media iframe, .getting-started-media webview, .getting-started-media .webview').first().waitFor({ timeout: 20000 });
      const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
      assert.equal(tabs.filter((t) => /welcome/i.test(t)).length, 1, `tabs: ${tabs.join(', ')}`);
      // The fixture already uses the local tracker: the first step shows as done without anyone clicking.
      await editor.locator('.getting-started-step[aria-checked="true"]', { hasText: STEPS[0] }).first().waitFor({ timeout: 40000 });
      await page.waitForTimeout(1000); // the SVG's webview paints after it is attached
      await workbench.screenshot(`walkthrough-${theme.toLowerCase().replace(/\s+/g, '-')}`);
    });
  });
}
