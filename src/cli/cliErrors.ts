// Exit codes of the CLI and the error for bad data or an unreachable tracker (exit 2, like a usage error).

export const ExitCode = { go: 0, noGo: 1, error: 2 } as const;

/** The input cannot be checked: no tracker file, no repository, no such milestone, an invalid team config. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataError';
  }
}
