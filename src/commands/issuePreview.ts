// Read-only Markdown preview of a local-tracker issue (it has no web page). Served through a content provider
// on the `release-issue` scheme, so nothing is written to disk and the document cannot be edited.
import * as vscode from 'vscode';
import type { Comment, Issue } from '../core/model';
import type { ReleaseStore } from '../state/releaseStore';

export const ISSUE_PREVIEW_SCHEME = 'release-issue';

export class IssuePreviewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly subscription: vscode.Disposable;
  private readonly open = new Set<string>();

  constructor(private readonly store: ReleaseStore) {
    this.subscription = store.onDidChange(() => {
      for (const uri of this.open) this.changed.fire(vscode.Uri.parse(uri));
    });
  }

  static uriFor(issueNumber: number): vscode.Uri {
    return vscode.Uri.from({ scheme: ISSUE_PREVIEW_SCHEME, path: `/Issue-${issueNumber}.md` });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    this.open.add(uri.toString());
    const issueNumber = Number(/Issue-(\d+)\.md$/.exec(uri.path)?.[1]);
    const tracker = this.store.currentTracker;
    const issue = this.store.issue(issueNumber) ?? (tracker ? await tracker.getIssue(issueNumber).catch(() => undefined) : undefined);
    if (!issue) return vscode.l10n.t('Issue #{0} was not found.', issueNumber);
    const comments = tracker ? await tracker.listComments(issueNumber).catch(() => []) : [];
    return renderIssue(issue, comments);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Markdown of an issue. Titles and bodies are the team's own Markdown; the preview renders no scripts. */
export function renderIssue(issue: Issue, comments: readonly Comment[]): string {
  const lines = [
    `# #${issue.number} ${oneLine(issue.title)}`,
    '',
    `**${issue.state === 'open' ? 'Open' : issue.stateReason === 'not_planned' ? 'Closed as not planned' : 'Resolved'}**` +
      (issue.milestone ? ` · ${oneLine(issue.milestone)}` : '') +
      (issue.assignees.length ? ` · ${issue.assignees.map((a) => `@${oneLine(a)}`).join(', ')}` : ''),
    '',
    issue.labels.length ? `Labels: ${issue.labels.map((l) => `\`${l.replace(/`/g, "'")}\``).join(' ')}` : '',
    '',
    issue.body.trim() || '_No description._',
  ];
  for (const comment of comments) {
    lines.push('', '---', '', `**${oneLine(comment.author ?? 'someone')}** · ${comment.createdAt}`, '', comment.body);
  }
  return lines.join('\n') + '\n';
}

function oneLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ');
}
