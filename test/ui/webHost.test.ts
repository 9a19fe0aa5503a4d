// The extension in the browser's web worker extension host (its `browser` entry, as on vscode.dev): the Issues
// by Role tree and the progress report in Chromium, with screenshots (test-results/ui/web-*.png). The user setting
// remote.extensionKind sends it to the web worker, as test/harness/runWeb.mjs does for the web suites.
import * as assert from 'node:assert/strict';
import { fromRoot } from '../repoRoot';
import { expectedGroups, IssuesTreePage } from './issuesTreePage';
import { expectedReport, ReportPage } from './reportPage';
import { openReleaseContainer, openWorkbench, type Workbench } from './workbench';

const fixture = fromRoot('test', 'fixtures', 'workspace');

describe('web extension host (ui)', () => {
  let workbench: Workbench;

  before(async () => {
    workbench = await openWorkbench({ settings: { 'remote.extensionKind': { 'release-readiness.release-readiness': ['web'] } } });
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the Issues by Role tree from .release/issues.json', async () => {
    const expected = await expectedGroups(fixture);

    await openReleaseContainer(workbench.page);
    const tree = new IssuesTreePage(workbench.page);
    await tree.releaseRow().waitFor({ timeout: 60000 });
    await tree.layOut({ width: 1200, height: 1000, sidebarWidth: 520 });
    assert.match(await tree.description(tree.releaseRow()), new RegExp(`${expected.resolved}/${expected.total} resolved`));
    const programmer = expected.groups.find((g) => g.role.name === 'Programmer')!;
    await tree.expand(tree.roleRow('Programmer'));
    await tree.issueRow(programmer.issues[0].issue.number).waitFor({ timeout: 10000 });
    await tree.restMouse();
    await tree.screenshot('web-tree');
  });

  it('runs the web entry: Ship Release (Node only) is not in the command palette, Open Progress Report is', async () => {
    const { page } = workbench;
    // The status bar item appears once the extension has loaded the release.
    await page.locator('.statusbar-item', { hasText: /NO-GO|GO/ }).first().waitFor({ timeout: 60000 });
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await input.fill('>Release: Open Progress Report');
    await rows.filter({ hasText: 'Open Progress Report' }).first().waitFor();
    await input.fill('>Release: Ship Release');
    // Nothing to wait for when nothing matches: give the palette a beat to filter (it showed the other at once).
    await page.waitForTimeout(1000);
    assert.equal(await rows.filter({ hasText: 'Ship Release' }).count(), 0, 'Ship Release is offered: the extension runs in the Node host');
    await page.keyboard.press('Escape');
  });

  it('opens the progress report with the verdict and the roles from the data', async () => {
    const expected = await expectedReport(fixture);
    await workbench.page.setViewportSize({ width: 1500, height: 1000 });
    const report = new ReportPage(workbench.page);
    await report.open();
    assert.equal(await report.verdict().innerText(), expected.verdict);
    for (const role of expected.roles) {
      assert.equal(await report.roleCell(role.roleId, 'resolved').innerText(), String(role.resolved), `${role.role} resolved`);
      assert.equal(await report.roleCell(role.roleId, 'total').innerText(), String(role.total), `${role.role} total`);
    }
    await report.screenshot('web-report');
  });
});
