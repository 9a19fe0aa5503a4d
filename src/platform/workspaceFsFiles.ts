// TrackerFiles on vscode.workspace.fs: the local tracker in the browser (vscode.dev, github.dev) and in any virtual
// workspace. A write re-checks its precondition and replaces the file in one writeFile call (the file system
// provider decides how atomic that is; there is no rename to lean on).
import * as vscode from 'vscode';
import { FileAccessError, type FileStat, type TrackerFiles, type WriteOptions } from '../trackers/trackerFiles';

export function workspaceFsFiles(root: vscode.Uri): TrackerFiles {
  const resolve = (relativePath: string) => vscode.Uri.joinPath(root, ...relativePath.split('/'));
  return {
    root: root.scheme === 'file' ? root.fsPath : root.toString(true),
    async readText(relativePath) {
      try {
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(resolve(relativePath)));
      } catch (error) {
        if (isAbsent(error)) return null;
        throw accessError(error);
      }
    },
    async stat(relativePath): Promise<FileStat | null> {
      try {
        const stat = await vscode.workspace.fs.stat(resolve(relativePath));
        return { size: stat.size, directory: (stat.type & vscode.FileType.Directory) !== 0 };
      } catch (error) {
        if (isAbsent(error)) return null;
        throw accessError(error);
      }
    },
    async write(relativePath, content, options: WriteOptions = {}) {
      const uri = resolve(relativePath);
      try {
        if (vscode.workspace.fs.isWritableFileSystem(uri.scheme) === false) throw new FileAccessError('readOnly', 'the file system is read-only');
        await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
        await options.precondition?.();
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
      } catch (error) {
        throw error instanceof vscode.FileSystemError ? accessError(error) : error;
      }
    },
  };
}

function isAbsent(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory');
}

function accessError(error: unknown): FileAccessError {
  if (error instanceof FileAccessError) return error;
  const code = error instanceof vscode.FileSystemError ? error.code : '';
  if (code === 'NoPermissions') return new FileAccessError('forbidden', 'permission denied');
  if (code === 'FileIsADirectory') return new FileAccessError('isDirectory', 'it is a directory');
  return new FileAccessError('other', error instanceof Error ? error.message : String(error));
}
