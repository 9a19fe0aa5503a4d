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

export type CliCommand = { readonly kind: 'help' } | { readonly kind: 'version' } | { readonly kind: 'check'; readonly options: CheckOptions };

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: release-readiness check [options]

Checks the release criteria of a milestone and prints the GO / NO-GO verdict.
Exit code: 0 = GO, 1 = NO-GO, 2 = usage or data error.

Options:
  --tracker github|local   where the issues are (default: local when .release/issues.json exists, else github)
  --repo OWNER/NAME        GitHub repository (default: $GITHUB_REPOSITORY, else the git remote)
  --milestone TITLE        milestone (default: .release/config.json, else the open one due soonest)
  --format text|markdown|json   output (default: text)
  --dir PATH               workspace folder with .release/ (default: the current directory)
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
};

export function parseArgs(argv: readonly string[]): CliCommand {
  if (argv.some((a) => a === '-h' || a === '--help')) return { kind: 'help' };
  if (argv.includes('--version')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('Missing command: use "release-readiness check".');
  if (command === 'help') return { kind: 'help' };
  if (command !== 'check') throw new UsageError(`Unknown command "${command}": the only command is "check".`);

  const values = new Map<string, string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument "${arg}".`);
    const name = match[1];
    if (!(name in VALUES)) throw new UsageError(`Unknown option "--${name}".`);
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
  return {
    kind: 'check',
    options: {
      tracker: (values.get('tracker') as TrackerOption | undefined) ?? null,
      repo,
      milestone: values.get('milestone') ?? null,
      format: (values.get('format') as OutputFormat | undefined) ?? 'text',
      dir: values.get('dir') ?? null,
    },
  };
}
