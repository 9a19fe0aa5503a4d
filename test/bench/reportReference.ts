// The reference page of the report-panel benchmark (test/harness/benchReport.mjs): the exported HTML report of the
// bench workspace (what Export Progress Report… writes), built by the extension's own engine over the same files.
import { approvalFromIssues } from '../../src/core/criteria/criteria';
import { reportToHtml } from '../../src/core/report/htmlExport';
import { buildReport } from '../../src/core/report/report';
import { scanTodos } from '../../src/cli/workspaceTodos';
import { chooseMilestone } from '../../src/state/milestoneChoice';
import { createLocalTracker } from '../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../src/trackers/nodeTrackerFiles';
import { loadTeamConfig } from '../../src/trackers/teamConfigFile';

export async function exportedReportHtml(root: string): Promise<{ html: string; verdict: string; issues: number }> {
  const { config } = await loadTeamConfig(nodeTrackerFiles(root));
  const tracker = createLocalTracker({ files: nodeTrackerFiles(root), config });
  const milestone = chooseMilestone(await tracker.listMilestones(), config.milestone);
  if (!milestone) throw new Error(`No open milestone in ${root}`);
  const data = await tracker.loadRelease(milestone.title);
  const report = buildReport({ data, config, todos: await scanTodos(root), approval: approvalFromIssues(data.issues, config), now: new Date() });
  return { html: reportToHtml(report), verdict: report.verdict, issues: data.issues.length };
}
