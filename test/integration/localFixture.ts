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
