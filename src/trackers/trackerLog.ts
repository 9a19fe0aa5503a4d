// The log port trackers write to. VS Code's LogOutputChannel fits it; the CLI and tests pass their own.
// Nothing written here may contain a token or an Authorization header.

export interface TrackerLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  debug(message: string): void;
}

export const silentLog: TrackerLog = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};
