// The release checklist side of the integration fixture: octo/rr-fixture on the emulator with a milestone whose
// checklist issue has CRLF line ends, a task item inside a code fence, nested items and verifiable items; plus a
// milestone without a checklist. And a reader for the Release Checklist view as VS Code renders it.
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../src/extension';
import type { ChecklistNode } from '../../src/checklist/checklistNodes';
import type { EmulatorSeed } from '../emulator/types';

export const OWNER = 'octo';
export const REPO = 'rr-fixture';
export const CHECKLIST_MILESTONE = 'v3.0 — Checklist';
export const BARE_MILESTONE = 'v3.1';
export const CHECKLIST_ISSUE = 3;

export const CHECKLIST_BODY = [
  'Release checklist for v3.0.',
  '',
  '```md',
  '- [ ] An example box inside a code fence',
  '```',
  '',
  '- [ ] Release notes drafted',
  '',
  '## Project Manager',
  '',
  '- [ ] Scope agreed with the customer',
  '- [x] Stakeholders informed of the release date',
  '',
  '## Programmer',
  '',
  '- [ ] All milestone issues resolved <!-- rr:check=allIssuesResolved -->',
  '- [ ] No untracked TODOs <!-- rr:check=noUntrackedTodos -->',
  '- [ ] Checks green on the default branch <!-- rr:check=checksGreen -->',
  '- [ ] Version bumped in package.json <!-- rr:check=versionBumped -->',
  '- [ ] CHANGELOG entry for the new version <!-- rr:check=changelogEntry -->',
  '- [ ] Code review done   ',
  '',
  '## QA Engineer',
  '',
  '- [ ] Regression tests passed',
  '  - [ ] Checkout',
  '  - [ ] Payments',
  '- [ ] QA sign-off',
  '',
].join('\r\n');

export function checklistSeed(): EmulatorSeed {
  return {
    repos: [
      {
        owner: OWNER,
        name: REPO,
        milestones: [
          { number: 1, title: CHECKLIST_MILESTONE, due_on: '2026-12-15T00:00:00Z' },
          { number: 2, title: BARE_MILESTONE, due_on: '2027-03-01T00:00:00Z' },
        ],
        issues: [
          { number: 1, title: 'Ship the new checkout', state: 'closed', labels: ['role:code'], milestone: CHECKLIST_MILESTONE },
          { number: 2, title: 'Regression suite', state: 'closed', labels: ['role:qa'], milestone: CHECKLIST_MILESTONE },
          { number: CHECKLIST_ISSUE, title: 'Release checklist: v3.0', body: CHECKLIST_BODY, labels: ['release-checklist'], milestone: CHECKLIST_MILESTONE },
          { number: 4, title: 'Loyalty points', labels: ['role:code'], milestone: BARE_MILESTONE },
        ],
        statuses: [{ context: 'ci/build', state: 'success' }],
      },
    ],
  };
}

export interface ShownItem {
  readonly text: string;
  readonly checked: boolean;
  readonly contextValue: string;
  readonly description: string;
  readonly children: readonly ShownItem[];
}

export interface ShownGroup {
  readonly label: string;
  readonly description: string;
  readonly items: readonly ShownItem[];
}

type View = ReleaseReadinessApi['checklistView'];

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

async function readItem(view: View, node: ChecklistNode): Promise<ShownItem> {
  const item = await view.provider.getTreeItem(node);
  const box = item.checkboxState;
  const state = typeof box === 'object' ? box.state : box;
  const children = await Promise.all((await view.provider.getChildren(node)).map((child) => readItem(view, child)));
  return {
    text: labelOf(item),
    checked: state === vscode.TreeItemCheckboxState.Checked,
    contextValue: String(item.contextValue),
    description: String(item.description ?? ''),
    children,
  };
}

/** The view's groups and items, as getChildren / getTreeItem give them to VS Code. */
export async function readChecklist(view: View): Promise<ShownGroup[]> {
  const groups: ShownGroup[] = [];
  for (const node of await view.provider.getChildren()) {
    const item = await view.provider.getTreeItem(node);
    const items = await Promise.all((await view.provider.getChildren(node)).map((child) => readItem(view, child)));
    groups.push({ label: labelOf(item), description: String(item.description ?? ''), items });
  }
  return groups;
}

/** The item node with this text, anywhere in the view (the node a user ticks). */
export async function itemNode(view: View, text: string): Promise<ChecklistNode> {
  const visit = async (nodes: ChecklistNode[]): Promise<ChecklistNode | undefined> => {
    for (const node of nodes) {
      if (node.kind === 'item' && node.text === text) return node;
      const found = await visit(await view.provider.getChildren(node));
      if (found) return found;
    }
    return undefined;
  };
  const node = await visit(await view.provider.getChildren());
  if (!node) throw new Error(`No checklist item "${text}" in the view`);
  return node;
}

/** Indexes where two strings of the same length differ (all of them, or a length mismatch marker). */
export function differingIndexes(a: string, b: string): number[] {
  if (a.length !== b.length) return [-1];
  const out: number[] = [];
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) out.push(i);
  return out;
}
