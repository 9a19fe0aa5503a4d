// Who "me" is for the "Assigned to me" filter: the GitHub login behind the token, or git's user.name for the
// local tracker (whose assignees are names). Looked up once per tracker, lazily.
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GitHubTracker } from '../trackers/githubTracker';
import type { Tracker } from '../trackers/tracker';

export async function whoAmI(tracker: Tracker, workspaceRoot: string | undefined): Promise<string | null> {
  if (tracker.kind === 'github') {
    try {
      const response = await (tracker as GitHubTracker).client.request<{ login?: string }>('GET /user');
      return typeof response.data.login === 'string' ? response.data.login : null;
    } catch {
      return null;
    }
  }
  const files = [workspaceRoot ? path.join(workspaceRoot, '.git', 'config') : undefined, path.join(os.homedir(), '.gitconfig')];
  for (const file of files) {
    if (!file) continue;
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const name = userNameOf(text);
    if (name) return name;
  }
  return null;
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
