// Public ids from CONTRACT.md, in one place. package.json must agree (an integration test checks the commands).

export const EXTENSION_NAME = 'Release Readiness';

export const Views = {
  container: 'releaseReadiness',
  issues: 'releaseReadiness.issues',
  checklist: 'releaseReadiness.checklist',
  report: 'releaseReadiness.report',
} as const;

export const Commands = {
  refresh: 'releaseReadiness.refresh',
  selectMilestone: 'releaseReadiness.selectMilestone',
  openIssue: 'releaseReadiness.openIssue',
  markResolved: 'releaseReadiness.markResolved',
  markVerified: 'releaseReadiness.markVerified',
  reopen: 'releaseReadiness.reopen',
  assignRole: 'releaseReadiness.assignRole',
  trackTodo: 'releaseReadiness.trackTodo',
  trackAllTodos: 'releaseReadiness.trackAllTodos',
  openReport: 'releaseReadiness.openReport',
  exportReport: 'releaseReadiness.exportReport',
  checkCriteria: 'releaseReadiness.checkCriteria',
  toggleChecklistItem: 'releaseReadiness.toggleChecklistItem',
  completeChecklist: 'releaseReadiness.completeChecklist',
  createChecklist: 'releaseReadiness.createChecklist',
  requestApproval: 'releaseReadiness.requestApproval',
  recordApproval: 'releaseReadiness.recordApproval',
  signIn: 'releaseReadiness.signIn',
  setToken: 'releaseReadiness.setToken',
  previewReleaseNotes: 'releaseReadiness.previewReleaseNotes',
  shipRelease: 'releaseReadiness.shipRelease',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

export const Settings = {
  section: 'releaseReadiness',
  tracker: 'tracker',
  repository: 'github.repository',
  apiUrl: 'github.apiUrl',
  milestone: 'milestone',
  todoTags: 'todo.tags',
  todoExclude: 'todo.exclude',
  refreshInterval: 'refreshInterval',
} as const;

export const DEFAULT_API_URL = 'https://api.github.com';

export const ReleaseFiles = {
  dir: '.release',
  config: '.release/config.json',
  issues: '.release/issues.json',
} as const;
