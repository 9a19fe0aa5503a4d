// Developer-machine launcher for the web suite through @vscode/test-web (vscode.dev's own web build in a
// Playwright browser). Both download (VS Code's web build, a browser), so it needs internet access and is not a
// dependency: `npx` fetches @vscode/test-web on first use. `npm test` runs the same suite offline in code-server
// (test/harness/runWeb.mjs). Without the emulator's URL (a user setting test-web cannot write) the GitHub suite
// skips itself; the rest runs on a copy of the fixture workspace.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './codeServer.mjs';
import { prepareWorkspace } from './fixtures.mjs';

const bundle = path.join(repoRoot, 'out', 'test', 'web', 'bundle.js');
if (!fs.existsSync(bundle)) throw new Error('Build the tests first: npm run build && npm run compile-tests');
const workspace = prepareWorkspace(fs.mkdtempSync(path.join(os.tmpdir(), 'rr-test-web-')));
const args = ['--yes', '@vscode/test-web', '--browserType=chromium', `--extensionDevelopmentPath=${repoRoot}`, `--extensionTestsPath=${bundle}`, workspace];
const result = spawnSync('npx', args, { stdio: 'inherit', cwd: repoRoot });
process.exitCode = result.status ?? 1;
