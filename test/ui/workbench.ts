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
  /** User settings; a function gets the emulator's URL (null without one). */
  settings?: Record<string, unknown> | ((emulatorUrl: string | null) => Record<string, unknown>);
  /** Merged into the copied workspace's .vscode/settings.json (a workspace setting beats a user one). */
  workspaceSettings?: Record<string, unknown>;
  /**
   * More extensions, installed in the window's extensions folder (absolute folder paths). Not as a second
   * extension under development: with two, code-server's workbench loads neither.
   */
  installed?: readonly string[];
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  await ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-ui-'));
  const emulator: RunningEmulator | null = await startEmulator(tmp);
  const workspace = prepareWorkspace(tmp, options.fixture);
  if (options.workspaceSettings) {
    const file = path.join(workspace, '.vscode', 'settings.json');
    const current = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify({ ...current, ...options.workspaceSettings }, null, 2));
  }
  for (const dir of options.installed ?? []) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
    fs.cpSync(dir, path.join(tmp, 'extensions', `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
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
        ...(typeof options.settings === 'function' ? options.settings(emulator?.url ?? null) : options.settings),
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
