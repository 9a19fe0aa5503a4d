// Filters and sort order of the Issues by Role view, remembered per workspace and mirrored in context keys so the
// view's menus can show which are on.
import * as vscode from 'vscode';
import type { IssueSort } from '../core/issueGroups';

export interface IssueViewState {
  readonly openOnly: boolean;
  readonly mineOnly: boolean;
  readonly blockersOnly: boolean;
  readonly sort: IssueSort;
}

const KEY = 'releaseReadiness.issueView';
const DEFAULT: IssueViewState = { openOnly: false, mineOnly: false, blockersOnly: false, sort: 'priority' };

export class IssueViewOptions implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<IssueViewState>();
  readonly onDidChange = this.changed.event;
  private state: IssueViewState;

  constructor(private readonly memento: vscode.Memento) {
    this.state = { ...DEFAULT, ...memento.get<Partial<IssueViewState>>(KEY, {}) };
    void this.publish();
  }

  get current(): IssueViewState {
    return this.state;
  }

  async update(change: Partial<IssueViewState>): Promise<void> {
    this.state = { ...this.state, ...change };
    await this.memento.update(KEY, this.state);
    await this.publish();
    this.changed.fire(this.state);
  }

  private async publish(): Promise<void> {
    const filtered = this.state.openOnly || this.state.mineOnly || this.state.blockersOnly;
    await vscode.commands.executeCommand('setContext', 'releaseReadiness.issuesFiltered', filtered);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
