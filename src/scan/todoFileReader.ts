// Reads files for the workspace TODO scan, synchronously and into one reused buffer: in a worker thread (see
// todoScanWorker.ts), or on the main thread in short slices when workers are unavailable. Only files whose raw
// bytes hold a tag on a word boundary are decoded and handed to the comment-aware parser; for the usual tree that
// is a few percent of the files.
import { isAscii } from 'node:buffer';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TodoItem } from '../core/model';
import { hasComments } from '../core/todo/commentSyntax';
import { markerCharsFor, plausibleLeadInBytes } from '../core/todo/tagLead';
import { languageIdForPath, parseTodos } from '../core/todo/todoParser';
import { TagByteSearch } from './tagBytes';
import { hasBinaryExtension, toTodoItem } from './todoItems';

export interface FileReaderOptions {
  readonly root: string;
  readonly tags: readonly string[];
  readonly caseSensitive: boolean;
  readonly maxFileSize: number;
}

/** What a stretch of the scan found; the reader adds to it. */
export interface ScanCounts {
  readonly todos: TodoItem[];
  /** Files looked at (including the skipped binary, too-large and unreadable ones). */
  files: number;
  bytes: number;
  binary: number;
  tooLarge: number;
  unreadable: number;
}

export function emptyCounts(): ScanCounts {
  return { todos: [], files: 0, bytes: 0, binary: 0, tooLarge: 0, unreadable: 0 };
}

/** Files up to this size are read with one read() into the reused buffer; larger limits fall back to fstat. */
const BUFFER_CAP = 16 * 1024 * 1024;
const BINARY_SNIFF = 8192;
const FIRST_READ = 64 * 1024;
const TOO_LARGE = -1;
const BINARY = -2;

export class TodoFileReader {
  private buffer: Buffer;
  /** `root/` once, so each file costs a concatenation rather than a path.join. */
  private readonly prefix: string;
  private readonly tags: TagByteSearch;

  /** `previous`: a reader of an earlier scan whose buffer can be reused. */
  constructor(
    private readonly options: FileReaderOptions,
    previous: TodoFileReader | null = null,
  ) {
    this.prefix = options.root.endsWith(path.sep) ? options.root : options.root + path.sep;
    const size = Math.max(FIRST_READ, Math.min(options.maxFileSize, BUFFER_CAP) + 1);
    this.buffer = previous !== null && previous.buffer.length >= size ? previous.buffer : Buffer.allocUnsafe(size);
    this.tags = new TagByteSearch(options.tags, options.caseSensitive);
  }

  /** Reads one file (workspace-relative, `/`-separated) and adds what it holds to `result`. */
  readFile(rel: string, result: ScanCounts): void {
    result.files++;
    if (hasBinaryExtension(rel)) {
      result.binary++;
      return;
    }
    const languageId = languageIdForPath(rel);
    if (!hasComments(languageId)) return; // JSON (package.json, source maps): no comment, so no TODO, to read.
    let length: number;
    try {
      length = this.readInto(this.prefix + rel);
    } catch {
      result.unreadable++;
      return;
    }
    if (length === TOO_LARGE) {
      result.tooLarge++;
      return;
    }
    if (length === BINARY) {
      result.binary++;
      return;
    }
    result.bytes += length;
    const bytes = this.buffer.subarray(0, length);
    const needed = this.neededLength(bytes, languageId);
    if (needed === 0) return;
    const bom = length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    // The same string either way for ASCII, and latin1 skips the UTF-8 decoder (a fifth faster on large files).
    const text = bytes.toString(isAscii(bytes.subarray(bom, needed)) ? 'latin1' : 'utf8', bom, needed);
    const found = parseTodos(text, languageId, { tags: this.options.tags, caseSensitive: this.options.caseSensitive });
    for (const todo of found) result.todos.push(toTodoItem(rel, todo));
  }

  /**
   * Reads a whole text file into `this.buffer` and returns its length, or TOO_LARGE / BINARY. The first read takes
   * at most FIRST_READ bytes, which is the whole file for most source files; a longer file is sniffed for NUL
   * bytes before the rest is read, so a large binary costs one small read.
   */
  private readInto(file: string): number {
    const fd = fs.openSync(file, 'r');
    try {
      let length = fs.readSync(fd, this.buffer, 0, Math.min(FIRST_READ, this.buffer.length), 0);
      if (this.buffer.subarray(0, Math.min(length, BINARY_SNIFF)).indexOf(0) >= 0) return BINARY;
      if (length < FIRST_READ) return length > this.options.maxFileSize ? TOO_LARGE : length;
      // A regular file read comes back short only at its end.
      for (;;) {
        if (length > this.options.maxFileSize) return TOO_LARGE;
        if (length === this.buffer.length) {
          const size = fs.fstatSync(fd).size;
          if (size > this.options.maxFileSize) return TOO_LARGE;
          const bigger = Buffer.allocUnsafe(Math.max(size, length) + 1);
          this.buffer.copy(bigger, 0, 0, length);
          this.buffer = bigger;
        }
        const n = fs.readSync(fd, this.buffer, length, this.buffer.length - length, length);
        if (n === 0) return length;
        length += n;
      }
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * How much of the file the parser needs: up to the end of the line of the last tag that occurs in the raw bytes,
   * not glued to an ASCII letter, digit or `_`, where it could lead a comment (tagLead.ts); 0 when there is none.
   * Only a necessary condition (the parser decides), but most files stop here, and the rest are decoded only
   * that far.
   */
  private neededLength(bytes: Buffer, languageId: string): number {
    const markers = markerCharsFor(languageId);
    const last = this.tags.lastTag(bytes, (at) => plausibleLeadInBytes(bytes, at, markers));
    if (last < 0) return 0;
    const lineEnd = bytes.indexOf(10, last);
    return lineEnd < 0 ? bytes.length : lineEnd + 1;
  }
}
