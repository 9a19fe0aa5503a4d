// Headless launcher for the web suite (test/web): the same code-server + Chromium as the integration suite, with
// this repository loaded as an extension under development in its web form: the user setting remote.extensionKind
// makes the workbench run it in the browser's web worker extension host (its `browser` entry), as on vscode.dev,
// and the test bundle (out/test/web/bundle.js) runs in the host of the extension it lies in.
//   RR_TEST_GREP=pattern  runs only matching tests
//   RR_TEST_VERBOSE=1     prints the whole workbench log (it is kept in the run's folder on failure either way)
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './codeServer.mjs';
import { runWorkbenchTests } from './workbenchTests.mjs';

/** Keep in step with REPORT_PREFIX in test/web/index.ts: the lines of mocha's report among the workbench's log. */
const REPORT_PREFIX = '[rr-web-test] ';
const EXTENSION_ID = 'release-readiness.release-readiness';

async function main() {
  let workbenchLog;
  await runWorkbenchTests({
    label: 'Web',
    tmpPrefix: 'rr-web-',
    testsPath: path.join(repoRoot, 'out', 'test', 'web', 'bundle'),
    configure: ({ tmp, emulator }) => {
      workbenchLog = fs.openSync(path.join(tmp, 'workbench.log'), 'a');
      return {
        settings: {
          ...(emulator ? { 'releaseReadiness.github.apiUrl': emulator.url } : {}),
          // The extension has a `main` and a `browser` entry; in a code-server window VS Code prefers the Node host
          // on the server. This user setting (VS Code's, per extension) sends it to the web worker host instead.
          // The workbench URL payload's `extensionDevelopmentKind` would be the launch-flag way, but the browser
          // workbench of code-server 4.139 parses it and never reads it (its environment service names it
          // extensionDevelopmentLocationKind, the running-location code asks for extensionDevelopmentKind).
          'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
          // Same reason as in runIntegration.mjs; the web host has no git anyway.
          'git.enabled': false,
          // The web worker has no environment variables: the suites read their options from these user settings.
          'rrWebTest.emulatorUrl': emulator?.url ?? '',
          ...(process.env.RR_TEST_GREP ? { 'rrWebTest.grep': process.env.RR_TEST_GREP } : {}),
        },
        env: {},
      };
    },
    onLog: (type, args) => {
      const parts = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
      if (parts[0]?.startsWith(REPORT_PREFIX)) process.stdout.write(`${parts[0].slice(REPORT_PREFIX.length)}\n`);
      else if (process.env.RR_TEST_VERBOSE) console.error(`[workbench ${type}]`, ...parts);
      fs.writeSync(workbenchLog, `[${type}] ${parts.join(' ')}\n`);
    },
    onFinish: () => fs.closeSync(workbenchLog),
    moreLogs: ['workbench.log'],
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
