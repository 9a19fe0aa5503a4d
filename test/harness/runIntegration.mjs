// Headless launcher for the integration suite: code-server + Debian's Chromium. The suite itself
// (out/test/integration/index.js) runs inside the real VS Code extension host, like @vscode/test-electron runs it.
//   RR_TEST_GREP=pattern  runs only matching tests
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './codeServer.mjs';
import { runWorkbenchTests } from './workbenchTests.mjs';

async function main() {
  let report;
  await runWorkbenchTests({
    label: 'Integration',
    tmpPrefix: 'rr-integration-',
    testsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index'),
    configure: ({ tmp, emulator, workspace }) => {
      report = path.join(tmp, 'mocha.txt');
      fs.writeFileSync(report, '');
      return {
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
      };
    },
    onLog: (type, args) => {
      if (process.env.RR_TEST_VERBOSE) console.error(`[workbench ${type}]`, ...(Array.isArray(args) ? args : [args]));
    },
    onFinish: () => {
      if (report) process.stdout.write(fs.readFileSync(report, 'utf8'));
    },
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
