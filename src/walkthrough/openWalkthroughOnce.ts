// Opens the getting-started walkthrough once, only where VS Code does not. VS Code itself opens a new
// extension's walkthrough when the extension is installed in a running window (Marketplace or VSIX), unless
// `workbench.welcomePage.walkthroughs.openOnInstall` is off; opening it here too would show it again on the first
// activation. An extension under development (F5, `npm start`) is never "installed", so there this opens it, once
// per profile (a globalState flag), and honours the same setting.
import * as vscode from 'vscode';
import { walkthroughFullId } from './walkthroughIds';

/** globalState key: the walkthrough was opened for this profile. */
export const WALKTHROUGH_SHOWN_KEY = 'releaseReadiness.walkthroughShown';

/** The part of the ExtensionContext this needs (tests pass their own memento and mode). */
export interface WalkthroughContext {
  readonly extensionMode: vscode.ExtensionMode;
  readonly globalState: Pick<vscode.Memento, 'get' | 'update'>;
  readonly extension: { readonly id: string };
}

export function openWalkthrough(extensionId: string): Thenable<unknown> {
  // `false`: in the active editor group, not to the side.
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughFullId(extensionId), false);
}

/** Resolves true when it opened the walkthrough. */
export async function openWalkthroughOnce(context: WalkthroughContext, open: (extensionId: string) => Thenable<unknown> = openWalkthrough): Promise<boolean> {
  if (context.extensionMode !== vscode.ExtensionMode.Development) return false;
  if (!vscode.workspace.getConfiguration('workbench.welcomePage').get<boolean>('walkthroughs.openOnInstall', true)) return false;
  if (context.globalState.get<boolean>(WALKTHROUGH_SHOWN_KEY)) return false;
  // The flag first: a second window activating meanwhile must not open it as well.
  await context.globalState.update(WALKTHROUGH_SHOWN_KEY, true);
  await open(context.extension.id);
  return true;
}
