// Shared by the config problem tests: each case is a malformed config and the exact problems it must give.
import * as assert from 'node:assert/strict';
import { parseTeamConfig, type ConfigProblemCode, type ConfigSeverity } from '../../../../src/core/config/config';
import type { TeamConfig } from '../../../../src/core/model';

/** severity, code, message, line, column, endLine, endColumn (0-based, as VS Code counts). */
export type Expected = [ConfigSeverity, ConfigProblemCode, string, number, number, number, number];

export interface ProblemCase {
  readonly name: string;
  readonly text: string;
  readonly problems: readonly Expected[];
  /** What survives: the valid parts are kept, the invalid part falls back to its default. */
  readonly then?: (config: TeamConfig) => void;
}

export const lines = (...parts: string[]): string => parts.join('\n');

export function itReportsEach(cases: readonly ProblemCase[]): void {
  for (const testCase of cases) {
    it(`reports ${testCase.name}`, () => {
      const { config, problems } = parseTeamConfig(testCase.text);
      const actual = problems.map((p): Expected => [p.severity, p.code, p.message, p.line, p.column, p.endLine, p.endColumn]);
      assert.deepEqual(actual, testCase.problems);
      testCase.then?.(config);
    });
  }
}
