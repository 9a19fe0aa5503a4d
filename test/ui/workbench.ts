// Drives a real VS Code workbench (code-server) in Debian's Chromium for the ui tests. One code-server per test
// file; pages open the fixture workspace with this repository loaded as an extension under development.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser.mjs';
import { ensureCodeServer, repoRoot, startCodeServer, workbenchUrl, type RunningCodeServer } from '../harness/codeServer.mjs';
import { prepareWorkspace, startEmulator, type RunningEmulator } from '../harness/fixtures.mjs';

export const screenshotDir = path.join(repoRoot, 'test-results', 'ui');

/** Workbenches open now, with their logs (code-server's, and VS Code's incl. the extension host's): the failure hook saves them. */
export const openWorkbenches = new Set<{ readonly page: Page; readonly logFile: string; readonly logsDir: string }>();

export interface Workbench {
  readonly page: Page;
  readonly workspace: string;
  readonly emulatorUrl: string | null;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  fixture?: string;
  theme?: string;
  settings?: Record<string, unknown>;
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  await ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-ui-'));
  const emulator: RunningEmulator | null = await startEmulator(tmp);
  const workspace = prepareWorkspace(tmp, options.fixture);
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startCodeServer({
      userDataDir: path.join(tmp, 'user-data'),
      extensionsDir: path.join(tmp, 'extensions'),
      logFile: path.join(tmp, 'code-server.log'),
      settings: {
        ...(emulator ? { 'releaseReadiness.github.apiUrl': emulator.url } : {}),
        ...(options.theme ? { 'workbench.colorTheme': options.theme } : {}),
        // The extension runs under development here, where it opens its walkthrough once per (fresh) profile: off,
        // so the editor area is the test's; test/ui/walkthrough.test.ts turns it on.
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        ...options.settings,
      },
    });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(workbenchUrl(server.url, { folder: workspace }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    const running = { server, browser };
    const evidence = { page, logFile: path.join(tmp, 'code-server.log'), logsDir: path.join(tmp, 'user-data', 'logs') };
    openWorkbenches.add(evidence);
    return {
      page,
      workspace,
      emulatorUrl: emulator?.url ?? null,
      async screenshot(name) {
        fs.mkdirSync(screenshotDir, { recursive: true });
        const file = path.join(screenshotDir, `${name}.png`);
        await page.screenshot({ path: file });
        return file;
      },
      async close() {
        openWorkbenches.delete(evidence);
        await running.browser.close().catch(() => undefined);
        await running.server.stop();
        await emulator?.stop();
        fs.rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await emulator?.stop();
    throw error;
  }
}

/** Clicks the Release container's icon in the activity bar (unless it is already open) and waits for it. */
export async function openReleaseContainer(page: Page): Promise<void> {
  const icon = page.locator('.activitybar .action-item a.action-label[aria-label^="Release"]').first();
  await icon.waitFor({ timeout: 60000 });
  const sidebarTitle = page.locator('.sidebar .composite.title h2', { hasText: /^release$/i });
  if (!(await sidebarTitle.isVisible())) await icon.click();
  await sidebarTitle.waitFor({ timeout: 30000 });
}
