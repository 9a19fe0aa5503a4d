// Worker-thread entry of the workspace TODO scan. A worker lives across scans (see scanPool.ts): `configure`
// starts a scan, `layers` shares ignore files other threads found, and each `tasks` message (directories) is
// answered with a TaskResult, in order. Bundled on its own (dist/todoScanWorker.js) next to the code that starts it.
import { parentPort } from 'node:worker_threads';
import { ScanTaskRunner, type Budget, type DirTask, type LayerDef, type ScanSettings } from './scanTaskRunner';

export type ScanWorkerMessage =
  | { readonly kind: 'configure'; readonly settings: ScanSettings; readonly id: string }
  | { readonly kind: 'layers'; readonly layers: readonly LayerDef[] }
  | { readonly kind: 'tasks'; readonly tasks: readonly DirTask[]; readonly budget: Budget };

if (parentPort !== null) {
  const port = parentPort;
  let runner: ScanTaskRunner | null = null;
  port.on('message', (message: ScanWorkerMessage) => {
    if (message.kind === 'configure') runner = new ScanTaskRunner(message.settings, message.id, runner);
    else if (message.kind === 'layers') runner?.addLayers(message.layers);
    else if (runner !== null) port.postMessage(runner.run(message.tasks, message.budget));
  });
}
