// Desktop launcher for the same integration suite, through @vscode/test-electron. It downloads desktop VS Code,
// so it needs internet access (it cannot run on the offline CI machine; `npm test` uses code-server instead).
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot } from './codeServer.mjs';
import { prepareWorkspace, startEmulator } from './fixtures.mjs';
import * as fs from 'node:fs';
import * as os from 'node:os';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-electron-'));
const emulator = await startEmulator(tmp);
const workspace = prepareWorkspace(tmp);
const userDataDir = path.join(tmp, 'user-data');
fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userDataDir, 'User', 'settings.json'),
  JSON.stringify(emulator ? { 'releaseReadiness.github.apiUrl': emulator.url } : {}),
);
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.139.1',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userDataDir}`],
    extensionTestsEnv: { RR_EMULATOR_URL: emulator?.url ?? '', RR_TEST_WORKSPACE: workspace },
  });
} catch (error) {
  console.error(`Integration tests failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await emulator?.stop();
}
