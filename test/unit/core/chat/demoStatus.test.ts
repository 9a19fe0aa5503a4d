// `@release /status` on the demo `npm start` opens (local tracker, no GitHub): NO-GO, with the demo's reasons.
import * as assert from 'node:assert/strict';
import { scanTodos } from '../../../../src/cli/workspaceTodos';
import { statusAnswer } from '../../../../src/core/chat/statusAnswer';
import { statusResult, type StatusResult } from '../../../../src/core/chat/toolResults';
import { approvalFromIssues } from '../../../../src/core/criteria/criteria';
import { buildReport } from '../../../../src/core/report/report';
import { chooseMilestone } from '../../../../src/state/milestoneChoice';
import { createLocalTracker } from '../../../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../../../src/trackers/nodeTrackerFiles';
import { loadTeamConfig } from '../../../../src/trackers/teamConfigFile';
import { fromRoot } from '../../../repoRoot';

describe('@release on the demo workspace', () => {
  it('/status answers NO-GO with each failing criterion of the demo, as release_status does', async () => {
    const root = fromRoot('demo');
    const { config } = await loadTeamConfig(nodeTrackerFiles(root));
    const tracker = createLocalTracker({ files: nodeTrackerFiles(root), config });
    const milestone = chooseMilestone(await tracker.listMilestones(), config.milestone)!;
    const data = await tracker.loadRelease(milestone.title);
    const report = buildReport({ data, config, todos: await scanTodos(root), approval: approvalFromIssues(data.issues, config), now: new Date() });
    assert.equal(report.verdict, 'NO-GO');
    const md = statusAnswer(report).flatMap((p) => (p.kind === 'markdown' ? [p.value] : [])).join('\n');
    assert.match(md, /^### ⛔ NO-GO: release /);
    const failing = report.criteria.filter((c) => !c.passed && !c.skipped);
    assert.ok(failing.length > 0);
    for (const c of failing) assert.ok(md.includes(`- ✗ **${c.title}**`), `${c.id} in the answer`);
    const tool = statusResult(report) as StatusResult;
    assert.deepEqual(tool.failing.map((c) => c.id), failing.map((c) => c.id));
  });
});
