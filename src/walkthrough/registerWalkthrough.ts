// The walkthrough surface: "Release: Get Started" opens it again; the first activation under development opens it
// once (openWalkthroughOnce explains why only then).
import * as vscode from 'vscode';
import { openWalkthrough, openWalkthroughOnce } from './openWalkthroughOnce';
import { GET_STARTED_COMMAND } from './walkthroughIds';

/**
 * VS Code registers an extension's walkthroughs only after racing an experiment look-up for up to 5 s (the
 * getting-started service's `gettingStarted.overrideCategory…` treatment); opened before that, the Welcome page
 * shows its overview instead of this walkthrough. Only the open-once path waits; the command is a user's click.
 */
const OPEN_ONCE_DELAY_MS = 6000;

export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable[] {
  const timer = setTimeout(() => void openWalkthroughOnce(context).catch(() => undefined), OPEN_ONCE_DELAY_MS);
  return [
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand(GET_STARTED_COMMAND, () => openWalkthrough(context.extension.id)),
  ];
}
