// Shared setup for tests that run the GitHub tracker against the API emulator: fast retry settings, a log that
// records its lines, and the recorded requests as `METHOD /path` strings.
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import { createGitHubTracker, type GitHubTracker, type GitHubTrackerOptions } from '../../../../src/trackers/githubTracker';
import type { TrackerLog } from '../../../../src/trackers/trackerLog';
import type { GitHubEmulator } from '../../../emulator/index';

export interface RecordingLog extends TrackerLog {
  readonly lines: string[];
}

export function recordingLog(): RecordingLog {
  const lines: string[] = [];
  const write = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return { lines, info: write('info'), warn: write('warn'), error: write('error'), debug: write('debug') };
}

/** Delays scaled down a thousandfold: a `retry-after: 1` waits 1 ms, the 4th retry 16 ms. */
export const FAST_TUNING = { retryDelayScale: 0.001, writeSpacingMs: 0, timeoutMs: 3000 } as const;

export function trackerFor(emulator: GitHubEmulator, overrides: Partial<GitHubTrackerOptions> = {}): GitHubTracker & { log: RecordingLog } {
  const log = recordingLog();
  const tracker = createGitHubTracker({
    apiUrl: emulator.url,
    owner: 'octo',
    repo: 'repo',
    config: DEFAULT_CONFIG,
    log,
    ...overrides,
    tuning: { ...FAST_TUNING, ...overrides.tuning },
  });
  return Object.assign(tracker, { log: (overrides.log as RecordingLog | undefined) ?? log });
}

/** The emulator's recorded requests as `METHOD /path` (percent-decoded, without the query). */
export function calls(emulator: GitHubEmulator): string[] {
  return emulator.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`);
}
