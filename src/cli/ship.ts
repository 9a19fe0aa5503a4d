// `release-readiness ship`: the same rules as the Ship Release command. NO-GO → the failing criteria on stderr,
// exit 1, nothing written. GO → tag, (push), GitHub Release, close the milestone, skipping what is already done;
// exit 0 once every step is done, 2 when a step fails (run it again to resume) or the input is wrong.
import { buildReleaseNotes } from '../core/notes/releaseNotes';
import { defaultTag, SHIP_STEP_TITLES, tagNameProblem, type ShipStepId } from '../core/ship/shipPlan';
import { shipRefusal } from '../core/ship/shipRefusal';
import { GitError, GitRepository } from '../git/gitRunner';
import { approvalNote } from '../ship/approvalNote';
import { ShipConflictError, ShipStepError, shipRelease } from '../ship/shipRelease';
import type { ShipCliOptions } from './args';
import { loadCheckedRelease, type CliIo } from './check';
import { DataError, ExitCode } from './cliErrors';
import { UsageError } from './args';

export async function runShip(options: ShipCliOptions, io: CliIo): Promise<number> {
  if (options.tag !== null) {
    const problem = tagNameProblem(options.tag);
    if (problem) throw new UsageError(`--tag: ${problem}`);
  }
  const { root, tracker, report } = await loadCheckedRelease(options, io);
  const refusal = shipRefusal(report.verdict, report.criteria);
  if (refusal) {
    io.stderr(`${refusal.join('\n')}\n`);
    return ExitCode.noGo;
  }
  const tag = options.tag ?? defaultTag(report.milestone.title);
  if (tag === null) throw new DataError(`The milestone "${report.milestone.title}" names no version to tag; pass --tag TAG.`);
  const notes = buildReleaseNotes(report, { approvalNote: await approvalNote(tracker, report.approval) });
  const said = (steps: readonly ShipStepId[]) => steps.map((s) => SHIP_STEP_TITLES[s]).join(', ') || 'nothing';
  try {
    const outcome = await shipRelease(
      { tracker, git: new GitRepository(root), milestone: report.milestone.title, notes },
      { tag, draft: !options.publish, pushTag: options.push },
    );
    const already = outcome.plan.done.length > 0 ? ` (already done before: ${said(outcome.plan.done)})` : '';
    io.stdout(`Shipped ${report.milestone.title} as ${tag}: ${said(outcome.done)}${already}.\n`);
    if (outcome.release?.url) io.stdout(`GitHub Release${outcome.release.draft ? ' (draft)' : ''}: ${outcome.release.url}\n`);
    return ExitCode.go;
  } catch (error) {
    if (error instanceof ShipConflictError || error instanceof GitError) throw new DataError(error.message);
    if (error instanceof ShipStepError) {
      io.stderr(`Ship stopped at "${SHIP_STEP_TITLES[error.step]}": ${error.message}\nDone: ${said(error.done)}. Run "release-readiness ship" again to finish; done steps are skipped.\n`);
      return ExitCode.error;
    }
    throw error;
  }
}
