// Command-line arguments of `release-readiness`. Pure: turns argv into options or a UsageError (exit code 2).

export type OutputFormat = 'text' | 'markdown' | 'json';
export type TrackerOption = 'github' | 'local';

export interface CheckOptions {
  readonly tracker: TrackerOption | null;
  /** `owner/name`. */
  readonly repo: string | null;
  readonly milestone: string | null;
  readonly format: OutputFormat;
  /** The workspace folder; default the current directory. */
  readonly dir: string | null;
}

export interface ShipCliOptions extends CheckOptions {
  /** Default: the milestone title as a semver tag. */
  readonly tag: string | null;
  /** `--publish`: a published GitHub Release instead of a draft. */
  readonly publish: boolean;
  /** `--push`: push the tag to origin. */
  readonly push: boolean;
}

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'notes'; readonly options: CheckOptions }
  | { readonly kind: 'ship'; readonly options: ShipCliOptions };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: release-readiness check [options]
       release-readiness notes [options]
       release-readiness ship [options] [--tag TAG] [--publish] [--push]

check  Checks the release criteria of a milestone and prints the GO / NO-GO verdict.
       Exit code: 0 = GO, 1 = NO-GO, 2 = usage or data error.
notes  Prints the release notes (Markdown): resolved issues and merged pull requests by role.
       Exit code: 0, or 2 on a usage or data error.
ship   On GO: creates the annotated git tag on HEAD, pushes it with --push, creates the GitHub Release with
       the notes (a draft unless --publish) and closes the milestone. Refuses on NO-GO without writing.
       Safe to run again: finished steps are found and skipped.
       Exit code: 0 = shipped, 1 = not GO, 2 = usage or data error (or a step failed).

Options:
  --tracker github|local   where the issues are (default: local when .release/issues.json exists, else github)
  --repo OWNER/NAME        GitHub repository (default: $GITHUB_REPOSITORY, else the git remote)
  --milestone TITLE        milestone (default: .release/config.json, else the open one due soonest)
  --format text|markdown|json   output (default: text)
  --dir PATH               workspace folder with .release/ (default: the current directory)
  --tag TAG                ship: the tag (default: the milestone title as a semver tag, e.g. v1.4.0)
  --publish                ship: publish the GitHub Release (default: a draft)
  --push                   ship: push the tag to origin (default: the tag stays local)
  -h, --help               show this help
  --version                show the version

Environment:
  GITHUB_TOKEN or GH_TOKEN  token for the GitHub API
  GITHUB_API_URL            REST API base (default: https://api.github.com)
  GITHUB_STEP_SUMMARY       set by GitHub Actions: the Markdown report is appended to it
`;

const VALUES: Record<string, readonly string[] | null> = {
  tracker: ['github', 'local'],
  repo: null,
  milestone: null,
  format: ['text', 'markdown', 'json'],
  dir: null,
  tag: null,
};

/** Options without a value, per command. */
const FLAGS: Readonly<Record<string, readonly string[]>> = { ship: ['publish', 'push'] };
const COMMAND_VALUES: Readonly<Record<string, readonly string[]>> = {
  check: ['tracker', 'repo', 'milestone', 'format', 'dir'],
  notes: ['tracker', 'repo', 'milestone', 'dir'],
  ship: ['tracker', 'repo', 'milestone', 'dir', 'tag'],
};

export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.some((a) => a === '-h' || a === '--help')) return { kind: 'help' };
  if (argv.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('Missing command: use "release-readiness check", "notes" or "ship".');
  if (command === 'help') return { kind: 'help' };
  if (command !== 'check' && command !== 'notes' && command !== 'ship') throw new UsageError(`Unknown command "${command}": the commands are "check", "notes" and "ship".`);

  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument "${arg}".`);
    const name = match[1];
    if ((FLAGS[command] ?? []).includes(name)) {
      if (match[2] !== undefined) throw new UsageError(`--${name} takes no value.`);
      if (flags.has(name)) throw new UsageError(`--${name} is given twice.`);
      flags.add(name);
      continue;
    }
    if (!(name in VALUES) || !COMMAND_VALUES[command].includes(name)) throw new UsageError(`Unknown option "--${name}"${name in VALUES || Object.values(FLAGS).some((f) => f.includes(name)) ? ` for "${command}"` : ''}.`);
    if (values.has(name)) throw new UsageError(`--${name} is given twice.`);
    let value = match[2];
    if (value === undefined) {
      value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value.`);
      i++;
    }
    const allowed = VALUES[name];
    if (allowed && !allowed.includes(value)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
    if (value.trim() === '') throw new UsageError(`--${name} needs a value.`);
    values.set(name, value);
  }
  const repo = values.get('repo') ?? null;
  if (repo !== null && !/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UsageError(`--repo must be OWNER/NAME; got "${repo}".`);
  const options: CheckOptions = {
    tracker: (values.get('tracker') as TrackerOption | undefined) ?? null,
    repo,
    milestone: values.get('milestone') ?? null,
    format: (values.get('format') as OutputFormat | undefined) ?? 'text',
    dir: values.get('dir') ?? null,
  };
  if (command === 'ship') return { kind: 'ship', options: { ...options, tag: values.get('tag') ?? null, publish: flags.has('publish'), push: flags.has('push') } };
  return command === 'notes' ? { kind: 'notes', options } : { kind: 'check', options };
}
