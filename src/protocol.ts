// Typed messages between the report panel's host (src/report/) and its browser script (src/webview/). Plain data
// only: it imports neither `vscode` nor the DOM, so both sides and the unit tests share it.
// The host waits for the panel's `ready` before it posts anything: a message posted earlier would be lost.
import type { ReleaseReport } from './core/report/report';

export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** Shown as a banner when the data is a saved snapshot because the tracker could not be reached. */
export interface StaleNotice {
  /** ISO time the snapshot was saved. */
  readonly since: string;
  readonly reason: string;
}

/** Host → panel: the whole report, every time (it is small, and the panel re-renders from scratch). */
export interface ReportMessage {
  readonly type: 'report';
  /** Null while nothing is loaded; `status` then says why. */
  readonly report: ReleaseReport | null;
  readonly stale?: StaleNotice | null;
  readonly theme?: ThemeKind;
  /** Where the data comes from, e.g. `octo/repo` or `.release/issues.json`. */
  readonly source?: string | null;
  /** Shown instead of the report when `report` is null ("Loading the release…"). */
  readonly status?: string | null;
}

export type HostMessage = ReportMessage;

export type PanelMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'openIssue'; readonly number: number }
  /** `file` is workspace-relative with `/` separators; `line` is 1-based, as criterion items carry it. */
  | { readonly type: 'openTodo'; readonly file: string; readonly line: number }
  | { readonly type: 'export' }
  | { readonly type: 'refresh' };

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * Checks a message that claims to come from the panel. The panel is our own script, but it renders data from
 * the tracker, so the host treats what it receives as input: anything malformed is dropped (null).
 */
export function parsePanelMessage(value: unknown): PanelMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'ready':
    case 'export':
    case 'refresh':
      return { type: message.type };
    case 'openIssue':
      return isPositiveInteger(message.number) ? { type: 'openIssue', number: message.number } : null;
    case 'openTodo':
      if (typeof message.file !== 'string' || message.file === '' || message.file.length > 4096) return null;
      return isPositiveInteger(message.line) ? { type: 'openTodo', file: message.file, line: message.line } : null;
    default:
      return null;
  }
}

/** Checks a message that claims to come from the host (the panel's side of the same guard). */
export function isHostMessage(value: unknown): value is HostMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  return message.type === 'report' && (message.report === null || (typeof message.report === 'object' && message.report !== undefined));
}
