// The report of the current release, computed on demand and cached until the data, the TODOs or the config
// change. The status bar, the report panel and the criteria command all read it.
import type * as vscode from 'vscode';
import { approvalFromIssues, evaluateCriteria } from '../core/criteria/criteria';
import type { Approval, TeamConfig } from '../core/model';
import { buildReport, type ReleaseReport } from '../core/report/report';
import type { TodoIndexPort } from './todoIndexPort';
import { Emitter, type Event } from '../state/emitter';
import type { ReleaseStore } from '../state/releaseStore';

const NO_APPROVAL: Approval = { status: 'none', issueNumber: null, url: null };

export class ReportSource implements vscode.Disposable {
  private readonly changed = new Emitter<void>();
  readonly onDidChange = this.changed.event;
  private cached: ReleaseReport | null = null;
  private dirty = true;
  private readonly subscriptions: { dispose(): void }[];

  constructor(
    private readonly store: ReleaseStore,
    private readonly config: () => TeamConfig,
    private readonly todos: TodoIndexPort,
    onDidChangeConfig: Event<unknown> | vscode.Event<unknown>,
  ) {
    const invalidate = () => {
      this.dirty = true;
      this.changed.fire();
    };
    this.subscriptions = [store.onDidChange(invalidate), todos.onDidChange(invalidate), onDidChangeConfig(invalidate), this.changed];
  }

  current(): ReleaseReport | null {
    if (!this.dirty) return this.cached;
    const data = this.store.current.data;
    this.cached = data
      ? buildReport({ data, config: this.config(), todos: this.todos.all(), approval: approvalFromIssues(data.issues, this.config()), now: new Date() })
      : null;
    this.dirty = false;
    return this.cached;
  }

  approval(): Approval {
    const data = this.store.current.data;
    return data ? approvalFromIssues(data.issues, this.config()) : NO_APPROVAL;
  }

  /** For the CLI-equivalent check command: the criteria alone. */
  criteria() {
    const data = this.store.current.data;
    return data ? evaluateCriteria({ data, config: this.config(), todos: this.todos.all(), approval: this.approval(), now: new Date() }) : null;
  }

  dispose(): void {
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}
