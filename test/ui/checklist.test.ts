// The Release Checklist view in a real workbench: role groups with done / total, native checkboxes that write the
// one box to .release/issues.json, Complete Code Checklist from the view's title bar, and checklist.png.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { openReleaseContainer, openWorkbench, screenshotDir, type Workbench } from './workbench';

const MILESTONE = 'v1.4 — Holiday Checkout';

function checklistLines(workspace: string): string[] {
  const doc = JSON.parse(fs.readFileSync(path.join(workspace, '.release', 'issues.json'), 'utf8')) as { milestones: { title: string; checklist: string[] }[] };
  return doc.milestones.find((m) => m.title === MILESTONE)?.checklist ?? [];
}

async function waitForLine(workspace: string, line: string): Promise<void> {
  const deadline = Date.now() + 15000;
  while (!checklistLines(workspace).includes(line)) {
    if (Date.now() > deadline) throw new Error(`issues.json never had the line "${line}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

class ChecklistPane {
  readonly pane: Locator;
  readonly header: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('.sidebar .pane-header', { hasText: /release checklist/i });
    this.pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /release checklist/i }) });
  }

  group(name: string): Locator {
    return this.pane.locator(`.monaco-list-row[aria-level="1"][aria-label^="${name}, "]`);
  }

  item(text: string): Locator {
    return this.pane.locator(`.monaco-list-row[aria-label^="${text}, "]`).first();
  }

  checkbox(row: Locator): Locator {
    return row.locator('.custom-view-tree-node-item-checkbox');
  }

  async isChecked(row: Locator): Promise<boolean> {
    const box = this.checkbox(row);
    const checked = (await box.getAttribute('aria-checked')) ?? '';
    if (checked) return checked === 'true';
    return (await box.getAttribute('class'))?.includes('checked') ?? false;
  }

  /** The checklist gets the sidebar's height and width: Issues by Role collapsed, the sidebar dragged wide. */
  async layOut(sidebarWidth: number): Promise<void> {
    const { page } = this;
    const issuesHeader = page.locator('.sidebar .pane-header', { hasText: /issues by role/i });
    if ((await issuesHeader.getAttribute('aria-expanded')) === 'true') await issuesHeader.click();
    if ((await this.header.getAttribute('aria-expanded')) !== 'true') await this.header.click();
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    if (!sidebar) throw new Error('The sidebar is not visible');
    const edge = sidebar.x + sidebar.width;
    const y = sidebar.y + sidebar.height / 2;
    await page.mouse.move(edge, y);
    await page.mouse.down();
    await page.mouse.move(edge + 40, y, { steps: 2 });
    await page.mouse.move(sidebar.x + sidebarWidth, y, { steps: 5 });
    await page.mouse.up();
  }

  /** The activity bar and sidebar, widened to take in `extra` (a hover reaching into the editor). */
  async screenshot(name: string, extra?: Locator): Promise<string> {
    const sidebar = await this.page.locator('.part.sidebar').boundingBox();
    if (!sidebar) throw new Error('The sidebar is not visible');
    const more = extra ? await extra.boundingBox() : null;
    const viewport = this.page.viewportSize()!;
    const width = Math.min(viewport.width, Math.max(sidebar.x + sidebar.width + 8, more ? more.x + more.width + 16 : 0));
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file, clip: { x: 0, y: 0, width, height: sidebar.y + sidebar.height } });
    return file;
  }
}

/** Runs a command from the palette; `thenPick` answers the quick pick the command opens. */
async function runCommand(page: Page, title: string, thenPick?: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  if (thenPick) {
    await input.waitFor({ state: 'visible' });
    await page.locator('.quick-input-list .monaco-list-row', { hasText: thenPick }).first().click();
  }
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

describe('Release Checklist view (ui)', () => {
  let workbench: Workbench;
  let view: ChecklistPane;

  before(async () => {
    workbench = await openWorkbench();
    await workbench.page.setViewportSize({ width: 1200, height: 680 });
    await openReleaseContainer(workbench.page);
    view = new ChecklistPane(workbench.page);
    await view.header.waitFor({ timeout: 30000 });
    await view.layOut(640);
    await view.group('Programmer').waitFor({ timeout: 60000 });
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the roles expanded with done / total and an item per box', async () => {
    for (const [name, done, total] of [
      ['Project Manager', 2, 3],
      ['Designer', 1, 2],
      ['Programmer', 1, 8],
      ['QA Engineer', 0, 2],
    ] as const) {
      const row = view.group(name);
      assert.equal(await row.getAttribute('aria-label'), `${name}, ${done} of ${total} done`);
      assert.equal(await row.getAttribute('aria-expanded'), 'true', `${name} is expanded`);
    }
    const auto = view.item('All milestone issues resolved');
    assert.match((await auto.locator('.label-description').innerText()).trim(), /^auto/);
    assert.equal(await view.isChecked(view.item('Version bumped in package.json')), true);
    assert.equal(await view.isChecked(auto), false);
    const description = (await view.header.locator('.description').innerText()).trim();
    assert.equal(description, '4/15 done');
  });

  it('a click on a box writes that box to .release/issues.json', async () => {
    const row = view.item('Final assets delivered');
    await view.checkbox(row).click();
    await waitForLine(workbench.workspace, '- [x] Final assets delivered');
    await view.header.locator('.description', { hasText: '5/15 done' }).waitFor({ timeout: 10000 });
    assert.equal(await view.isChecked(row), true);
    await view.pane.locator('.monaco-list-row[aria-level="1"][aria-label="Designer, 2 of 2 done"]').waitFor({ timeout: 10000 });
  });

  it('Complete Code Checklist reports what is left, and the screenshot shows why', async () => {
    const { page } = workbench;
    await runCommand(page, 'Release: Complete Code Checklist');
    // The last run's reason shows next to each verifiable item still open.
    await view.item('All milestone issues resolved').locator('.label-description', { hasText: /open issues/ }).waitFor({ timeout: 30000 });
    // The summary is a notification (this headless workbench keeps it in the notification center, not a toast).
    await runCommand(page, 'Notifications: Show Notifications');
    const summary = page.locator('.notifications-center .notification-list-item', { hasText: /verifiable items ticked/ });
    await summary.waitFor({ timeout: 10000 });
    assert.match(await summary.innerText(), /1 of 6 verifiable items ticked; 5 left: All milestone issues resolved \(\d+ open issues\)/);
    assert.match(await summary.innerText(), /Open Checklist/);
    await runCommand(page, 'Notifications: Hide Notifications');
    await page.mouse.move(900, 650);
    const file = await view.screenshot('checklist');
    assert.ok(fs.statSync(file).size > 10_000);
  });

  it('the hover of a verifiable item says how it is checked and what the last run found', async () => {
    const { page } = workbench;
    await view.item('No untracked TODOs').locator('.label-name').hover();
    const hover = page.locator('.monaco-hover', { hasText: 'Verified automatically' }).last();
    await hover.waitFor({ timeout: 10000 });
    // MarkdownString.appendText writes spaces as &nbsp;.
    const hoverText = (await hover.innerText()).replace(/\u00a0/g, ' ');
    assert.match(hoverText, /Verified automatically by "Complete Code Checklist"/);
    assert.match(hoverText, /Last run: \d+ untracked TODOs/);
    const file = await view.screenshot('checklist-hover', hover);
    assert.ok(fs.statSync(file).size > 10_000);
  });

  it('offers to create the checklist for a milestone without one, and creates it from the template', async () => {
    const { page } = workbench;
    await runCommand(page, 'Release: Select Release Milestone…', 'v1.5');
    const welcome = view.pane.locator('.welcome-view-content', { hasText: 'no release checklist yet' });
    await welcome.waitFor({ timeout: 30000 });
    const button = welcome.locator('.monaco-button', { hasText: 'Create Release Checklist' });
    await button.waitFor();
    await page.mouse.move(900, 650);
    await view.screenshot('checklist-welcome');
    await button.click();
    await view.group('QA Engineer').waitFor({ timeout: 30000 });
    assert.equal(await view.group('Programmer').getAttribute('aria-label'), 'Programmer, 0 of 8 done');
    const doc = JSON.parse(fs.readFileSync(path.join(workbench.workspace, '.release', 'issues.json'), 'utf8')) as { milestones: { title: string; checklist: string[] | null }[] };
    const created = doc.milestones.find((m) => m.title === 'v1.5')?.checklist ?? [];
    assert.ok(created.includes('- [ ] No untracked TODOs <!-- rr:check=noUntrackedTodos -->'), created.join('\n'));
  });
});
