// CommonMark HTML blocks (spec 0.31, section 4.6). Their lines are raw HTML, so a `- [ ]` inside an HTML comment
// or a `<details>` run that is not yet closed by a blank line is text, not a checkbox.

export interface HtmlBlockStart {
  /** True for kinds 6 and 7, which end at the first blank line; the others end at a closing marker. */
  readonly endsAtBlank: boolean;
  /** Closing marker for kinds 1-5. */
  readonly end: RegExp | null;
  /** Kind 7 (any lone tag) cannot interrupt a paragraph. */
  readonly canInterruptParagraph: boolean;
}

const BLOCK_TAGS = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl ' +
    'dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend ' +
    'li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td ' +
    'tfoot th thead title tr track ul'
  ).split(' '),
);

const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const LONE_TAG = new RegExp(String.raw`^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)\s*$`);

/** Recognises the start of an HTML block in `rest` (the line after its indentation). */
export function htmlBlockStart(rest: string): HtmlBlockStart | null {
  if (!rest.startsWith('<')) return null;
  if (/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i.test(rest)) {
    return closedBy(/<\/(?:script|pre|style|textarea)>/i);
  }
  if (rest.startsWith('<!--')) return closedBy(/-->/);
  if (rest.startsWith('<?')) return closedBy(/\?>/);
  if (rest.startsWith('<![CDATA[')) return closedBy(/\]\]>/);
  if (/^<![A-Za-z]/.test(rest)) return closedBy(/>/);
  const tag = /^<\/?([A-Za-z][A-Za-z0-9]*)(?:[\s>]|\/>|$)/.exec(rest);
  if (tag && BLOCK_TAGS.has(tag[1].toLowerCase())) {
    return { endsAtBlank: true, end: null, canInterruptParagraph: true };
  }
  if (LONE_TAG.test(rest)) return { endsAtBlank: true, end: null, canInterruptParagraph: false };
  return null;
}

/** Whether the start line itself already closes the block (`<!-- note -->` on one line). */
export function closesOnStartLine(start: HtmlBlockStart, rest: string): boolean {
  // Skip the opener's own characters so `<!--` cannot be read as its own `-->`.
  return start.end !== null && start.end.test(rest.slice(2));
}

function closedBy(end: RegExp): HtmlBlockStart {
  return { endsAtBlank: false, end, canInterruptParagraph: true };
}
