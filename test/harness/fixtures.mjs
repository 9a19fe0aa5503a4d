// Shared by the integration and ui launchers: a throw-away copy of the fixture workspace, and the GitHub API
// emulator as a child process (it is TypeScript compiled to out/test/emulator/main.js).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './codeServer.mjs';

/** Copies test/fixtures/workspace (or another fixture folder) to tmp, so tests may write to it. */
export function prepareWorkspace(tmp, fixture = 'workspace') {
  const target = path.join(tmp, fixture);
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', fixture), target, { recursive: true });
  return target;
}

/** Starts the emulator if it has been built; resolves { url, stop } or null. */
export function startEmulator(tmp, args = []) {
  const main = path.join(repoRoot, 'out', 'test', 'emulator', 'main.js');
  if (!fs.existsSync(main)) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const log = fs.openSync(path.join(tmp, 'emulator.log'), 'a');
    const child = spawn(process.execPath, [main, '--port', '0', ...args], { stdio: ['ignore', 'pipe', log] });
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = /EMULATOR_URL=(\S+)/.exec(buffered);
      if (match) {
        child.stdout.removeAllListeners('data');
        child.stdout.resume();
        resolve({
          url: match[1],
          stop: () =>
            new Promise((done) => {
              if (child.exitCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.on('exit', (code) => reject(new Error(`The GitHub API emulator exited with code ${code}; see ${tmp}/emulator.log`)));
  });
}
