// TreeDataProvider of the Release Checklist view. The body lives in ReleaseStore (with ticks in flight already on
// it, see ChecklistWriter); this turns it into role groups and items, once per change.
import * as vscode from 'vscode';
import { outlineChecklist, type ChecklistOutline, type OutlineItem } from '../core/checklist/checklistOutline';
import type { TeamConfig } from '../core/model';
import type { ChecklistWriter } from '../state/checklistWriter';
import type { ReleaseState, ReleaseStore } from '../state/releaseStore';
import { GroupNode, ItemNode, type ChecklistNode } from './checklistNodes';

/** What the view shows, for the welcome content (`releaseReadiness.checklistState`). */
export type ChecklistViewState = 'loading' | 'noTracker' | 'noMilestone' | 'error' | 'none' | 'empty' | 'ready';

export class ChecklistTreeProvider implements vscode.TreeDataProvider<ChecklistNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ChecklistNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private cached: { body: string; outline: ChecklistOutline } | null = null;

  constructor(
    private readonly store: ReleaseStore,
    private readonly writer: ChecklistWriter,
    private readonly config: () => TeamConfig,
    onDidChangeConfig: vscode.Event<unknown>,
  ) {
    this.disposables.push(
      store.onDidChange(() => this.refresh()),
      writer.onDidChange(() => this.refresh()),
      onDidChangeConfig(() => {
        this.cached = null;
        this.refresh();
      }),
    );
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  /** The outline of the current checklist, or null when there is none. */
  get outline(): ChecklistOutline | null {
    const body = this.store.current.data?.checklist?.body;
    if (body === undefined) return null;
    if (this.cached?.body !== body) this.cached = { body, outline: outlineChecklist(body, this.config().roles) };
    return this.cached.outline;
  }

  get state(): ChecklistViewState {
    return viewState(this.store.current, this.outline);
  }

  getTreeItem(node: ChecklistNode): vscode.TreeItem {
    return node.toTreeItem();
  }

  getChildren(node?: ChecklistNode): ChecklistNode[] {
    const outline = this.outline;
    if (!outline) return [];
    if (!node) {
      // With no role anywhere a "General" heading would be noise: the items go straight to the root.
      if (outline.groups.length === 1 && outline.groups[0].role === null) return this.items(outline.groups[0].items);
      return outline.groups.map((group) => new GroupNode(group));
    }
    return node instanceof GroupNode ? this.items(node.group.items) : this.items(node.outline.children);
  }

  private items(list: readonly OutlineItem[]): ItemNode[] {
    return list.map((o) => new ItemNode(o, this.writer.isPending(o.item.id), this.writer.lastResult(o.item.id)));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

export function viewState(state: ReleaseState, outline: ChecklistOutline | null): ChecklistViewState {
  switch (state.phase) {
    case 'noTracker':
      return 'noTracker';
    case 'noMilestone':
      return 'noMilestone';
    case 'loading':
      return 'loading';
    case 'error':
      return 'error';
    case 'ready':
      if (!state.data?.checklist || !outline) return 'none';
      return outline.total > 0 ? 'ready' : 'empty';
  }
}
