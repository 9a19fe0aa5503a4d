// How a failed write is shown: the tracker's message (never a stack trace) with Retry, so nothing is dropped
// silently; Retry runs the same write again.
import * as vscode from 'vscode';
import type { Log } from '../log';

export async function reportWriteFailure(log: Log, what: string, error: unknown, retry: () => Promise<unknown>): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  log.error(`${what} failed: ${message}`);
  const retryLabel = vscode.l10n.t('Retry');
  const choice = await vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', what, message), retryLabel);
  if (choice === retryLabel) {
    try {
      await retry();
    } catch (again) {
      await reportWriteFailure(log, what, again, retry);
    }
  }
}

/**
 * Runs a write for a command: resolves with the result once confirmed, rejects when it fails — after showing the
 * failure with Retry (not awaited, so a caller never waits on a notification).
 */
export async function confirmedWrite<T>(log: Log, what: string, write: () => Promise<T>): Promise<T> {
  try {
    const result = await write();
    log.info(`${what}: done`);
    return result;
  } catch (error) {
    void reportWriteFailure(log, what, error, write);
    throw error;
  }
}
