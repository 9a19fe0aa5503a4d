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
export function benchWorkspace(tmp, issues) {
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
  const report = await runInExtensionHost({ module: 'index', issues, log, what: 'tree' });
  for (const line of report.log ?? []) log(`tree: ${line}`);
  return report.rows;
}

/**
 * Loads out/test/bench/extensionHost/<module>.js as the extension tests of a fresh code-server window on a bench
 * workspace of `issues` issues, with `extraPayload` (e.g. more extensions under development); resolves with the
 * JSON the module wrote to RR_BENCH_REPORT.
 */
export async function runInExtensionHost({ module, issues, log, what, extraPayload = [], installed = [] }) {
  const testsPath = path.join(repoRoot, 'out', 'test', 'bench', 'extensionHost', module);
  if (!fs.existsSync(`${testsPath}.js`)) throw new Error('Compile the benchmarks first: node esbuild.mjs --tests');
  await ensureCodeServer();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `rr-bench-${what}-`));
  const reportFile = path.join(tmp, 'report.json');
  const logFile = path.join(tmp, 'code-server.log');
  const workspace = benchWorkspace(tmp, issues);
  // Extensions to load as installed ones: copied into the window's extensions folder as publisher.name-version.
  for (const dir of installed) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    fs.cpSync(dir, path.join(tmp, 'extensions', `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  log(`${what}: ${issues} issues in ${path.join(workspace, '.release', 'issues.json')}; starting code-server`);
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
    const { host } = new URL(server.url);
    const payload = extraPayload.map(([key, value]) => [key, key === 'extensionDevelopmentPath' ? `vscode-remote://${host}${value}` : value]);
    await page.goto(workbenchUrl(server.url, { folder: workspace, extensionTestsPath: testsPath, extraPayload: payload }));
    const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref());
    exitCode = await Promise.race([exited, timeout]);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
  }
  const report = fs.existsSync(reportFile) ? JSON.parse(fs.readFileSync(reportFile, 'utf8')) : null;
  if (exitCode === 'timeout') throw new Error(`The ${what} benchmark timed out after ${TIMEOUT_MS / 1000} s; code-server log: ${logFile}`);
  if (!report || report.error || exitCode !== 0) {
    throw new Error(`The ${what} benchmark failed (exit code ${exitCode}): ${report?.error ?? 'no report written'}; code-server log: ${logFile}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return report;
}
