// The getting-started walkthrough's ids (package.json contributes.walkthroughs). No `vscode` import: the manifest
// unit test reads them too.

/** The walkthrough's id in the manifest. */
export const WALKTHROUGH_ID = 'getStarted';

/** "Release: Get Started", which opens the walkthrough again. */
export const GET_STARTED_COMMAND = 'releaseReadiness.getStarted';

/** What `workbench.action.openWalkthrough` takes: `publisher.name#walkthroughId`. */
export function walkthroughFullId(extensionId: string): string {
  return `${extensionId}#${WALKTHROUGH_ID}`;
}

/** Context key, true once a tracker is set up (set after the walkthrough is registered): completes its first step. */
export const TRACKER_CHOSEN_KEY = 'releaseReadiness.walkthrough.trackerChosen';
