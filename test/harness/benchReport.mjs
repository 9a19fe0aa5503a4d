// The report panel's first paint, in Chromium against code-server: on the 5,000-issue bench workspace, from the
// keypress that runs Open Progress Report to the verdict rendered inside the webview, panel closed between runs (so
// each run builds the webview again). Reference, interleaved run by run in the same browser: a tab loading the
// exported HTML report of the same data (a static page of about the same size) until its verdict is shown.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { ensureCodeServer, repoRoot, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { benchWorkspace } from './benchTree.mjs';

const RUNS = 10;
const WARMUP = 2;
const BUDGET_MS = 500;
const RATIO = 2;
/** The same keys as VS Code writes them (keybindings.json) and as Playwright presses them. */
const OPEN_KEY = { vscode: 'ctrl+alt+shift+f9', playwright: 'Control+Alt+Shift+F9' };
const CLOSE_KEY = { vscode: 'ctrl+alt+shift+f10', playwright: 'Control+Alt+Shift+F10' };

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

function measurement(values) {
  const { p50, p95 } = percentiles(values);
  return { value: p95, unit: 'ms', text: `p50 ${p50.toFixed(0)} · p95 ${p95.toFixed(0)} ms (${values.length} runs)` };
}

export async function runReportBench({ issues = 5000, log = (line) => console.log(line) } = {}) {
  const require = createRequire(import.meta.url);
  const { exportedReportHtml } = require(path.join(repoRoot, 'out', 'test', 'bench', 'reportReference.js'));
  await ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-report-'));
  const workspace = benchWorkspace(tmp, issues);
  const reference = await exportedReportHtml(workspace);
  const referenceFile = path.join(tmp, 'report.html');
  fs.writeFileSync(referenceFile, reference.html);
  const userDataDir = path.join(tmp, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  // Keys rather than the command palette: the typing is not the panel's time.
  fs.writeFileSync(path.join(userDataDir, 'User', 'keybindings.json'), JSON.stringify([
    { key: OPEN_KEY.vscode, command: 'releaseReadiness.openReport' },
    { key: CLOSE_KEY.vscode, command: 'workbench.action.closeAllEditors' },
  ]));
  const server = await startCodeServer({
    userDataDir,
    extensionsDir: path.join(tmp, 'extensions'),
    logFile: path.join(tmp, 'code-server.log'),
    // Under development the extension opens its walkthrough once, 6 s in: its Welcome editor (and its webviews)
    // would take the editor area from the report being timed.
    settings: { 'workbench.welcomePage.walkthroughs.openOnInstall': false },
  });
  let browser;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(workbenchUrl(server.url, { folder: workspace }));
    await page.locator('.statusbar-item', { hasText: /NO-GO|GO/ }).first().waitFor({ timeout: 120000 });
    const verdict = page.frameLocator('iframe.webview').first().frameLocator('#active-frame').locator('#verdict .verdict');
    const staticPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const ours = [];
    const theirs = [];
    let shown = '';
    for (let i = 0; i < WARMUP + RUNS; i++) {
      await page.bringToFront();
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
      const t0 = performance.now();
      await page.keyboard.press(OPEN_KEY.playwright);
      await verdict.waitFor({ state: 'visible', timeout: 60000 });
      const t1 = performance.now();
      shown = await verdict.innerText();
      await page.keyboard.press(CLOSE_KEY.playwright);
      await page.locator('iframe.webview').waitFor({ state: 'detached', timeout: 30000 });

      await staticPage.bringToFront();
      const t2 = performance.now();
      await staticPage.goto(pathToFileURL(referenceFile).href);
      await staticPage.locator('.verdict').first().waitFor({ state: 'visible' });
      const t3 = performance.now();
      await staticPage.goto('about:blank');
      if (i >= WARMUP) {
        ours.push(t1 - t0);
        theirs.push(t3 - t2);
      }
    }
    if (shown !== reference.verdict) throw new Error(`The panel showed ${shown}, the engine says ${reference.verdict}`);
    log(`report: panel ${measurement(ours).text}; static page ${measurement(theirs).text}`);
    const what = `${reference.issues.toLocaleString('en-US')} issues`;
    const referenceWhat = `the exported HTML report of the same data (${Math.round(reference.html.length / 1024)} KB) loaded in a tab`;
    return [
      {
        id: 'report.firstPaint',
        name: `Report panel: Open Progress Report → verdict rendered in the webview (${what}, Chromium)`,
        ours: measurement(ours),
        reference: { ...measurement(theirs), what: referenceWhat },
        target: { kind: 'ratioBelow', value: RATIO, text: `< ${RATIO}× the static page` },
      },
      {
        id: 'report.firstPaintBudget',
        name: `Report panel: Open Progress Report → verdict rendered, time (${what})`,
        ours: measurement(ours),
        reference: null,
        target: { kind: 'below', value: BUDGET_MS, text: `p95 < ${BUDGET_MS} ms` },
      },
    ];
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
