// The report a chat answer or a tool result is built from: services.report(), the same one the panel, the status
// bar and the CLI's code path show. While the first load is still running, wait for it (a question asked right
// after start-up should not be told "nothing loaded"), up to a limit and never past cancellation.
import type * as vscode from 'vscode';
import type { ReleaseReport } from '../core/report/report';
import type { Services } from '../services';

const FIRST_LOAD_WAIT_MS = 30_000;

export function loadedReport(services: Services, token: vscode.CancellationToken): Promise<ReleaseReport | null> {
  if (services.store.current.phase !== 'loading') return Promise.resolve(services.report());
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      subscription.dispose();
      cancel.dispose();
      resolve(services.report());
    };
    const subscription = services.store.onDidChange((state) => {
      if (state.phase !== 'loading') done();
    });
    const cancel = token.onCancellationRequested(done);
    const timer = setTimeout(done, FIRST_LOAD_WAIT_MS);
  });
}
