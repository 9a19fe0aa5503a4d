// Problems found in `.release/config.json`, with 0-based positions as VS Code counts them (UTF-16 code units,
// lines split at \r\n, \n or \r), so a surface can turn them into diagnostics without touching the text again.

export type ConfigSeverity = 'error' | 'warning';

/**
 * What kind of problem it is. Stable, so a surface can filter: VS Code's JSON language service already reports
 * `syntax`, `unknownProperty`, `duplicateKey` and most `wrongType` / `emptyString` / `invalidString` / `empty` /
 * `unknownCheck` problems through the contributed schema; the others need the validator.
 */
export type ConfigProblemCode =
  | 'syntax'
  | 'tooLarge'
  | 'unreadable'
  | 'notObject'
  | 'unknownProperty'
  | 'duplicateKey'
  | 'wrongType'
  | 'emptyString'
  | 'invalidString'
  | 'missingProperty'
  | 'empty'
  | 'reservedRoleId'
  | 'duplicateRoleId'
  | 'duplicateLabel'
  | 'duplicateChecklistItem'
  | 'unknownRole'
  | 'unknownCheck';

export interface ConfigProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: ConfigSeverity;
  readonly code: ConfigProblemCode;
}

/** Where a problem sits in the text, as an offset and a length (jsonc-parser's unit). */
export interface TextSpan {
  readonly offset: number;
  readonly length: number;
}

/** The config file's path as users see it, used by describeConfigProblem. */
export const TEAM_CONFIG_LABEL = '.release/config.json';

/** `file:line:column: severity: message`, 1-based like compiler output, so terminals and CI logs link to it. */
export function describeConfigProblem(problem: ConfigProblem, file: string = TEAM_CONFIG_LABEL): string {
  return `${file}:${problem.line + 1}:${problem.column + 1}: ${problem.severity}: ${problem.message}`;
}

/** Collects problems against one text and converts offsets to line/column once, through a line-start table. */
export class ProblemList {
  private readonly items: ConfigProblem[] = [];
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  add(code: ConfigProblemCode, severity: ConfigSeverity, message: string, span: TextSpan): void {
    const start = this.positionAt(span.offset);
    const end = this.positionAt(span.offset + span.length);
    this.items.push({ message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, severity, code });
  }

  error(code: ConfigProblemCode, message: string, span: TextSpan): void {
    this.add(code, 'error', message, span);
  }

  warning(code: ConfigProblemCode, message: string, span: TextSpan): void {
    this.add(code, 'warning', message, span);
  }

  /** In document order; the sort is stable, so problems at one position keep the order they were found in. */
  sorted(): ConfigProblem[] {
    return [...this.items].sort((a, b) => a.line - b.line || a.column - b.column);
  }

  private positionAt(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, column: offset - this.lineStarts[low] };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (ch === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}
