// Every API route the emulator answers; anything else is GitHub's 404.
import type { Route } from '../router';
import { commentRoutes } from './comments';
import { issueRoutes } from './issues';
import { labelRoutes } from './labels';
import { milestoneRoutes } from './milestones';
import { repositoryRoutes } from './repository';

export const apiRoutes: Route[] = [...repositoryRoutes, ...milestoneRoutes, ...issueRoutes, ...labelRoutes, ...commentRoutes];
