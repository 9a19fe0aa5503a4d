// The local side of the integration fixture (test/fixtures/workspace/.release/issues.json), shared by the suites
// of the Node extension host (test/integration) and of the web worker host (test/web), which check the same file.

export const LOCAL_MILESTONE = 'v1.4 — Holiday Checkout';
export const ROLE_LABELS: Record<string, string> = { 'Project Manager': 'role:pm', Designer: 'role:design', Programmer: 'role:code', 'QA Engineer': 'role:qa' };

/** An entry of issues.json as the suites read it back. */
export interface FileIssue {
  number: number;
  title: string;
  body: string[];
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  /** Pull requests share the file (and the numbers) with the issues. */
  pullRequest?: unknown;
  milestone: string | null;
  comments: { body: string[] }[];
}

/** The fixture milestone's release checklist in the view: [role, done/total, items]. */
export const LOCAL_CHECKLIST_GROUPS: [string, string, number][] = [
  ['Project Manager', '2/3', 3],
  ['Designer', '1/2', 2],
  ['Programmer', '1/8', 8],
  ['QA Engineer', '0/2', 2],
];

/** The fixture's TODO files (workspace-relative) and the 0-based lines of their TODOs. */
export const TODO_TS = 'src/giftWrap.ts';
export const TODO_PY = 'src/exportOrders.py';
export const TODO_LINES = { open12: 7, closed19: 13, duplicate44: 16, missing999: 4, untrackedPy: 6 };

/** What the TODO index holds for those files: [file, line, tag, referenced issue]. */
export const FIXTURE_TODOS: [string, number, string, number | null][] = [
  [TODO_PY, TODO_LINES.missing999, 'FIXME', 999],
  [TODO_PY, TODO_LINES.untrackedPy, 'FIXME', null],
  [TODO_TS, TODO_LINES.open12, 'TODO', 12],
  [TODO_TS, TODO_LINES.closed19, 'TODO', 19],
  [TODO_TS, TODO_LINES.duplicate44, 'TODO', null],
];
