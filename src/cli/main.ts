// Entry point of the `release-readiness` CLI (bundled to dist/cli.js). Exit 0 = GO, 1 = NO-GO, 2 = usage or
// data error; the reason goes to stderr, never a stack trace.
import { version } from '../../package.json';
import { TrackerError } from '../trackers/tracker';
import { parseArgs, USAGE, UsageError } from './args';
import { runCheck, type CliIo } from './check';
import { DataError, ExitCode } from './cliErrors';
import { runNotes } from './notes';
import { runShip } from './ship';
import { GitError } from '../git/gitRunner';

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (command.kind === 'version') {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (command.kind === 'notes') return await runNotes(command.options, io);
    if (command.kind === 'ship') return await runShip(command.options, io);
    return await runCheck(command.options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`release-readiness: ${error.message}\nRun "release-readiness --help" for usage.\n`);
    } else if (error instanceof DataError || error instanceof TrackerError || error instanceof GitError) {
      io.stderr(`release-readiness: ${error.message}\n`);
    } else {
      io.stderr(`release-readiness: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return ExitCode.error;
  }
}

if (require.main === module) {
  const io: CliIo = {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  // exitCode, not exit(): stdout may still be flushing to a pipe.
  void main(process.argv.slice(2), io).then((code) => (process.exitCode = code));
}
