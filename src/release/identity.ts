// Who "me" is for the "Assigned to me" filter: the GitHub login behind the token, or git's user.name for the
// local tracker (whose assignees are names). Looked up once per tracker, lazily.
import type { GitHubTracker } from '../trackers/githubTracker';
import type { Tracker } from '../trackers/tracker';

/** `gitUserName`: the host's git user.name lookup (none in the browser). */
export async function whoAmI(tracker: Tracker, gitUserName: () => Promise<string | null>): Promise<string | null> {
  if (tracker.kind === 'github') {
    try {
      const response = await (tracker as GitHubTracker).client.request<{ login?: string }>('GET /user');
      return typeof response.data.login === 'string' ? response.data.login : null;
    } catch {
      return null;
    }
  }
  return gitUserName().catch(() => null);
}

/** `[user] name = …` from a git config text. */
export function userNameOf(configText: string): string | null {
  let inUser = false;
  for (const raw of configText.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inUser = /^\[user\]$/i.test(line);
      continue;
    }
    const match = inUser ? /^name\s*=\s*"?(.*?)"?\s*$/i.exec(line) : null;
    if (match?.[1]) return match[1];
  }
  return null;
}
