// The `.release/issues.json` file: the canonical writer and the entry point of the reader (the document types are
// in localDocument.ts, which the reader shares).
//
// Canonical form (what the local tracker always writes, so diffs stay small and line-based):
// - 2-space indent, `\n` line ends (or `\r\n` when the file already used them), a final newline;
// - keys in a fixed order (the order of the interfaces below), milestones and issues in file order;
// - multi-line text (milestone description and checklist, issue body, comment body) as an array of lines, so
//   ticking one checklist item or editing one paragraph changes one line of the diff. The reader also accepts a
//   plain string there, which is handy when writing the file by hand; the next write turns it into lines.
import { ISSUES_FILE_VERSION, type IssuesDocument } from './localDocument';
import { readIssuesDocument, readWellFormedIssues } from './localFormatReader';

export { ISSUES_FILE_VERSION, type IssuesDocument, type LocalComment, type LocalIssue, type LocalMilestone, type LocalPullRequest } from './localDocument';

/** One thing wrong with the file. `line` and `column` are 1-based, like an editor's status bar. */
export interface FormatProblem {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
}

export class IssuesFileError extends Error {
  constructor(readonly problems: readonly FormatProblem[]) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(`${first.line}:${first.column}: ${first.message}${more}`);
    this.name = 'IssuesFileError';
  }
}

/** Reads the file's text; throws IssuesFileError with every problem found (up to a limit), positioned. */
export function parseIssuesFile(text: string): IssuesDocument {
  // A file as this extension writes it (the usual case) is read with JSON.parse: what it holds, written back, must
  // give the very same text, so nothing (a duplicate key, a comment, an odd layout) can differ from the full read.
  const wellFormed = readWellFormedIssues(text);
  if (wellFormed !== null && serializeIssuesFile(wellFormed, lineEndingOf(text)) === text) return wellFormed;
  const result = readIssuesDocument(text);
  if (result.problems.length > 0) {
    const starts = lineStarts(text);
    throw new IssuesFileError(result.problems.map((p) => ({ ...p, ...positionOf(starts, p.offset) })));
  }
  return result.document;
}

export function emptyIssuesDocument(): IssuesDocument {
  return { version: ISSUES_FILE_VERSION, milestones: [], issues: [] };
}

export type LineEnding = '\n' | '\r\n';

/** The line ending a file already uses, so a write does not flip every line under git's autocrlf. */
export function lineEndingOf(text: string | null): LineEnding {
  return text !== null && text.includes('\r\n') ? '\r\n' : '\n';
}

export function serializeIssuesFile(doc: IssuesDocument, eol: LineEnding = '\n'): string {
  const plain = {
    version: doc.version,
    milestones: doc.milestones.map((m) => ({
      number: m.number,
      title: m.title,
      description: toLines(m.description),
      dueOn: m.dueOn,
      state: m.state,
      checklist: m.checklist === null ? null : toLines(m.checklist),
    })),
    issues: doc.issues.map((i) => ({
      number: i.number,
      title: i.title,
      body: toLines(i.body),
      state: i.state,
      stateReason: i.stateReason,
      labels: i.labels,
      assignees: i.assignees,
      milestone: i.milestone,
      author: i.author,
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      closedAt: i.closedAt,
      comments: i.comments.map((c) => ({ author: c.author, body: toLines(c.body), createdAt: c.createdAt })),
      ...(i.pullRequest === undefined
        ? {}
        : { pullRequest: { draft: i.pullRequest.draft, mergedAt: i.pullRequest.mergedAt, review: i.pullRequest.review, checks: i.pullRequest.checks } }),
    })),
  };
  // JSON.stringify escapes newlines inside strings, so every raw `\n` here is structure and safe to convert.
  const text = `${JSON.stringify(plain, null, 2)}\n`;
  return eol === '\n' ? text : text.replace(/\n/g, '\r\n');
}

/** Splits on `\n` only, so a `\r` inside a body survives the round trip exactly. `""` is `[]`. */
export function toLines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

export function fromLines(lines: readonly string[]): string {
  return lines.join('\n');
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionOf(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1 };
}
