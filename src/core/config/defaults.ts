import type { ChecklistTemplateItem, CriterionId, LabelConfig, ReleaseNotesConfig, RoleDefinition, TeamConfig } from '../model';

export const DEFAULT_ROLES: readonly RoleDefinition[] = [
  { id: 'pm', name: 'Project Manager', labels: ['role:pm'] },
  { id: 'design', name: 'Designer', labels: ['role:design'] },
  { id: 'code', name: 'Programmer', labels: ['role:code'] },
  { id: 'qa', name: 'QA Engineer', labels: ['role:qa'] },
];

/** Pseudo-role for issues without any role label. */
export const UNASSIGNED_ROLE: RoleDefinition = { id: 'unassigned', name: 'Unassigned', labels: [] };

export const DEFAULT_LABELS: LabelConfig = {
  blocker: 'blocker',
  needsVerification: 'needs-verification',
  verified: 'verified',
  checklist: 'release-checklist',
  approval: 'customer-approval',
  approved: 'approved',
};

export const DEFAULT_CRITERIA: Readonly<Record<CriterionId, boolean>> = {
  allResolved: true,
  noOpenBlockers: true,
  verified: true,
  noTodoOnClosedOrMissing: true,
  noUntrackedTodo: false,
  checklistComplete: true,
  customerApproval: true,
  checksGreen: true,
  noOpenPullRequests: true,
};

export const DEFAULT_CHECKLIST_TEMPLATE: readonly ChecklistTemplateItem[] = [
  { text: 'Scope agreed with the customer', role: 'pm' },
  { text: 'Stakeholders informed of the release date', role: 'pm' },
  { text: 'Customer approval recorded', role: 'pm' },
  { text: 'Design review signed off', role: 'design' },
  { text: 'Final assets delivered', role: 'design' },
  { text: 'All milestone issues resolved', role: 'code', check: 'allIssuesResolved' },
  { text: 'No untracked TODOs', role: 'code', check: 'noUntrackedTodos' },
  { text: 'No TODOs reference closed issues', role: 'code', check: 'noTodosOnClosedIssues' },
  { text: 'Checks green on the default branch', role: 'code', check: 'checksGreen' },
  { text: 'Version bumped in package.json', role: 'code', check: 'versionBumped' },
  { text: 'CHANGELOG entry for the new version', role: 'code', check: 'changelogEntry' },
  { text: 'Code review done', role: 'code' },
  { text: 'Docs updated', role: 'code' },
  { text: 'Regression tests passed', role: 'qa' },
  { text: 'QA sign-off', role: 'qa' },
];

/** Release notes grouped by role only. */
export const DEFAULT_RELEASE_NOTES: ReleaseNotesConfig = { typeLabels: [] };

export const DEFAULT_CONFIG: TeamConfig = {
  roles: DEFAULT_ROLES,
  labels: DEFAULT_LABELS,
  milestone: null,
  criteria: DEFAULT_CRITERIA,
  checklistTemplate: DEFAULT_CHECKLIST_TEMPLATE,
  releaseNotes: DEFAULT_RELEASE_NOTES,
};
