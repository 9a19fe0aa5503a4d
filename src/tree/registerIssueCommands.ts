// The issue and release commands of the Issues by Role surface. Each returns its promise, so a caller (a
// keybinding, another extension, a test) knows when the write is confirmed.
import * as vscode from 'vscode';
import { Commands, Views } from '../constants';
import type { Services } from '../services';
import type { IssuesView } from './registerIssuesView';
import type { IssueViewOptions } from './issueViewOptions';
import { onSelectedIssues } from './selectedIssues';
import { assignRole } from '../commands/assignRole';
import { setToken, signIn } from '../commands/authCommands';
import { filterIssues, sortIssues } from './issueViewCommands';
import { markResolved, type MarkResolvedOptions } from '../commands/markResolved';
import { markVerified } from '../commands/markVerified';
import { openIssue } from '../commands/openIssue';
import { reopen } from '../commands/reopen';
import { selectMilestone } from '../commands/selectMilestone';
import { useLocalTracker } from '../commands/useLocalTracker';

export const InternalCommands = {
  filterIssues: 'releaseReadiness.filterIssues',
  sortIssues: 'releaseReadiness.sortIssues',
  showMore: 'releaseReadiness.showMore',
  useLocalTracker: 'releaseReadiness.useLocalTracker',
} as const;

export function registerIssueCommands(services: Services, view: IssuesView, options: IssueViewOptions): vscode.Disposable[] {
  const register = (id: string, handler: (...args: never[]) => unknown) => vscode.commands.registerCommand(id, handler as (...args: unknown[]) => unknown);
  // The view's keybindings pass a marker instead of the focused row; see selectedIssues.ts.
  const onSelection = <R>(run: (arg: unknown, ...rest: unknown[]) => Promise<R>) => onSelectedIssues(view.view, run);
  return [
    register(Commands.refresh, () =>
      vscode.window.withProgress({ location: { viewId: Views.issues }, title: vscode.l10n.t('Refreshing the release…') }, () => services.store.refresh()),
    ),
    register(Commands.selectMilestone, (title?: unknown) => selectMilestone(services, title)),
    register(Commands.openIssue, onSelection((arg) => openIssue(services, arg))),
    register(Commands.markResolved, onSelection((arg, opts) => markResolved(services, arg, opts as MarkResolvedOptions | undefined))),
    register(Commands.markVerified, onSelection((arg) => markVerified(services, arg))),
    register(Commands.reopen, onSelection((arg) => reopen(services, arg))),
    register(Commands.assignRole, (arg?: unknown, role?: unknown) => assignRole(services, arg, role)),
    register(Commands.signIn, () => signIn(services)),
    register(Commands.setToken, () => setToken(services)),
    register(InternalCommands.filterIssues, () => filterIssues(options)),
    register(InternalCommands.sortIssues, (sort?: unknown) => sortIssues(options, sort)),
    register(InternalCommands.showMore, (roleId: string) => view.provider.showMore(roleId)),
    register(InternalCommands.useLocalTracker, () => useLocalTracker(services)),
  ];
}
