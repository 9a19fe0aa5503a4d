// `release-readiness notes`: the release notes of the milestone as Markdown on stdout.
import { buildReleaseNotes } from '../core/notes/releaseNotes';
import { approvalNote } from '../ship/approvalNote';
import type { CheckOptions } from './args';
import { loadCheckedRelease, type CliIo } from './check';
import { ExitCode } from './cliErrors';

export async function runNotes(options: CheckOptions, io: CliIo): Promise<number> {
  const { tracker, report } = await loadCheckedRelease(options, io);
  io.stdout(buildReleaseNotes(report, { approvalNote: await approvalNote(tracker, report.approval) }));
  return ExitCode.go;
}
