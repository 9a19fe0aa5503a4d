// Reading and writing `.release/issues.json` safely: every read is fresh from disk (parsing is skipped when the
// text is what we parsed last), writes go one at a time through a queue, and every write re-reads the file and
// applies its change to what is on disk now, so an edit made meanwhile (by hand, by `git checkout`, by another
// window) is kept, never overwritten with our older copy.
import { ReleaseFiles } from '../constants';
import { TrackerError } from './tracker';
import { IssuesFileError, lineEndingOf, parseIssuesFile, serializeIssuesFile, type IssuesDocument } from './localFormat';
import { FileAccessError, reasonText, type TrackerFiles } from './trackerFiles';

export interface UpdateContext {
  /** The document on disk now; null when the file does not exist. */
  readonly current: IssuesDocument | null;
  /**
   * What this tracker had read before, when the file changed on disk since then (otherwise null): lets an
   * operation tell "issue #12 was deleted meanwhile" from "there never was an issue #12".
   */
  readonly before: IssuesDocument | null;
}

/** `doc: null` means "nothing to change": no write, no timestamp churn. */
export interface Outcome<T> {
  readonly doc: IssuesDocument | null;
  readonly result: T;
}

interface Snapshot {
  readonly text: string;
  readonly doc: IssuesDocument;
}

const WRITE_ATTEMPTS = 3;

class ChangedWhileWriting extends Error {}

export class IssuesFileStore {
  /** The last text this store parsed, to skip parsing it again. */
  private parsed: Snapshot | null = null;
  /** What callers last saw (read or written); a refused write does not move it, so its message stays right. */
  private seen: Snapshot | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly files: TrackerFiles) {}

  get root(): string {
    return this.files.root;
  }

  /** The document as it is on disk now; null when the file does not exist. */
  read(): Promise<IssuesDocument | null> {
    return this.serially(async () => {
      const text = await this.readText();
      this.seen = text === null ? null : this.parse(text);
      return this.seen?.doc ?? null;
    });
  }

  /** Runs `operation` on the fresh document and writes its result atomically, after earlier writes finished. */
  update<T>(operation: (context: UpdateContext) => Outcome<T>): Promise<T> {
    return this.serially(() => this.updateNow(operation));
  }

  missingFileError(): TrackerError {
    return new TrackerError(
      'notFound',
      `No ${ReleaseFiles.issues} in ${this.root}. Run "Release: Create Release Checklist" to start one, ` +
        'or set "releaseReadiness.tracker" to "github" to use GitHub issues.',
    );
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    // A failed task must not stop the ones queued after it.
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async updateNow<T>(operation: (context: UpdateContext) => Outcome<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const last = this.seen;
      const text = await this.readText();
      if (text === null && last !== null) {
        throw new TrackerError('conflict', `${ReleaseFiles.issues} was deleted meanwhile (a git checkout?); reload and try again`);
      }
      const current = text === null ? null : this.parse(text);
      const before = last !== null && current !== null && last.text !== current.text ? last.doc : null;
      const outcome = operation({ current: current?.doc ?? null, before });
      if (outcome.doc === null) return outcome.result;

      const content = serializeIssuesFile(outcome.doc, lineEndingOf(text));
      try {
        await this.files.write(ReleaseFiles.issues, content, {
          precondition: async () => {
            if ((await this.readText()) !== text) throw new ChangedWhileWriting();
          },
        });
      } catch (error) {
        if (!(error instanceof ChangedWhileWriting)) throw this.writeError(error);
        if (attempt < WRITE_ATTEMPTS) continue;
        throw new TrackerError('conflict', `${ReleaseFiles.issues} keeps changing on disk; wait a moment and try again`);
      }
      this.parsed = { text: content, doc: outcome.doc };
      this.seen = this.parsed;
      return outcome.result;
    }
  }

  private async readText(): Promise<string | null> {
    try {
      return await this.files.readText(ReleaseFiles.issues);
    } catch (error) {
      const forbidden = error instanceof FileAccessError && (error.reason === 'forbidden' || error.reason === 'readOnly');
      throw new TrackerError(forbidden ? 'forbidden' : 'unknown', `Cannot read ${ReleaseFiles.issues}: ${reasonText(error)}`);
    }
  }

  private parse(text: string): Snapshot {
    if (this.parsed?.text === text) return this.parsed;
    try {
      this.parsed = { text, doc: parseIssuesFile(text) };
      return this.parsed;
    } catch (error) {
      if (!(error instanceof IssuesFileError)) throw error;
      // `file:line:column: message` is what terminals and VS Code's problem matchers turn into a link.
      throw new TrackerError('invalidData', `${ReleaseFiles.issues}:${error.message}`);
    }
  }

  private writeError(error: unknown): Error {
    if (error instanceof TrackerError) return error;
    const forbidden = error instanceof FileAccessError && (error.reason === 'forbidden' || error.reason === 'readOnly');
    return new TrackerError(forbidden ? 'forbidden' : 'unknown', `Cannot save ${ReleaseFiles.issues}: ${reasonText(error)}. The file was left as it was.`);
  }
}
