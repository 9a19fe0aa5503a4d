// The Issues by Role tree in a real workbench: role groups and their progress computed from the fixture with the
// extension's own rules, hover, checkbox and keyboard resolve / reopen, and screenshots in three themes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { fromRoot } from '../repoRoot';
import type { ReleaseGroups } from '../../src/core/issueGroups';
import { expectedGroups, IssuesTreePage } from './issuesTreePage';
import { openReleaseContainer, openWorkbench, type Workbench } from './workbench';

const fixture = fromRoot('test', 'fixtures', 'workspace');
const LAYOUT = { width: 1200, height: 1400, sidebarWidth: 560 };

/** A role row's description: its issues' resolved/total, and the pull requests it lists (never counted). */
function roleDescription(group: ReleaseGroups['groups'][number], resolvedDelta = 0): string {
  const counts = `${group.resolved + resolvedDelta}/${group.total}`;
  const pulls = group.pulls.length;
  return pulls === 0 ? counts : `${counts} · ${pulls} pull request${pulls === 1 ? '' : 's'}`;
}

function issueStates(workspace: string): Map<number, string> {
  const doc = JSON.parse(fs.readFileSync(path.join(workspace, '.release', 'issues.json'), 'utf8')) as { issues: { number: number; state: string }[] };
  return new Map(doc.issues.map((i) => [i.number, i.state]));
}

function issueState(workspace: string, issueNumber: number): string | undefined {
  return issueStates(workspace).get(issueNumber);
}

async function waitForIssueState(workspace: string, issueNumber: number, state: string): Promise<void> {
  const deadline = Date.now() + 15000;
  while (issueState(workspace, issueNumber) !== state) {
    if (Date.now() > deadline) throw new Error(`#${issueNumber} is ${issueState(workspace, issueNumber)} in issues.json, expected ${state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function openTree(workbench: Workbench): Promise<IssuesTreePage> {
  await openReleaseContainer(workbench.page);
  const tree = new IssuesTreePage(workbench.page);
  // Real content, not a sleep: the milestone row appears once the store has loaded the release.
  await tree.releaseRow().waitFor({ timeout: 60000 });
  await tree.layOut(LAYOUT);
  return tree;
}

async function expandRoles(tree: IssuesTreePage, expected: ReleaseGroups): Promise<void> {
  for (const group of expected.groups) {
    if (group.total > 0) await tree.expand(tree.roleRow(group.role.name));
  }
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

describe('Issues by Role tree (ui)', () => {
  let workbench: Workbench;
  let tree: IssuesTreePage;
  let expected: ReleaseGroups;

  before(async () => {
    expected = await expectedGroups(fixture);
    workbench = await openWorkbench();
    tree = await openTree(workbench);
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the release and each role with its resolved/total from the fixture', async () => {
    const release = tree.releaseRow();
    assert.match(await tree.description(release), new RegExp(`${expected.resolved}/${expected.total} resolved`));
    for (const group of expected.groups) {
      const row = tree.roleRow(group.role.name);
      if (group.total === 0) {
        assert.equal(await row.count(), 0, `${group.role.name} has no issues and is hidden`);
        continue;
      }
      assert.equal(await tree.label(row), group.role.name);
      assert.equal(await tree.description(row), roleDescription(group));
    }
    // The four team roles first, in config order, then Unassigned.
    const labels = await tree.pane.locator('.monaco-list-row[aria-level="1"] .label-name').allInnerTexts();
    assert.deepEqual(labels.slice(1), expected.groups.filter((g) => g.total > 0).map((g) => g.role.name));
  });

  it('lists every issue of each role once expanded, in priority order', async () => {
    await expandRoles(tree, expected);
    const issueRows = tree.pane.locator('.monaco-list-row[aria-level="2"]');
    const shownCount = expected.groups.reduce((n, g) => n + g.issues.length + g.pulls.length, 0);
    await assert.doesNotReject(issueRows.nth(shownCount - 1).waitFor({ timeout: 10000 }), 'the last issue row renders');
    const labels = (await issueRows.locator('.label-name').allInnerTexts()).map((t) => t.trim());
    // Each role lists its issues, then its pull requests.
    const wanted = expected.groups.flatMap((g) => [...g.issues.map((c) => `#${c.issue.number} ${c.issue.title}`), ...g.pulls.map((p) => `#${p.number} ${p.title}`)]);
    assert.deepEqual(labels, wanted);
    // Closed as not planned is resolved but dropped: its own icon, not the "done" one.
    const dropped = expected.groups.flatMap((g) => g.issues).filter((c) => c.issue.stateReason === 'not_planned');
    assert.ok(dropped.length > 0, 'the fixture has an issue closed as not planned');
    for (const { issue } of dropped) {
      assert.equal(await tree.issueRow(issue.number).locator('.codicon-circle-slash').count(), 1, `#${issue.number} shows the not-planned icon`);
    }
    await tree.restMouse();
    await tree.screenshot('tree-roles');
  });

  it('shows the merged pull request under its role with its icon and state, outside the counts', async () => {
    const group = expected.groups.find((g) => g.pulls.length > 0)!;
    assert.ok(group, 'the fixture has a pull request');
    const pull = group.pulls[0];
    const row = tree.pane.locator(`.monaco-list-row[aria-level="2"][aria-label^="Pull request ${pull.number}, "]`).first();
    await row.waitFor({ timeout: 10000 });
    assert.equal(await tree.description(row), 'pull request · merged');
    assert.equal(await row.locator('.codicon-git-merge').count(), 1);
    assert.equal(await tree.checkbox(row).count(), 0, 'a pull request has no resolve checkbox');
    assert.equal(await tree.description(tree.roleRow(group.role.name)), roleDescription(group));
    await row.scrollIntoViewIfNeeded();
    await tree.restMouse();
    await tree.screenshot('tree-pull-request');
  });

  it('shows an issue hover with its title and labels', async () => {
    const issue = expected.groups.flatMap((g) => g.issues).find((c) => c.issue.labels.length > 1 && c.issue.body)!.issue;
    await tree.issueRow(issue.number).locator('.label-name').hover();
    const hover = tree.page.locator('.monaco-hover, .workbench-hover').filter({ hasText: `#${issue.number}` }).first();
    await hover.waitFor({ state: 'visible', timeout: 10000 });
    // appendText keeps runs of spaces as &nbsp;.
    const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
    assert.ok(text.includes(issue.title), `hover shows the title: ${text}`);
    assert.ok(text.includes(issue.labels[0]), `hover shows the labels: ${text}`);
    await tree.screenshot('tree-hover', hover);
    await tree.restMouse();
    await tree.page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden' });
  });

  it('resolves an issue with its checkbox and reopens it with a second click', async () => {
    const group = expected.groups.find((g) => g.issues.some((c) => c.status.roles.length === 1 && !c.status.resolved))!;
    const { issue } = group.issues.find((c) => c.status.roles.length === 1 && !c.status.resolved)!;
    const roleRow = tree.roleRow(group.role.name);
    const row = tree.issueRow(issue.number);
    assert.equal(await tree.checkbox(row).getAttribute('aria-checked'), 'false');

    const resolved = await tree.toggle(issue.number, 'open', 'resolved');
    assert.equal(await tree.checkbox(resolved).getAttribute('aria-checked'), 'true');
    await waitForIssueState(workbench.workspace, issue.number, 'closed');
    assert.equal(await tree.description(roleRow), roleDescription(group, 1));

    await tree.toggle(issue.number, 'resolved', 'open');
    await waitForIssueState(workbench.workspace, issue.number, 'open');
    assert.equal(await tree.description(roleRow), roleDescription(group));
  });

  it('resolves and reopens every selected issue from the context menu', async () => {
    const { page } = workbench;
    // Two open issues with one role each, so each has one row.
    const picked = expected.groups
      .flatMap((g) => g.issues)
      .filter((c) => c.status.roles.length === 1 && !c.status.resolved)
      .slice(0, 2)
      .map((c) => c.issue.number);
    assert.equal(picked.length, 2);
    const runFromMenu = async (item: string, state: string) => {
      await tree.issueRow(picked[0]).locator('.label-name').click();
      await tree.issueRow(picked[1]).locator('.label-name').click({ modifiers: ['Control'] });
      await tree.issueRow(picked[1]).click({ button: 'right' });
      const action = page.locator('.context-view .action-label', { hasText: item });
      await action.waitFor({ state: 'visible' });
      await action.click();
      // The menu is built again when a context key changes while it is open (the release refreshing after the last
      // write); a click that lands during that is lost and the menu stays open. Only then click once more.
      const menu = page.locator('.context-view .monaco-menu');
      if (!(await menu.waitFor({ state: 'hidden', timeout: 5000 }).then(() => true, () => false))) await action.click();
      for (const n of picked) await tree.waitForIssue(n, state);
    };

    await runFromMenu('Mark Resolved', 'resolved');
    for (const n of picked) await waitForIssueState(workbench.workspace, n, 'closed');
    await runFromMenu('Reopen Issue', 'open');
    for (const n of picked) await waitForIssueState(workbench.workspace, n, 'open');
  });

  it('resolves the issue picked with the arrow keys and Space with the Mark Resolved keybinding', async () => {
    const { page } = workbench;
    const firstRole = expected.groups.find((g) => g.total > 0)!;
    const first = firstRole.issues[0];
    assert.equal(first.status.resolved, false, 'the first issue of the first role is open (priority order)');

    await runCommand(page, 'Focus on Issues by Role View');
    // Home: the release row; Down: the first role (expanded above); Down: its first issue.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = tree.pane.locator('.monaco-list-row.focused');
    assert.match((await focused.getAttribute('aria-label')) ?? '', new RegExp(`^Issue ${first.issue.number}, `));
    // Space selects the focused row: the keybinding acts on the selection (see src/tree/selectedIssues.ts).
    await page.keyboard.press('Space');
    assert.equal(await focused.getAttribute('aria-selected'), 'true');

    await page.keyboard.press('Control+Alt+R');
    await waitForIssueState(workbench.workspace, first.issue.number, 'closed');
    await tree.waitForIssue(first.issue.number, 'resolved');
    assert.equal(await page.locator('.quick-input-widget').isVisible(), false, 'no prompt: the selected issue is the argument');

    await tree.toggle(first.issue.number, 'resolved', 'open');
    await waitForIssueState(workbench.workspace, first.issue.number, 'open');
  });

  it('leaves every issue open or closed as the fixture has it', () => {
    assert.deepEqual(issueStates(workbench.workspace), issueStates(fixture));
  });
});

/**
 * Picks a color theme the way a user does (Ctrl+K Ctrl+T). The `theme` option of openWorkbench sets
 * workbench.colorTheme before start, but code-server 1.139 replaces some themes given that way (the high contrast
 * ones among them) with Light 2026 while it starts; chosen from the picker they stick.
 */
async function pickColorTheme(page: Page, label: string, themeClass: string): Promise<void> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(label);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.monaco-workbench.${themeClass}`).waitFor({ timeout: 15000 });
}

for (const { name, theme, pick } of [
  { name: 'tree-light', theme: 'Default Light Modern', pick: null },
  { name: 'tree-hc', theme: 'Default High Contrast', pick: { label: 'Dark High Contrast', themeClass: 'hc-black' } },
] as const) {
  describe(`Issues by Role tree in ${theme} (ui)`, () => {
    let workbench: Workbench;

    before(async () => {
      workbench = await openWorkbench(pick ? {} : { theme });
    });

    after(async () => {
      await workbench?.close();
    });

    it('renders every role expanded', async () => {
      const expected = await expectedGroups(fixture);
      const tree = await openTree(workbench);
      // After the tree has loaded: by then the workbench takes keyboard chords.
      if (pick) await pickColorTheme(workbench.page, pick.label, pick.themeClass);
      await expandRoles(tree, expected);
      const last = expected.groups.filter((g) => g.issues.length > 0).at(-1)!.issues.at(-1)!;
      await tree.issueRow(last.issue.number).waitFor();
      await tree.restMouse();
      await tree.screenshot(name);
    });
  });
}
