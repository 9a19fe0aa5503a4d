// The Node entry (`main`): desktop VS Code, remote and Codespaces extension hosts. The browser has its own entry,
// src/web/extension.ts; both activate the same code (src/activation.ts) on their host's platform.
import type * as vscode from 'vscode';
import { activateRelease, type ReleaseReadinessApi } from './activation';
import { nodePlatform } from './platform/nodePlatform';
import { disposeScanPools } from './scan/scanPool';

export type { ReleaseReadinessApi } from './activation';

export function activate(context: vscode.ExtensionContext): ReleaseReadinessApi {
  return activateRelease(context, nodePlatform());
}

export function deactivate(): void {
  // Everything else is disposed through context.subscriptions; idle TODO-scan worker threads stop here.
  disposeScanPools();
}
