// Replaces a file so that a reader (or a crash) sees either the old content or the new one, never half of it:
// write a temp file in the same directory (a rename is only atomic within one file system), flush it to disk,
// then rename it over the target. On failure the temp file is removed and the target is left untouched.
import { randomBytes } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import * as path from 'node:path';

/** The file-system calls atomicWrite makes; tests pass a copy with a failing one to simulate a crash. */
export type AtomicWriteFs = Pick<typeof nodeFs, 'open' | 'rename' | 'unlink' | 'stat'>;

export interface AtomicWriteOptions {
  /**
   * Runs once the new content is safely on disk, right before the rename: a last chance to notice that the target
   * changed meanwhile. Throwing aborts the write (the temp file is removed) and the error propagates.
   */
  readonly precondition?: () => Promise<void>;
  readonly fs?: AtomicWriteFs;
}

export async function atomicWrite(file: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const dir = path.dirname(file);
  // Dot-prefixed and unique per process and call, so two writers never share a temp file.
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await existingMode(fs, file);
  const handle = await fs.open(temp, 'wx', 0o666);
  try {
    try {
      // Keep the permissions a user gave the file (open's mode is filtered by the umask).
      if (mode !== undefined) await handle.chmod(mode);
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.precondition?.();
    await renameWithRetry(fs, temp, file);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

async function existingMode(fs: AtomicWriteFs, file: string): Promise<number | undefined> {
  try {
    return (await fs.stat(file)).mode & 0o7777;
  } catch {
    return undefined;
  }
}

/**
 * On Windows a rename over a file that another process (an editor, a virus scanner, a file watcher) holds open
 * fails with EPERM/EACCES/EBUSY for a moment; retry briefly, as graceful-fs does. Elsewhere those errors are real.
 */
async function renameWithRetry(fs: AtomicWriteFs, from: string, to: string): Promise<void> {
  const transient = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !transient.has(code) || attempt >= 6) throw error;
      await new Promise((resolve) => setTimeout(resolve, 15 * 2 ** attempt));
    }
  }
}

/** Makes the rename itself durable. Best effort: Windows cannot open a directory for this. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await nodeFs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Nothing to do: the data is on disk; only the directory entry's durability is left to the OS.
  }
}
