// TrackerFiles on node:fs, for the Node extension host and the CLI: writes go through atomicWrite (temp file and
// rename), Node's error codes become FileAccessError reasons.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { atomicWrite, type AtomicWriteOptions } from './atomicWrite';
import { FileAccessError, type FileAccessReason, type FileStat, type TrackerFiles, type WriteOptions } from './trackerFiles';

export type WriteFile = (file: string, content: string, options: AtomicWriteOptions) => Promise<void>;

export interface NodeTrackerFilesOptions {
  /** Test seam: replaces the atomic write, for example to simulate a crash during the rename. */
  readonly writeFile?: WriteFile;
}

export function nodeTrackerFiles(root: string, options: NodeTrackerFilesOptions = {}): TrackerFiles {
  const writeFile = options.writeFile ?? atomicWrite;
  const resolve = (relativePath: string) => path.join(root, ...relativePath.split('/'));
  return {
    root,
    async readText(relativePath) {
      try {
        return await fs.readFile(resolve(relativePath), 'utf8');
      } catch (error) {
        if (isAbsent(error)) return null;
        throw accessError(error);
      }
    },
    async stat(relativePath): Promise<FileStat | null> {
      try {
        const stat = await fs.stat(resolve(relativePath));
        return { size: stat.size, directory: stat.isDirectory() };
      } catch (error) {
        if (isAbsent(error)) return null;
        throw accessError(error);
      }
    },
    async write(relativePath, content, writeOptions: WriteOptions = {}) {
      const file = resolve(relativePath);
      try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content, { precondition: writeOptions.precondition });
      } catch (error) {
        throw codeOf(error) === undefined ? error : accessError(error);
      }
    },
  };
}

function codeOf(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isAbsent(error: unknown): boolean {
  // ENOTDIR: a folder on the way is a file, so there is no such file inside it.
  const code = codeOf(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function accessError(error: unknown): FileAccessError {
  const code = codeOf(error);
  const reasons: Record<string, FileAccessReason> = { EACCES: 'forbidden', EPERM: 'forbidden', EROFS: 'readOnly', ENOSPC: 'noSpace', EISDIR: 'isDirectory' };
  const reason = (code && reasons[code]) || 'other';
  const message = reason === 'other' ? (error instanceof Error ? error.message : String(error)) : code!;
  return new FileAccessError(reason, message);
}
