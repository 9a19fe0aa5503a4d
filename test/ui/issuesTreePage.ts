// The Issues by Role view as the ui tests see it: rows found by their accessible labels (the tree items set
// accessibilityInformation), the sidebar laid out so every row renders, and screenshots cropped to the sidebar.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { groupByRole, type ReleaseGroups } from '../../src/core/issueGroups';
import { chooseMilestone } from '../../src/state/milestoneChoice';
import { createLocalTracker } from '../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../src/trackers/nodeTrackerFiles';
import { loadTeamConfig } from '../../src/trackers/teamConfigFile';
import { screenshotDir } from './workbench';

/** What the tree should show for the fixture: the same grouping the extension uses, over the same files. */
export async function expectedGroups(root: string): Promise<ReleaseGroups> {
  const { config } = await loadTeamConfig(nodeTrackerFiles(root));
  const tracker = createLocalTracker({ files: nodeTrackerFiles(root), config });
  const milestone = chooseMilestone(await tracker.listMilestones(), config.milestone);
  if (!milestone) throw new Error(`No open milestone in ${root}`);
  const data = await tracker.loadRelease(milestone.title);
  return groupByRole(data.issues, config, undefined, undefined, data.pullRequests ?? []);
}

export class IssuesTreePage {
  readonly pane: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /issues by role/i }) });
  }

  /** The milestone row; it is the first row once the release has loaded. */
  releaseRow(): Locator {
    return this.pane.locator('.monaco-list-row[aria-level="1"][aria-label^="Release "]');
  }

  roleRow(name: string): Locator {
    return this.pane.locator(`.monaco-list-row[aria-level="1"][aria-label^="${name}, "]`);
  }

  /** The first row of an issue (an issue with two roles has a row under each). */
  issueRow(issueNumber: number): Locator {
    return this.pane.locator(`.monaco-list-row[aria-level="2"][aria-label^="Issue ${issueNumber}, "]`).first();
  }

  /**
   * Waits until the issue's first row shows `state` (the end of its accessible label: "open", "resolved", …) and
   * no longer says "saving…": the write is confirmed, so the row will not move again under a click.
   */
  async waitForIssue(issueNumber: number, state: string): Promise<Locator> {
    const row = this.pane
      .locator(`.monaco-list-row[aria-level="2"][aria-label^="Issue ${issueNumber}, "][aria-label$=", ${state}"]`)
      .filter({ hasNot: this.page.locator('.label-description', { hasText: 'saving…' }) })
      .first();
    await row.waitFor({ timeout: 15000 });
    return row;
  }

  checkbox(row: Locator): Locator {
    return row.locator('.custom-view-tree-node-item-checkbox');
  }

  /**
   * Clicks the issue's checkbox and waits for the row to show `state` with the write confirmed. A click the
   * workbench dropped (now and then the tree's checkbox misses a mouse click that lands while the row redraws)
   * leaves the row exactly as it was, with no "saving…": only then is it clicked again, at most twice more. A click
   * that reached the extension shows its optimistic state at once, so it is never repeated.
   */
  async toggle(issueNumber: number, from: string, to: string): Promise<Locator> {
    for (let attempt = 1; ; attempt++) {
      await this.checkbox(this.issueRow(issueNumber)).click();
      const moved = this.pane.locator(`.monaco-list-row[aria-level="2"][aria-label^="Issue ${issueNumber}, "]:not([aria-label$=", ${from}"])`).first();
      const saving = this.issueRow(issueNumber).locator('.label-description', { hasText: 'saving…' });
      const reacted = await Promise.race([moved.waitFor({ timeout: 4000 }), saving.waitFor({ timeout: 4000 })]).then(
        () => true,
        () => false,
      );
      if (reacted || attempt === 3) return this.waitForIssue(issueNumber, to);
    }
  }

  async label(row: Locator): Promise<string> {
    return (await row.locator('.label-name').innerText()).trim();
  }

  async description(row: Locator): Promise<string> {
    return (await row.locator('.label-description').innerText()).trim();
  }

  async expand(row: Locator): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) === 'true') return;
    await row.locator('.monaco-tl-twistie').click();
    await this.page.waitForFunction((el) => el?.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout: 10000 });
  }

  /**
   * Makes room for the whole tree: a tall viewport, the sidebar dragged wide enough for issue titles, and the
   * Release Checklist pane collapsed so Issues by Role takes the height (the list only renders visible rows).
   */
  async layOut(options: { width: number; height: number; sidebarWidth: number }): Promise<void> {
    const { page } = this;
    await page.setViewportSize({ width: options.width, height: options.height });
    const checklistHeader = page.locator('.sidebar .pane-header', { hasText: /release checklist/i });
    if ((await checklistHeader.getAttribute('aria-expanded')) === 'true') await checklistHeader.click();
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (!sidebar) throw new Error('The sidebar is not visible');
    const edge = sidebar.x + sidebar.width;
    const y = sidebar.y + sidebar.height / 2;
    await page.mouse.move(edge, y);
    await page.mouse.down();
    await page.mouse.move(edge + 40, y, { steps: 2 });
    await page.mouse.move(sidebar.x + options.sidebarWidth, y, { steps: 5 });
    await page.mouse.up();
    const deadline = Date.now() + 10000;
    while (Math.abs(((await page.locator('.part.sidebar').boundingBox())?.width ?? 0) - options.sidebarWidth) > 30) {
      if (Date.now() > deadline) throw new Error(`The sidebar did not widen to ${options.sidebarWidth}px`);
      await page.waitForTimeout(100);
    }
  }

  /**
   * Moves the mouse off the tree (into the empty editor area) and takes the keyboard focus away, so no row shows
   * a hover highlight or a focus outline in the screenshot.
   */
  async restMouse(): Promise<void> {
    const viewport = this.page.viewportSize()!;
    await this.page.mouse.move(viewport.width - 20, viewport.height - 60);
    await this.page.evaluate('document.activeElement && document.activeElement.blur()');
  }

  /** Screenshot of the activity bar and sidebar (plus `extra`, e.g. a hover that reaches into the editor). */
  async screenshot(name: string, extra?: Locator): Promise<string> {
    const { page } = this;
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (!sidebar) throw new Error('The sidebar is not visible');
    let right = sidebar.x + sidebar.width + 8;
    let bottom = sidebar.y + sidebar.height;
    const more = extra ? await extra.boundingBox() : null;
    if (more) {
      right = Math.max(right, more.x + more.width + 16);
      bottom = Math.max(bottom, more.y + more.height + 16);
    }
    const viewport = page.viewportSize()!;
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    // From the top of the activity bar: the title bar above would show a cut-off window title.
    const top = sidebar.y;
    await page.screenshot({ path: file, clip: { x: 0, y: top, width: Math.min(right, viewport.width), height: Math.min(bottom, viewport.height) - top } });
    return file;
  }
}
