// The browser entry (`browser`): vscode.dev, github.dev and any web extension host. Bundled for the browser
// (esbuild platform `browser`, no Node built-ins: test/unit/web/browserBundle.test.ts checks the bundle).
import type * as vscode from 'vscode';
import { activateRelease, type ReleaseReadinessApi } from '../activation';
import { webPlatform } from '../platform/webPlatform';

export function activate(context: vscode.ExtensionContext): ReleaseReadinessApi {
  return activateRelease(context, webPlatform());
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
