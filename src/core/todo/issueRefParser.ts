// Issue references as people write them in TODO comments: `#12`, `owner/repo#12`, `GH-12` and issue or pull
// request URLs on github.com or a GitHub Enterprise host. A `@user` is never a reference.
import type { IssueRef } from '../model';

/** A reference and where it was written (offsets into the text that was searched). */
export interface FoundIssueRef {
  readonly ref: IssueRef;
  readonly start: number;
  readonly end: number;
}

// Not after a word character, `&` (`&#38;` is an HTML entity), a slash or a dot (part of a path or URL) or a `#`.
const NOT_AFTER = String.raw`(?<![\w&/.#-])`;
const NOT_BEFORE = String.raw`(?![\w])`;
const URL = String.raw`https?:\/\/([A-Za-z0-9.-]+(?::\d+)?)\/([A-Za-z0-9][\w.-]*)\/([\w.-]+)\/(?:issues|pull)\/(\d{1,9})${NOT_BEFORE}`;
const REPO = String.raw`([A-Za-z0-9][A-Za-z0-9-]*)\/([\w.-]+)#(\d{1,9})${NOT_BEFORE}`;
const HASH = String.raw`#(\d{1,9})${NOT_BEFORE}`;
const GH = String.raw`[Gg][Hh]-(\d{1,9})${NOT_BEFORE}`;
const SOURCE = `${NOT_AFTER}(?:${URL}|${REPO}|${HASH}|${GH})`;

const anywhere = new RegExp(SOURCE, 'g');
const sticky = new RegExp(SOURCE, 'y');

function toFound(m: RegExpExecArray): FoundIssueRef | null {
  const [raw, urlHost, urlOwner, urlRepo, urlNumber, owner, repo, repoNumber, hashNumber, ghNumber] = m;
  const number = Number(urlNumber ?? repoNumber ?? hashNumber ?? ghNumber);
  if (!(number > 0)) return null;
  const ref: IssueRef =
    urlOwner !== undefined
      ? { number, owner: urlOwner, repo: urlRepo, host: urlHost.toLowerCase(), raw }
      : owner !== undefined
        ? { number, owner, repo, raw }
        : { number, raw };
  return { ref, start: m.index, end: m.index + raw.length };
}

/** The first reference written in `text[from, to)`, or null. Only that stretch is searched. */
export function findIssueRef(text: string, from = 0, to = text.length): FoundIssueRef | null {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  anywhere.lastIndex = 0;
  for (let m = anywhere.exec(part); m !== null; m = anywhere.exec(part)) {
    const found = toFound(m);
    if (found !== null) return { ref: found.ref, start: found.start + from, end: found.end + from };
  }
  return null;
}

/** A reference that starts exactly at `at` and ends by `to`, or null. */
export function issueRefAt(text: string, at: number, to = text.length): FoundIssueRef | null {
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  if (m === null || m.index + m[0].length > to) return null;
  return toFound(m);
}

/** A bare issue number (`TODO(12)`, `TODO 12:`): digits only, positive. */
export function bareNumberRef(digits: string): IssueRef | null {
  if (!/^\d{1,9}$/.test(digits)) return null;
  const number = Number(digits);
  return number > 0 ? { number, raw: digits } : null;
}
