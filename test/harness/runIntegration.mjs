// Headless launcher for the integration suite: code-server + Debian's Chromium. The suite itself
// (out/test/integration/index.js) runs inside the real VS Code extension host, like @vscode/test-electron runs it.
//   RR_TEST_GREP=pattern  runs only matching tests
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureCodeServer, startCodeServer, workbenchUrl, repoRoot } from './codeServer.mjs';
import { launchBrowser } from './browser.mjs';
import { prepareWorkspace, startEmulator } from './fixtures.mjs';

const TIMEOUT_MS = Number(process.env.RR_TEST_TIMEOUT_MS ?? 15 * 60 * 1000);

async function main() {
  await ensureCodeServer();
  const testsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index');
  if (!fs.existsSync(`${testsPath}.js`)) throw new Error('Compile the tests first: npm run compile-tests');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-integration-'));
  const report = path.join(tmp, 'mocha.txt');
  fs.writeFileSync(report, '');
  const emulator = await startEmulator(tmp);
  const workspace = prepareWorkspace(tmp);
  const server = await startCodeServer({
    userDataDir: path.join(tmp, 'user-data'),
    extensionsDir: path.join(tmp, 'extensions'),
    logFile: path.join(tmp, 'code-server.log'),
    settings: {
      ...(emulator ? { 'releaseReadiness.github.apiUrl': emulator.url } : {}),
      // VS Code's git extension watches the workspace: when a suite removes the .git it made (Ship Release), a
      // `git check-ignore` it was running dies with EPIPE, uncaught in the shared extension host, and fails
      // whichever test runs then. Nothing here needs it (Ship Release runs git itself; Track TODO only reads it
      // when present).
      'git.enabled': false,
    },
    env: {
      RR_TEST_REPORT: report,
      RR_EMULATOR_URL: emulator?.url ?? '',
      RR_TEST_WORKSPACE: workspace,
      // code-server takes GITHUB_TOKEN for itself; GH_TOKEN reaches the extension host.
      GH_TOKEN: 'rr-test-token',
      ...(process.env.RR_TEST_GREP ? { RR_TEST_GREP: process.env.RR_TEST_GREP } : {}),
    },
  });
  const browser = await launchBrowser();
  let exitCode;
  try {
    const page = await browser.newPage();
    const result = new Promise((resolve) => {
      page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (process.env.RR_TEST_VERBOSE) console.error(`[workbench ${type}]`, ...(Array.isArray(args) ? args : [args]));
    });
    await page.goto(workbenchUrl(server.url, { folder: workspace, extensionTestsPath: testsPath }));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    exitCode = await Promise.race([result, timeout]);
  } finally {
    process.stdout.write(fs.readFileSync(report, 'utf8'));
    await browser.close().catch(() => {});
    await server.stop();
    await emulator?.stop();
  }
  if (exitCode === 'timeout') {
    console.error(`Integration tests timed out after ${TIMEOUT_MS / 1000} s. code-server log: ${path.join(tmp, 'code-server.log')}`);
    process.exit(1);
  }
  if (exitCode !== 0) {
    console.error(`Integration tests failed (exit code ${exitCode}). code-server log: ${path.join(tmp, 'code-server.log')}`);
    process.exit(1);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
