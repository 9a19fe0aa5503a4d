// The files a tracker reads and writes (`.release/issues.json`, `.release/config.json`), relative to the workspace
// folder. Node (the extension host, the CLI) implements it with node:fs and an atomic rename; the web extension
// host with vscode.workspace.fs. No `vscode` and no Node import here, so the browser bundle can use it.

export type FileAccessReason = 'forbidden' | 'readOnly' | 'noSpace' | 'isDirectory' | 'other';

/** A failed read or write, already put into words; `reason` lets callers choose their wording. */
export class FileAccessError extends Error {
  constructor(
    readonly reason: FileAccessReason,
    message: string,
  ) {
    super(message);
    this.name = 'FileAccessError';
  }
}

export interface FileStat {
  readonly size: number;
  readonly directory: boolean;
}

export interface WriteOptions {
  /**
   * Runs once the new content is ready, right before it replaces the file: a last chance to notice that the file
   * changed meanwhile. Throwing aborts the write and the error propagates.
   */
  readonly precondition?: () => Promise<void>;
}

export interface TrackerFiles {
  /** Where the files are, for messages: the folder's path, or its URI in a virtual workspace. */
  readonly root: string;
  /** The file's text; null when it (or a folder on its way) does not exist. */
  readText(relativePath: string): Promise<string | null>;
  /** null when the file does not exist. */
  stat(relativePath: string): Promise<FileStat | null>;
  /** Creates missing folders and replaces the file as a whole (readers see the old text or the new one). */
  write(relativePath: string, content: string, options?: WriteOptions): Promise<void>;
}

/** The wording a reason gets in "Cannot save …: <reason>." messages. */
export function reasonText(error: unknown): string {
  if (error instanceof FileAccessError) {
    if (error.reason === 'forbidden') return 'permission denied';
    if (error.reason === 'readOnly') return 'the file system is read-only';
    if (error.reason === 'noSpace') return 'the disk is full';
  }
  return error instanceof Error ? error.message : String(error);
}
