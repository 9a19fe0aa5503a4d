// Runs the built CLI (dist/cli.js) as a child process, the way CI and users run it. Builds it once per test run.
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fromRoot, repoRoot } from '../../repoRoot';

export const cliPath = fromRoot('dist', 'cli.js');
let built: Promise<void> | null = null;

/** `node esbuild.mjs` once, so the tests run the CLI built from the current sources. */
export function buildCli(): Promise<void> {
  built ??= new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => (code === 0 && fs.existsSync(cliPath) ? resolve() : reject(new Error(`node esbuild.mjs failed (${code}): ${stderr}`))));
  });
  return built;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Async (never execFileSync): the GitHub emulator answering the CLI runs in this same process. */
export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<CliResult> {
  // Only what the CLI needs: a GITHUB_TOKEN or GITHUB_STEP_SUMMARY of the machine running the tests must not leak in.
  const env = { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...options.env };
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], { cwd: options.cwd, env, timeout: 30000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A throw-away copy of demo/ (sources, styles, scripts and .release/). */
export function copyDemo(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-cli-'));
  fs.cpSync(fromRoot('demo'), root, { recursive: true });
  return root;
}
