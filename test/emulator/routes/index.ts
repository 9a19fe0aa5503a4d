// Every API route the emulator answers; anything else is GitHub's 404.
import type { Route } from '../router';
import { commentRoutes } from './comments';
import { gitRefRoutes } from './gitRefs';
import { issueRoutes } from './issues';
import { labelRoutes } from './labels';
import { milestoneEditRoutes } from './milestoneEdits';
import { milestoneRoutes } from './milestones';
import { pullRoutes } from './pulls';
import { releaseRoutes } from './releases';
import { repositoryRoutes } from './repository';

export const apiRoutes: Route[] = [
  ...repositoryRoutes,
  ...milestoneRoutes,
  ...milestoneEditRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...commentRoutes,
  ...pullRoutes,
  ...releaseRoutes,
  ...gitRefRoutes,
];
