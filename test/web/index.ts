// Runs inside code-server's web worker extension host, loaded through extensionTestsPath by
// test/harness/runWeb.mjs. It is browser code: esbuild bundles it with the suites (test/web/suite/*.test.ts, listed
// by the `web-test-suites` module that esbuild.mjs generates) and mocha's browser build; `vscode` is the host's.
// There is no process.env and no file system here: options come from user settings, and each line of mocha's
// report goes to the console, which the workbench forwards to the launcher's codeAutomationLog.
import 'mocha/mocha';
import * as vscode from 'vscode';

/** Keep in step with REPORT_PREFIX in test/harness/runWeb.mjs. */
const REPORT_PREFIX = '[rr-web-test] ';

/** printf-style like Node's util.format, for the few directives mocha's reporters use (%s %d %i %j %o). */
function formatLine(format: unknown, args: unknown[]): string {
  if (format === undefined) return '';
  const rest = [...args];
  const text = String(format).replace(/%[sdijoO%]/g, (directive) => {
    if (directive === '%%') return '%';
    if (rest.length === 0) return directive;
    const value = rest.shift();
    if (directive === '%d' || directive === '%i') return String(directive === '%i' ? Math.trunc(Number(value)) : Number(value));
    if (directive === '%s') return String(value);
    return JSON.stringify(value);
  });
  return [text, ...rest.map(String)].join(' ');
}

export async function run(): Promise<void> {
  const options = vscode.workspace.getConfiguration('rrWebTest');
  const base = Mocha.reporters.Base as unknown as { consoleLog: (...args: unknown[]) => void };
  const originalLog = base.consoleLog;
  base.consoleLog = (format: unknown, ...args: unknown[]) => {
    for (const line of formatLine(format, args).split('\n')) console.log(REPORT_PREFIX + line);
  };
  // Mocha's core, not the browser build's global `mocha`: its run() reads window.location, which a worker lacks.
  const runner = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000 });
  const grep = options.get<string>('grep');
  if (grep) runner.grep(grep);
  // describe() / it() as globals, as mocha's `bdd` interface defines them for a test file; the suites register
  // their blocks when they load, so they load after this (an import statement would be hoisted above it).
  runner.suite.emit('pre-require', globalThis, 'web-test-suites', runner);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('web-test-suites');
  try {
    const failures = await new Promise<number>((resolve) => runner.run(resolve));
    if (failures > 0) throw new Error(`${failures} web test(s) failed`);
  } catch (error) {
    console.log(REPORT_PREFIX + (error instanceof Error ? (error.stack ?? error.message) : String(error)));
    throw error;
  } finally {
    base.consoleLog = originalLog;
  }
}
