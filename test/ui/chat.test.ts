// `@release` in a real workbench (code-server 4.139.1 ≈ VS Code 1.139, no Copilot). The chat input knows the
// participant and its commands, but code-server has no chat model and no signed-in chat, so a request is never
// sent ("Getting chat ready…" stays): the /status answer is shown instead as the participant's own builder
// (src/core/chat/statusAnswer.ts) writes it, rendered by VS Code's Markdown preview, for the README screenshot.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { statusAnswer } from '../../src/core/chat/statusAnswer';
import { fromRoot } from '../repoRoot';
import { expectedReport, runCommand } from './reportPage';
import { openWorkbench, type Workbench } from './workbench';

describe('@release chat (ui)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  it('the chat input knows @release /status; its answer renders as plain Markdown with the NO-GO reasons', async () => {
    const { page } = workbench;
    await page.locator('.statusbar-item', { hasText: /NO-GO|GO/ }).first().waitFor({ timeout: 60000 });
    const report = await expectedReport(fromRoot('test', 'fixtures', 'workspace'));
    assert.equal(report.verdict, 'NO-GO');
    const answer = statusAnswer(report)
      .flatMap((p) => (p.kind === 'markdown' ? [p.value] : []))
      .join('\n');
    fs.writeFileSync(path.join(workbench.workspace, 'release-status.md'), `${answer}\n`);

    // Not runCommand: the palette row of this built-in command is labelled differently across builds.
    await page.keyboard.press('F1');
    const palette = page.locator('.quick-input-widget input');
    await palette.waitFor({ state: 'visible' });
    await palette.fill('>Chat: Open Chat');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    // Without Copilot the workbench shows a sign-in dialog over the chat view; the chat input behind it keeps
    // the keyboard focus (Escape would cancel the chat setup and close the view).
    await page.locator('.monaco-dialog-box').waitFor({ state: 'visible', timeout: 15000 }).catch(() => undefined);
    await page.waitForTimeout(1000);
    await page.keyboard.type('@release /status', { delay: 80 });
    // The chat input's completion offers the participant's own command: registered in the running workbench.
    await page.locator('.monaco-list-row[aria-label^="/status, @release"]').first().waitFor({ timeout: 20000 });

    await page.keyboard.press('Control+P');
    const quickOpen = page.locator('.quick-input-widget input');
    await quickOpen.waitFor({ state: 'visible' });
    await quickOpen.fill('release-status.md');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'release-status.md' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await runCommand(page, 'Markdown: Open Preview');
    const preview = page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
    await preview.locator('h3', { hasText: `NO-GO: release ${report.milestone.title}` }).waitFor({ timeout: 30000 });
    const failing = report.criteria.filter((c) => !c.passed && !c.skipped);
    for (const c of failing) await preview.getByText(c.title, { exact: true }).first().waitFor();
    assert.equal(await preview.locator('a, img').count(), 0, 'no link or image from the data');
    await workbench.screenshot('chat-release-status');
  });
});
