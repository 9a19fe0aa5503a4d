// The GitHub REST API emulator used by unit, integration and ui tests. See README.md in this folder.
export { GitHubEmulator, type EmulatorOptions } from './emulator';
export { faultMatches } from './faults';
export { largeMilestoneSeed, RELEASE_LABELS, ROLE_LABELS, SEED_OWNER, SEED_REPO, seedIssue, seedMilestone, seedRepo, seedWith } from './seedBuilders';
export { SeedError } from './seedLoader';
export type { IssueSnapshot, MilestoneSnapshot, RepoSnapshot, StateSnapshot } from './snapshot';
export { DEFAULT_LOGIN } from './store';
export type * from './types';
