// Runs the Issues by Role and code-lens benchmarks (out/test/bench/extensionHost/index.js) in the real VS Code extension host:
// code-server + headless Chromium, like the integration launcher, on a throw-away workspace whose local tracker
// file holds a generated milestone of `issues` issues. Resolves with the rows the extension host wrote.
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { ensureCodeServer, repoRoot, startCodeServer, workbenchUrl } from './codeServer.mjs';

const TIMEOUT_MS = 5 * 60 * 1000;

/** A workspace with only .release/issues.json (default team config) and the local tracker chosen. */
function benchWorkspace(tmp, issues) {
  const require = createRequire(import.meta.url);
  const { largeIssuesFile } = require(path.join(repoRoot, 'out', 'test', 'bench', 'largeRelease.js'));
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(workspace, '.release'), { recursive: true });
  fs.mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(workspace, '.release', 'issues.json'), largeIssuesFile(issues));
  // The code-lens rows read a 10,000-line source file with TODOs on these issues.
  const { BIG_FILE, bigSourceText } = require(path.join(repoRoot, 'out', 'test', 'bench', 'bigSource.js'));
  fs.mkdirSync(path.dirname(path.join(workspace, BIG_FILE)), { recursive: true });
  fs.writeFileSync(path.join(workspace, BIG_FILE), bigSourceText(issues));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'releaseReadiness.tracker': 'local' }, null, 2));
  return workspace;
}

export async function runTreeBench({ issues = 5000, log = (line) => console.log(line) } = {}) {
  const testsPath = path.join(repoRoot, 'out', 'test', 'bench', 'extensionHost', 'index');
  if (!fs.existsSync(`${testsPath}.js`)) throw new Error('Compile the benchmarks first: node esbuild.mjs --tests');
  await ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-bench-tree-'));
  const reportFile = path.join(tmp, 'report.json');
  const logFile = path.join(tmp, 'code-server.log');
  const workspace = benchWorkspace(tmp, issues);
  log(`tree: ${issues} issues in ${path.join(workspace, '.release', 'issues.json')}; starting code-server`);
  const server = await startCodeServer({
    userDataDir: path.join(tmp, 'user-data'),
    extensionsDir: path.join(tmp, 'extensions'),
    logFile,
    env: { RR_BENCH_REPORT: reportFile, RR_BENCH_ISSUES: String(issues) },
  });
  let browser;
  let exitCode;
  try {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code))));
    await page.exposeFunction('codeAutomationLog', () => undefined);
    await page.goto(workbenchUrl(server.url, { folder: workspace, extensionTestsPath: testsPath }));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    exitCode = await Promise.race([exited, timeout]);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
  const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : null;
  for (const line of report?.log ?? []) log(`tree: ${line}`);
  if (exitCode === 'timeout') throw new Error(`The tree benchmark timed out after ${TIMEOUT_MS / 1000} s; code-server log: ${logFile}`);
  if (!report || report.error || exitCode !== 0) {
    throw new Error(`The tree benchmark failed (exit code ${exitCode}): ${report?.error ?? 'no report written'}; code-server log: ${logFile}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return report.rows;
}
