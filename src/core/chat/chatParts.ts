// core/chat/ owns what the `@release` chat participant and the language-model tools answer, built from the
// report model (core/report/report.ts) without a language model and without `vscode`: Markdown with every piece
// of tracker text escaped, references, next-action buttons, and the compact JSON the tools return.
//
// The parts an answer is made of. The chat surface (src/chat/) turns each into one ChatResponseStream call.

/** A next action the answer offers as a button; the surface maps it to our own command and a localized title. */
export type ChatAction =
  | { readonly kind: 'openReport' }
  | { readonly kind: 'refresh' }
  | { readonly kind: 'markResolved'; readonly issue: number }
  /** `line` is 1-based, as criterion items carry it. */
  | { readonly kind: 'trackTodo'; readonly file: string; readonly line: number }
  | { readonly kind: 'requestApproval' }
  | { readonly kind: 'recordApproval' };

export type ChatPart =
  /** Markdown we wrote, with tracker text already escaped by chatText(). Never trusted, never HTML. */
  | { readonly kind: 'markdown'; readonly value: string }
  /** An issue reference; `url` is an http(s) URL checked by safeHttpUrl, or null (local tracker). */
  | { readonly kind: 'issueReference'; readonly issue: number; readonly url: string | null }
  /** A TODO reference: a workspace-relative file and a 1-based line. */
  | { readonly kind: 'todoReference'; readonly file: string; readonly line: number }
  | { readonly kind: 'button'; readonly action: ChatAction };

/** How many items of one list an answer shows before "… and N more". */
export const CHAT_ITEM_LIMIT = 10;
/** How many buttons of one kind (Mark Resolved, Track TODO) an answer offers. */
export const CHAT_BUTTON_LIMIT = 3;

export function markdown(value: string): ChatPart {
  return { kind: 'markdown', value };
}

export function button(action: ChatAction): ChatPart {
  return { kind: 'button', action };
}
