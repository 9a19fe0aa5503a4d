// Runs a compiled test module inside code-server's workbench in Debian's Chromium, the way @vscode/test-electron
// runs one in desktop VS Code: the module is loaded through the workbench URL payload (extensionTestsPath) and the
// workbench calls window.codeAutomationExit when its run() settles. Shared by runIntegration.mjs (the Node
// extension host) and runWeb.mjs (the web worker extension host).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { prepareWorkspace, startEmulator } from './fixtures.mjs';

const TIMEOUT_MS = Number(process.env.RR_TEST_TIMEOUT_MS ?? 15 * 60 * 1000);

/**
 * `label` names the run in messages ("Integration tests failed…"). `configure({ tmp, emulator, workspace })` returns
 * the `settings` and `env` for code-server; `onLog(type, args)` receives the workbench's automation log (which
 * carries the extension host's console when tests run); `onFinish()` runs before cleanup, pass or fail. Exits the
 * process with 1 on failure or timeout, keeping the temporary folder with the logs (code-server's, and the files
 * named in `moreLogs`).
 */
export async function runWorkbenchTests({ label, tmpPrefix, testsPath, extraPayload = [], configure, onLog = () => {}, onFinish = () => {}, moreLogs = [] }) {
  await ensureCodeServer();
  if (!fs.existsSync(`${testsPath}.js`)) throw new Error('Compile the tests first: npm run compile-tests');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), tmpPrefix));
  const emulator = await startEmulator(tmp);
  const workspace = prepareWorkspace(tmp);
  const { settings, env } = configure({ tmp, emulator, workspace });
  const server = await startCodeServer({
    userDataDir: path.join(tmp, 'user-data'),
    extensionsDir: path.join(tmp, 'extensions'),
    logFile: path.join(tmp, 'code-server.log'),
    settings,
    env,
  });
  const browser = await launchBrowser();
  let exitCode;
  try {
    const page = await browser.newPage();
    const result = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', onLog);
    await page.goto(workbenchUrl(server.url, { folder: workspace, extensionTestsPath: testsPath, extraPayload }));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    exitCode = await Promise.race([result, timeout]);
  } finally {
    onFinish();
    await browser.close().catch(() => {});
    await server.stop();
    await emulator?.stop();
  }
  const logs = [path.join(tmp, 'code-server.log'), ...moreLogs.map((name) => path.join(tmp, name))].join(', ');
  if (exitCode === 'timeout') {
    console.error(`${label} tests timed out after ${TIMEOUT_MS / 1000} s. ${moreLogs.length ? 'logs' : 'code-server log'}: ${logs}`);
    process.exit(1);
  }
  if (exitCode !== 0) {
    console.error(`${label} tests failed (exit code ${exitCode}). ${moreLogs.length ? 'logs' : 'code-server log'}: ${logs}`);
    process.exit(1);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
