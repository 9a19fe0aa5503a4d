// Reads `.release/config.json` from disk for the CLI and the extension host. The parsing is in core/config/config.ts;
// this file only adds the file system: absent file, unreadable file, and the size check before reading.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { ReleaseFiles } from '../constants';
import { MAX_CONFIG_BYTES, parseTeamConfig, tooLargeMessage, type ConfigProblem, type ParsedTeamConfig } from '../core/config/config';

export interface LoadedTeamConfig extends ParsedTeamConfig {
  /** False when there is no file: the defaults apply, `problems` is empty and the caller decides what to say. */
  readonly found: boolean;
}

/** `<root>/.release/config.json`. */
export function teamConfigPath(workspaceRoot: string): string {
  return path.join(workspaceRoot, ...ReleaseFiles.config.split('/'));
}

/** Never rejects: a file that cannot be read gives the defaults and one problem at the start of the file. */
export async function loadTeamConfigFile(file: string): Promise<LoadedTeamConfig> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) return unreadable('it is a directory');
    size = stat.size;
  } catch (error) {
    if (isAbsent(error)) return { ...parseTeamConfig(''), found: false };
    return unreadable(reasonOf(error));
  }
  // Checked before reading, so a stray multi-gigabyte file never reaches memory.
  if (size > MAX_CONFIG_BYTES) return { ...parseTeamConfig(''), problems: [atStart('tooLarge', tooLargeMessage(size))], found: true };
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isAbsent(error)) return { ...parseTeamConfig(''), found: false };
    return unreadable(reasonOf(error));
  }
  return { ...parseTeamConfig(text), found: true };
}

function unreadable(reason: string): LoadedTeamConfig {
  const problem = atStart('unreadable', `The team config could not be read (${reason}); the defaults are used`);
  return { ...parseTeamConfig(''), problems: [problem], found: true };
}

function atStart(code: ConfigProblem['code'], message: string): ConfigProblem {
  return { message, line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'error', code };
}

function isAbsent(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // ENOTDIR: `.release` is a file, so there is no config inside it.
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}
