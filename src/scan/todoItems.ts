// The pure pieces every TODO reader shares (the worker-thread scan, the workspace.fs scan of the browser host, the
// TODO index's incremental updates): the TodoItem of a parsed TODO and the extensions never worth opening.
import type { TodoItem } from '../core/model';
import type { ParsedTodo } from '../core/todo/todoParser';

/**
 * Formats that are never text: skipped without opening them (a tree's node_modules holds thousands). Anything
 * else is read and judged by the NUL-byte rule.
 */
const BINARY_EXTENSIONS = new Set(
  ('png jpg jpeg gif bmp ico icns webp tif tiff psd woff woff2 ttf otf eot ttc mp3 mp4 m4a wav ogg oga flac webm mov avi mkv ' +
    'zip gz tgz bz2 xz zst 7z rar jar war class pyc pyo so dylib dll exe node wasm o obj a lib pdb bin dat ' +
    'pdf sqlite db vsix nupkg').split(' '),
);

export function hasBinaryExtension(rel: string): boolean {
  const dot = rel.lastIndexOf('.');
  if (dot < 0 || dot < rel.lastIndexOf('/')) return false;
  return BINARY_EXTENSIONS.has(rel.slice(dot + 1).toLowerCase());
}

export function toTodoItem(file: string, todo: ParsedTodo): TodoItem {
  const { tag, text, ref, line, character, endLine, endCharacter } = todo;
  return { file, line, character, endLine, endCharacter, tag, text, ref };
}


const BINARY_SNIFF = 8192;

/** A file's text, or null when it looks binary (a NUL byte early on). A UTF-8 byte order mark is dropped. */
export function textOfBytes(bytes: Uint8Array): string | null {
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) return null;
  return new TextDecoder().decode(bytes);
}
