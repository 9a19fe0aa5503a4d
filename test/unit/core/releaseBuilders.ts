// Builders for the criteria, report and export tests: release data, TODOs and a whole criteria input.
import type { CriteriaInput } from '../../../src/core/criteria/criteria';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import type { CriterionId, IssueRef, ReleaseData, TeamConfig, TodoItem } from '../../../src/core/model';
import { aMilestone } from '../builders';

export const NOW = new Date('2026-12-03T10:00:00Z');

export function aRelease(fields: Partial<ReleaseData> = {}): ReleaseData {
  return {
    milestone: aMilestone(),
    issues: [],
    checklist: { issueNumber: 90, body: '- [x] Scope agreed\n- [x] QA sign-off\n', url: 'https://github.com/octo/repo/issues/90' },
    checks: { branch: 'main', sha: 'abcdef1234567', state: 'success', failing: [] },
    fetchedAt: '2026-12-03T09:59:00Z',
    ...fields,
  };
}

export function aTodo(fields: Partial<TodoItem> & { refTo?: number | string } = {}): TodoItem {
  const { refTo, ...rest } = fields;
  let ref: IssueRef | null = null;
  if (typeof refTo === 'number') ref = { number: refTo, raw: `#${refTo}` };
  if (typeof refTo === 'string') {
    const [, owner, repo, number] = /^([^/]+)\/([^#]+)#(\d+)$/.exec(refTo) ?? [];
    ref = { number: Number(number), owner, repo, raw: refTo };
  }
  return { file: 'src/app.ts', line: 9, character: 3, endLine: 9, endCharacter: 30, tag: 'TODO', text: 'tidy up', ref, ...rest };
}

export function withCriteria(enabled: Partial<Record<CriterionId, boolean>>): TeamConfig {
  return { ...DEFAULT_CONFIG, criteria: { ...DEFAULT_CONFIG.criteria, ...enabled } };
}

export function anInput(fields: Partial<CriteriaInput> = {}): CriteriaInput {
  return {
    data: aRelease(),
    config: DEFAULT_CONFIG,
    todos: [],
    approval: { status: 'approved', issueNumber: 91, url: 'https://github.com/octo/repo/issues/91' },
    now: NOW,
    ...fields,
  };
}
