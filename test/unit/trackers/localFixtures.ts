// Temp workspaces with a `.release/issues.json` for the local tracker tests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import { serializeIssuesFile, type IssuesDocument, type LocalIssue, type LocalMilestone } from '../../../src/trackers/localFormat';
import { createLocalTracker, type LocalTrackerOptions } from '../../../src/trackers/localTracker';
import { nodeTrackerFiles, type WriteFile } from '../../../src/trackers/nodeTrackerFiles';
import type { Tracker } from '../../../src/trackers/tracker';

export const NOW = new Date('2026-11-20T10:00:00.000Z');

export function aLocalIssue(fields: Partial<LocalIssue> = {}): LocalIssue {
  return {
    number: 1,
    title: `Issue ${fields.number ?? 1}`,
    body: '',
    state: 'open',
    stateReason: null,
    labels: [],
    assignees: [],
    milestone: 'v1.0',
    author: 'alice',
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    closedAt: null,
    comments: [],
    ...fields,
  };
}

export function aLocalMilestone(fields: Partial<LocalMilestone> = {}): LocalMilestone {
  return { number: 1, title: 'v1.0', description: '', dueOn: '2026-12-15T00:00:00Z', state: 'open', checklist: null, ...fields };
}

export function aDocument(issues: LocalIssue[], milestones: LocalMilestone[] = [aLocalMilestone()]): IssuesDocument {
  return { version: 1, milestones, issues };
}

export class Workspace {
  readonly root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-local-'));
  readonly dir = path.join(this.root, '.release');
  readonly file = path.join(this.dir, 'issues.json');

  write(content: IssuesDocument | string): void {
    fs.mkdirSync(this.dir, { recursive: true });
    fs.writeFileSync(this.file, typeof content === 'string' ? content : serializeIssuesFile(content));
  }

  text(): string {
    return fs.readFileSync(this.file, 'utf8');
  }

  json(): { milestones: Record<string, unknown>[]; issues: Record<string, unknown>[] } {
    return JSON.parse(this.text()) as { milestones: Record<string, unknown>[]; issues: Record<string, unknown>[] };
  }

  /** Edits the file the way a person or `git checkout` would: behind the tracker's back. */
  editExternally(change: (doc: { milestones: Record<string, unknown>[]; issues: Record<string, unknown>[] }) => void): void {
    const doc = this.json();
    change(doc);
    fs.writeFileSync(this.file, JSON.stringify(doc, null, 2));
  }

  /** `writeFile` replaces the atomic write, for example to simulate a crash during the rename. */
  tracker({ writeFile, ...options }: Partial<LocalTrackerOptions> & { writeFile?: WriteFile } = {}): Tracker {
    return createLocalTracker({ files: nodeTrackerFiles(this.root, { writeFile }), config: DEFAULT_CONFIG, clock: () => NOW, author: 'tester', ...options });
  }

  files(): string[] {
    return fs.existsSync(this.dir) ? fs.readdirSync(this.dir).sort() : [];
  }

  dispose(): void {
    fs.rmSync(this.root, { recursive: true, force: true });
  }
}
