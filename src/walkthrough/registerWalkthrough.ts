// The walkthrough surface: "Release: Get Started" opens it again; the first activation under development opens it
// once (openWalkthroughOnce explains why only then); its first step is completed through a key of its own.
import * as vscode from 'vscode';
import type { Services } from '../services';
import { openWalkthrough, openWalkthroughOnce } from './openWalkthroughOnce';
import { GET_STARTED_COMMAND, TRACKER_CHOSEN_KEY } from './walkthroughIds';

/**
 * VS Code registers an extension's walkthroughs only after racing an experiment look-up for up to 5 s (the
 * getting-started service's `gettingStarted.overrideCategory…` treatment); opened before that, the Welcome page
 * shows its overview instead of this walkthrough. Only the open-once path waits; the command is a user's click.
 */
const OPEN_ONCE_DELAY_MS = 6000;
/**
 * A step whose `onContext` condition already holds when VS Code registers the walkthrough is never ticked in that
 * window: the getting-started service files the event as seen without progressing the step. So the "tracker
 * chosen" key turns true only well after registration (6 s was too early in code-server; 12 s ticks it), or when
 * the first tracker comes later. If a slow window registers later still, the step's buttons complete it.
 */
const TRACKER_KEY_DELAY_MS = 12000;

export function registerWalkthrough(services: Services): vscode.Disposable[] {
  const { context, store } = services;
  let chosen = false;
  const markChosen = () => {
    if (chosen || !store.currentTracker) return;
    chosen = true;
    void vscode.commands.executeCommand('setContext', TRACKER_CHOSEN_KEY, true);
  };
  const disposables: vscode.Disposable[] = [];
  const openTimer = setTimeout(() => void openWalkthroughOnce(context).catch(() => undefined), OPEN_ONCE_DELAY_MS);
  const keyTimer = setTimeout(() => {
    markChosen();
    disposables.push(store.onDidChange(markChosen));
  }, TRACKER_KEY_DELAY_MS);
  disposables.push(
    { dispose: () => (clearTimeout(openTimer), clearTimeout(keyTimer)) },
    vscode.commands.registerCommand(GET_STARTED_COMMAND, () => openWalkthrough(context.extension.id)),
  );
  return [{ dispose: () => disposables.splice(0).forEach((d) => d.dispose()) }];
}
