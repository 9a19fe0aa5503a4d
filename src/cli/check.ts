// `release-readiness check`: the same engine as the extension (team config, tracker, TODO scan, buildReport),
// so the same data gives the same verdict. Returns the exit code; writes nothing but through `io`.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeConfigProblem } from '../core/config/config';
import { approvalFromIssues } from '../core/criteria/criteria';
import { reportToMarkdown } from '../core/report/markdownExport';
import type { Milestone } from '../core/model';
import { buildReport, type ReleaseReport } from '../core/report/report';
import { reportToText } from '../core/criteria/verdictText';
import { chooseMilestone } from '../state/milestoneChoice';
import { loadTeamConfig } from '../trackers/teamConfigFile';
import { nodeTrackerFiles } from '../trackers/nodeTrackerFiles';
import type { Tracker } from '../trackers/tracker';
import type { TrackerLog } from '../trackers/trackerLog';
import type { CheckOptions } from './args';
import { DataError, ExitCode } from './cliErrors';
import { resolveOutside } from '../trackers/outsideLookup';
import { openTracker } from './cliTracker';
import { scanTodos } from './workspaceTodos';

export interface CliIo {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Defaults to the real clock; tests pin it. */
  readonly now?: () => Date;
}

/** The machine-readable shape (`--format json`): stable keys first, then the rest of the report. */
export function reportJson(report: ReleaseReport, source: string): unknown {
  return {
    verdict: report.verdict,
    milestone: report.milestone,
    source,
    readiness: report.readiness,
    criteria: report.criteria.map((c) => ({ id: c.id, title: c.title, passed: c.passed, skipped: c.skipped, reason: c.reason, items: c.items })),
    roles: report.roles.map((r) => ({ role: r.role, roleId: r.roleId, resolved: r.resolved, verified: r.verified, total: r.total, open: r.open })),
    blockers: report.blockers,
    recentlyResolved: report.recentlyResolved,
    todos: report.todos,
    approval: report.approval,
    checklist: report.checklist,
    burnup: report.burnup,
    generatedAt: report.generatedAt,
    fetchedAt: report.fetchedAt,
  };
}

function pickMilestone(milestones: readonly Milestone[], wanted: string | null, fromConfig: string | null): Milestone {
  if (wanted !== null) {
    const found = milestones.find((m) => m.title === wanted) ?? milestones.find((m) => m.title.toLowerCase() === wanted.toLowerCase());
    if (found) return found;
    const titles = milestones.map((m) => `"${m.title}"`).join(', ') || 'none';
    throw new DataError(`There is no milestone "${wanted}" (milestones: ${titles}).`);
  }
  const chosen = chooseMilestone(milestones, fromConfig);
  if (!chosen) throw new DataError('There is no open milestone to check. Pass --milestone TITLE.');
  return chosen;
}

async function ensureFolder(root: string): Promise<void> {
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new DataError(`Not a folder: ${root}`);
}

export interface LoadedRelease {
  readonly root: string;
  readonly tracker: Tracker;
  readonly report: ReleaseReport;
}

/** Team config, tracker, milestone, TODO scan and report: what check, notes and ship all start from. */
export async function loadCheckedRelease(options: CheckOptions, io: CliIo): Promise<LoadedRelease> {
  const root = path.resolve(io.cwd, options.dir ?? '.');
  await ensureFolder(root);
  const loaded = await loadTeamConfig(nodeTrackerFiles(root));
  for (const problem of loaded.problems) io.stderr(`${describeConfigProblem(problem)}\n`);
  if (loaded.problems.some((p) => p.severity === 'error')) throw new DataError('The team config has errors; fix them so the check uses the criteria you configured.');
  const config = loaded.config;

  const log: TrackerLog = { info: () => undefined, debug: () => undefined, warn: (m) => io.stderr(`warning: ${m}\n`), error: (m) => io.stderr(`error: ${m}\n`) };
  const tracker = await openTracker({ tracker: options.tracker, repo: options.repo, root, config, env: io.env, log });
  const milestone = pickMilestone(await tracker.listMilestones(), options.milestone, config.milestone);
  const todos = await scanTodos(root);
  // The same step as the extension's: references outside the milestone count by the tracker's answer.
  const data = await resolveOutside(tracker, await tracker.loadRelease(milestone.title), todos);
  const unread = (data.outside ?? []).filter((o) => o.status === 'unknown' && o.repository === null);
  if (unread.length > 0) {
    // A gate must not say GO or NO-GO on a question it could not ask: that is a data error, like an unreachable tracker.
    throw new DataError(`Could not read ${unread.map((o) => `#${o.number}`).join(', ')} from ${tracker.label}: ${unread[0].lastError ?? 'no answer'}`);
  }
  const report = buildReport({ data, config, todos, approval: approvalFromIssues(data.issues, config), now: (io.now ?? (() => new Date()))() });
  return { root, tracker, report };
}

export async function runCheck(options: CheckOptions, io: CliIo): Promise<number> {
  const { tracker, report } = await loadCheckedRelease(options, io);

  const markdown = reportToMarkdown(report);
  if (options.format === 'json') io.stdout(`${JSON.stringify(reportJson(report, tracker.label), null, 2)}\n`);
  else if (options.format === 'markdown') io.stdout(markdown);
  else io.stdout(reportToText(report));

  const summary = io.env.GITHUB_STEP_SUMMARY;
  if (summary) {
    // GitHub Actions shows this file on the run's summary page.
    await fs.appendFile(summary, `${markdown}\n`).catch((error: unknown) => io.stderr(`warning: could not write GITHUB_STEP_SUMMARY: ${String(error)}\n`));
  }
  return report.verdict === 'GO' ? ExitCode.go : ExitCode.noGo;
}
