// `npm start`: builds the extension, then opens it in a real VS Code (code-server, in the browser) on the demo
// workspace, which uses the local tracker and needs no GitHub account. Ctrl+C stops everything.
//   PORT=8080 npm start     choose the port (default: 8080, or a free one if it is taken)
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, freePort, repoRoot, startCodeServer, workbenchUrl } from './codeServer.mjs';

function step(message) {
  process.stderr.write(`\n▸ ${message}\n`);
}

async function portIsFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(500) });
    return false;
  } catch {
    return true;
  }
}

async function main() {
  step('Building the extension (esbuild)…');
  const build = spawnSync(process.execPath, [path.join(repoRoot, 'esbuild.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);

  step('Checking VS Code (code-server)…');
  await ensureCodeServer();

  // A private copy of the demo under .vscode-test/, so playing with it never dirties the repository.
  const demo = path.join(repoRoot, '.vscode-test', 'demo');
  // A copy that lost its tracker file (deleted while playing) starts over too, or the demo would open empty.
  if (!fs.existsSync(path.join(demo, '.release', 'issues.json')) || process.argv.includes('--reset-demo')) {
    fs.rmSync(demo, { recursive: true, force: true });
    fs.cpSync(path.join(repoRoot, 'demo'), demo, { recursive: true });
  }
  const state = path.join(repoRoot, '.vscode-test', 'start');
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await portIsFree(wanted)) ? wanted : await freePort();

  step(`Starting VS Code on 127.0.0.1:${port}…`);
  const server = await startCodeServer({
    port,
    userDataDir: path.join(state, 'user-data'),
    extensionsDir: path.join(state, 'extensions'),
    logFile: path.join(state, 'code-server.log'),
    settings: { 'releaseReadiness.tracker': 'local' },
  });
  const url = workbenchUrl(server.url, { folder: demo });
  process.stdout.write(
    `\nRelease Readiness is running on the demo workspace (${path.relative(repoRoot, demo)}).\n` +
      `Open this URL in your browser, then click the flag icon (Release) in the activity bar:\n\n  ${url}\n\n` +
      `Rebuild after a change with \`npm run build\` (or keep \`npm run watch\` running) and reload the page.\n` +
      `Start over with a fresh copy of the demo: npm start -- --reset-demo\n` +
      `Logs: ${path.relative(repoRoot, path.join(state, 'code-server.log'))}. Press Ctrl+C to stop.\n`,
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write('\nStopping VS Code…\n');
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.process.on('exit', (code) => {
    if (!stopping) {
      console.error(`code-server exited unexpectedly (code ${code}). See ${path.join(state, 'code-server.log')}`);
      process.exit(1);
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
