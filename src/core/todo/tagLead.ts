// What may stand before a tag on its line. The parser accepts a tag only when it leads its comment: between the
// comment marker (or the start of a block comment's line) and the tag there is nothing but decoration. So walking
// back from the tag over decoration must reach a line start or pass a character of one of the language's comment
// markers. That test needs no lexing, so it runs first, on raw bytes too, and most tags in strings, identifiers
// and prose never cost a parse.
import { syntaxFor } from './commentSyntax';

/** Characters allowed between a comment marker and its tag (`// TODO`, ` * TODO`, `# - TODO`, `[TODO]`, `@TODO`). */
export const DECORATION_CHARS = ' \t*/#!;%-+=|>~\'"[:.{@';

const DECORATION = new Uint8Array(128);
for (const c of DECORATION_CHARS) DECORATION[c.charCodeAt(0)] = 1;

export function isDecoration(code: number): boolean {
  return code < 128 && DECORATION[code] === 1;
}

/** Per language: which ASCII characters occur in its comment markers; null when any tag may lead (`REM`). */
export type MarkerChars = Uint8Array | null;

const cache = new Map<string, MarkerChars>();

export function markerCharsFor(languageId: string): MarkerChars {
  let chars = cache.get(languageId);
  if (chars === undefined) {
    const syntax = syntaxFor(languageId);
    if (syntax.line.some((m) => m.word)) {
      chars = null;
    } else {
      chars = new Uint8Array(128);
      for (const marker of [...syntax.line.map((m) => m.marker), ...syntax.block.map((b) => b.open)]) {
        for (const c of marker) if (c.charCodeAt(0) < 128) chars[c.charCodeAt(0)] = 1;
      }
    }
    cache.set(languageId, chars);
  }
  return chars;
}

/** The test on a string (the document text). */
export function plausibleLead(text: string, pos: number, markers: MarkerChars): boolean {
  if (markers === null) return true;
  let sawMarker = false;
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c >= 128 || DECORATION[c] === 0) return sawMarker || markers[c] === 1;
    if (markers[c] === 1) sawMarker = true;
  }
  return true;
}

/** The same test on raw UTF-8 bytes (the workspace scan, before decoding). */
export function plausibleLeadInBytes(bytes: Uint8Array, pos: number, markers: MarkerChars): boolean {
  if (markers === null) return true;
  let sawMarker = false;
  for (let i = pos - 1; i >= 0; i--) {
    const c = bytes[i];
    if (c === 10 || c === 13) return true;
    if (c >= 128 || DECORATION[c] === 0) return sawMarker || markers[c] === 1;
    if (markers[c] === 1) sawMarker = true;
  }
  return true;
}
