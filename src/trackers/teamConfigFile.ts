// Reads `.release/config.json` for the CLI and both extension hosts (through TrackerFiles: node:fs or
// workspace.fs). The parsing is in core/config/config.ts; this file only adds the file system: absent file,
// unreadable file, and the size check before reading.
import { ReleaseFiles } from '../constants';
import { MAX_CONFIG_BYTES, parseTeamConfig, tooLargeMessage, type ConfigProblem, type ParsedTeamConfig } from '../core/config/config';
import { FileAccessError, type TrackerFiles } from './trackerFiles';

export interface LoadedTeamConfig extends ParsedTeamConfig {
  /** False when there is no file: the defaults apply, `problems` is empty and the caller decides what to say. */
  readonly found: boolean;
}

/** Never rejects: a file that cannot be read gives the defaults and one problem at the start of the file. */
export async function loadTeamConfig(files: TrackerFiles): Promise<LoadedTeamConfig> {
  let size: number;
  try {
    const stat = await files.stat(ReleaseFiles.config);
    if (stat === null) return { ...parseTeamConfig(''), found: false };
    if (stat.directory) return unreadable('it is a directory');
    size = stat.size;
  } catch (error) {
    return unreadable(reasonOf(error));
  }
  // Checked before reading, so a stray multi-gigabyte file never reaches memory.
  if (size > MAX_CONFIG_BYTES) return { ...parseTeamConfig(''), problems: [atStart('tooLarge', tooLargeMessage(size))], found: true };
  let text: string | null;
  try {
    text = await files.readText(ReleaseFiles.config);
  } catch (error) {
    return unreadable(reasonOf(error));
  }
  if (text === null) return { ...parseTeamConfig(''), found: false };
  return { ...parseTeamConfig(text), found: true };
}

function unreadable(reason: string): LoadedTeamConfig {
  const problem = atStart('unreadable', `The team config could not be read (${reason}); the defaults are used`);
  return { ...parseTeamConfig(''), problems: [problem], found: true };
}

function atStart(code: ConfigProblem['code'], message: string): ConfigProblem {
  return { message, line: 0, column: 0, endLine: 0, endColumn: 0, severity: 'error', code };
}

function reasonOf(error: unknown): string {
  if (error instanceof FileAccessError && (error.reason === 'forbidden' || error.reason === 'readOnly')) return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
