import * as assert from 'node:assert/strict';
import { openReleaseContainer, openWorkbench, type Workbench } from './workbench';

describe('Release container in the activity bar', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows both views after a click on the Release icon', async () => {
    const { page } = workbench;
    await openReleaseContainer(page);
    const headers = page.locator('.sidebar .pane-header');
    await headers.filter({ hasText: 'Issues by Role' }).waitFor({ timeout: 30000 });
    await headers.filter({ hasText: 'Release Checklist' }).waitFor({ timeout: 30000 });
    const titles = await headers.locator('h3.title').allInnerTexts();
    assert.ok(titles.some((t) => /issues by role/i.test(t)), `view titles: ${titles.join(', ')}`);
    assert.ok(titles.some((t) => /release checklist/i.test(t)), `view titles: ${titles.join(', ')}`);
    await workbench.screenshot('release-container');
  });
});
