// The progress report panel as the ui tests see it: opened from the command palette, its content inside the
// webview's nested iframes (VS Code puts the page in #active-frame inside iframe.webview).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { approvalFromIssues } from '../../src/core/criteria/criteria';
import { buildReport, type ReleaseReport } from '../../src/core/report/report';
import { chooseMilestone } from '../../src/state/milestoneChoice';
import { createLocalTracker } from '../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../src/trackers/nodeTrackerFiles';
import { loadTeamConfig } from '../../src/trackers/teamConfigFile';
import { scanTodos } from '../../src/cli/workspaceTodos';
import { screenshotDir } from './workbench';

export const REPORT_COMMAND = 'Release: Open Progress Report';

export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Switches the colour theme with the theme picker (Ctrl+K Ctrl+T). code-server does not apply a high contrast
 * theme given as the `workbench.colorTheme` setting, so those are picked like a user would.
 */
export async function pickColorTheme(page: Page, label: string, themeClass: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.monaco-workbench.${themeClass}`).waitFor({ timeout: 15000 });
}

/** The report the panel should show for a fixture folder: the extension's own engine over the same files. */
export async function expectedReport(root: string): Promise<ReleaseReport> {
  const { config } = await loadTeamConfig(nodeTrackerFiles(root));
  const tracker = createLocalTracker({ files: nodeTrackerFiles(root), config });
  const milestone = chooseMilestone(await tracker.listMilestones(), config.milestone);
  if (!milestone) throw new Error(`No open milestone in ${root}`);
  const data = await tracker.loadRelease(milestone.title);
  // The same TODO scan as the CLI: the fixture's own comments, with its .vscode/settings.json tags.
  const todos = await scanTodos(root);
  return buildReport({ data, config, todos, approval: approvalFromIssues(data.issues, config), now: new Date() });
}

export class ReportPage {
  readonly frame: FrameLocator;

  constructor(readonly page: Page) {
    this.frame = page.frameLocator('iframe.webview').first().frameLocator('#active-frame');
  }

  /** Opens the panel through the command palette and waits for the rendered verdict. */
  async open(): Promise<void> {
    // The status bar item appears once the extension has loaded the release.
    await this.page.locator('.statusbar-item', { hasText: /NO-GO|GO/ }).first().waitFor({ timeout: 60000 });
    await runCommand(this.page, REPORT_COMMAND);
    await this.verdict().waitFor({ timeout: 60000 });
  }

  verdict(): Locator {
    return this.frame.locator('#verdict .verdict');
  }

  roleCell(roleId: string, column: 'resolved' | 'verified' | 'total'): Locator {
    return this.frame.locator(`#roles tr[data-role="${roleId}"] td[data-col="${column}"]`);
  }

  issueButton(section: string, issueNumber: number): Locator {
    return this.frame.locator(`#${section} button[data-key="issue:${issueNumber}"]`).first();
  }

  /** The editor tab whose label contains `text` (e.g. the Markdown preview of a local issue). */
  tab(text: string): Locator {
    return this.page.locator('.tabs-container .tab', { hasText: text });
  }

  /** A screenshot of the editor area, where the panel is. */
  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.locator('.part.editor').screenshot({ path: file });
    return file;
  }
}
