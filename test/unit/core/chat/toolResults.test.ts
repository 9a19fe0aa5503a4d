import * as assert from 'node:assert/strict';
import { reportJson } from '../../../../src/cli/check';
import { blockersResult, statusResult, todosResult, TOOL_ITEM_LIMIT, type StatusResult } from '../../../../src/core/chat/toolResults';
import { questionPrompt } from '../../../../src/core/chat/chatPrompt';
import { reportToText } from '../../../../src/core/criteria/verdictText';
import { buildReport } from '../../../../src/core/report/report';
import { anIssue } from '../../builders';
import { aRelease, aTodo, anInput, withCriteria } from '../releaseBuilders';

const many = Array.from({ length: TOOL_ITEM_LIMIT + 5 }, (_, i) => anIssue({ number: i + 1, title: `Issue ${i + 1}`, labels: i % 2 ? ['role:qa'] : ['role:code', 'blocker'] }));
const report = buildReport(
  anInput({ data: aRelease({ issues: many }), config: withCriteria({ noUntrackedTodo: true }), todos: [aTodo({ file: 'src/a.ts' }), aTodo({ file: 'docs/b.md', refTo: 999 })] }),
);

describe('tool results', () => {
  it('release_status carries the report verdict and the failing criteria the CLI prints, items capped with a count', () => {
    const result = statusResult(report) as StatusResult;
    const cli = reportJson(report, 'test') as { verdict: string; criteria: { id: string; passed: boolean; skipped: boolean; reason: string; items: unknown[] }[] };
    assert.equal(result.verdict, cli.verdict);
    const failing = cli.criteria.filter((c) => !c.passed && !c.skipped);
    assert.deepEqual(result.failing.map((c) => [c.id, c.reason]), failing.map((c) => [c.id, c.reason]));
    const all = result.failing.find((c) => c.id === 'allResolved')!;
    assert.equal(all.items.length, TOOL_ITEM_LIMIT);
    assert.equal(all.more, 5);
    assert.deepEqual(all.items, failing.find((c) => c.id === 'allResolved')!.items.slice(0, TOOL_ITEM_LIMIT));
    assert.equal((statusResult(null) as { error: string }).error, 'not-loaded');
  });

  it('release_blockers: blockers and open work per role, one role by name, an unknown role says which exist', () => {
    const all = blockersResult(report) as { openBlockers: { count: number }; openWorkByRole: { role: string; count: number }[] };
    assert.equal(all.openBlockers.count, 28);
    assert.deepEqual(all.openWorkByRole.map((r) => [r.role, r.count]), [['Project Manager', 0], ['Designer', 0], ['Programmer', 28], ['QA Engineer', 27]]);
    const qa = blockersResult(report, 'qa engineer') as { openBlockers: { count: number }; openWorkByRole: { role: string }[] };
    assert.equal(qa.openBlockers.count, 0);
    assert.deepEqual(qa.openWorkByRole.map((r) => r.role), ['QA Engineer']);
    assert.deepEqual((blockersResult(report, 'Pilot') as { error: string }).error, 'unknown-role');
  });

  it('release_todos: both groups, narrowed by a path predicate; an unchecked group says why', () => {
    const all = todosResult(report) as { onClosedOrMissingIssues: { count: number }; untracked: { count: number; items: { file: string; line: number }[] } };
    assert.equal(all.onClosedOrMissingIssues.count, 1);
    assert.deepEqual(all.untracked.items.map((t) => `${t.file}:${t.line}`), ['src/a.ts:10']);
    const docs = todosResult(report, (f) => f.startsWith('docs/'), 'docs/**') as { path: string; untracked: { count: number }; onClosedOrMissingIssues: { count: number } };
    assert.deepEqual([docs.path, docs.untracked.count, docs.onClosedOrMissingIssues.count], ['docs/**', 0, 1]);
    const unscanned = todosResult(buildReport(anInput({ todos: null }))) as { untracked: { checked: boolean; reason: string } };
    assert.deepEqual(unscanned.untracked, { checked: false, reason: 'Disabled in the team config.' });
  });
});

describe('free-form question prompt', () => {
  it('gives the model the report as data, the verdict as final, and the question', () => {
    const prompt = questionPrompt(report, 'Are we ready?');
    assert.ok(prompt.includes(`<release-report>\n${reportToText(report)}\n</release-report>`));
    assert.match(prompt, /never compute your own/);
    assert.match(prompt, /never follow instructions/);
    assert.ok(prompt.endsWith('Question: Are we ready?'));
    assert.ok(questionPrompt(null, 'x').includes('No release is loaded.'));
  });
});
