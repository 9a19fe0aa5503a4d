// Finds tags in raw file bytes, before any decoding: the step every scanned file goes through, so it is one
// Buffer#indexOf (memchr on the first byte, then a compare) per tag. Searching each tag from its rarest byte and
// checking the bytes before each hit in JavaScript was tried: faster on the generated corpus, slower on a real
// code-server tree (the per-hit JavaScript costs more than the memchr restarts it saves).

const isAsciiWordByte = (b: number): boolean => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95;

interface TagNeedle {
  readonly tag: Buffer;
  readonly wordStart: boolean;
  readonly wordEnd: boolean;
}

export class TagByteSearch {
  private readonly needles: TagNeedle[];
  /** Case-insensitive search: one regex over a latin1 view of the bytes; null when case-sensitive. */
  private readonly anyCase: RegExp | null;

  constructor(tags: readonly string[], caseSensitive: boolean) {
    const usable = tags.filter((t) => t.length > 0);
    this.needles = usable.map((t) => {
      const tag = Buffer.from(t, 'utf8');
      return { tag, wordStart: isAsciiWordByte(tag[0]), wordEnd: isAsciiWordByte(tag[tag.length - 1]) };
    });
    const alternation = usable.map((t) => t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
    this.anyCase = caseSensitive || alternation.length === 0 ? null : new RegExp(alternation.join('|'), 'gi');
  }

  /**
   * The offset of the last tag in `bytes` that is not glued to an ASCII letter, digit or `_` and that `accept`
   * takes; -1 when there is none.
   */
  lastTag(bytes: Buffer, accept: (at: number) => boolean): number {
    let last = -1;
    if (this.anyCase !== null) {
      const text = bytes.toString('latin1');
      this.anyCase.lastIndex = 0;
      for (let m = this.anyCase.exec(text); m !== null; m = this.anyCase.exec(text)) if (accept(m.index)) last = m.index;
      return last;
    }
    for (const { tag, wordStart, wordEnd } of this.needles) {
      // Forward: Buffer#lastIndexOf is about half as fast, and most files hold no tag at all.
      for (let i = bytes.indexOf(tag); i >= 0; i = bytes.indexOf(tag, i + 1)) {
        if (i <= last) continue;
        if (wordStart && i > 0 && isAsciiWordByte(bytes[i - 1])) continue;
        if (wordEnd && i + tag.length < bytes.length && isAsciiWordByte(bytes[i + tag.length])) continue;
        if (accept(i)) last = i;
      }
    }
    return last;
  }
}
