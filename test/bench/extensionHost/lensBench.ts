// Code lenses on a 10,000-line file, inside the real extension host (part of the tree benchmark's run):
//   warm         provideCodeLenses with the document unchanged (answered from the TODO index);
//   incremental  provideCodeLenses right after an edit (only the edited lines are lexed again, see
//                core/todo/incrementalTodos.ts).
// The edit itself (a round trip to the workbench) is applied before the clock starts. Reference, run by run: the
// document's text split into lines, a plain loop over the same 10,000 lines.
import * as vscode from 'vscode';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { TodoIndex } from '../../../src/codelens/todoIndex';
import { TodoCodeLensProvider } from '../../../src/codelens/todoCodeLensProvider';
import { BIG_FILE } from '../bigSource';
import { msMeasurement, percentiles, type BenchRow, type Percentiles } from '../benchResult';

const RUNS = 30;
const WARMUP = 3;
const LENS_BUDGET_MS = 5;
const INCREMENTAL_BUDGET_MS = 5;

function reference(document: vscode.TextDocument): number {
  return document.getText().split('\n').length;
}

async function series(runs: number, before: () => Promise<unknown>, ours: () => number, ref: () => number): Promise<{ ours: Percentiles; reference: Percentiles; lenses: number }> {
  const a: number[] = [];
  const b: number[] = [];
  let lenses = 0;
  for (let i = 0; i < WARMUP + runs; i++) {
    await before();
    const t0 = performance.now();
    lenses = ours();
    const t1 = performance.now();
    ref();
    const t2 = performance.now();
    if (i >= WARMUP) {
      a.push(t1 - t0);
      b.push(t2 - t1);
    }
  }
  return { ours: percentiles(a), reference: percentiles(b), lenses };
}

export async function lensRows(api: ReleaseReadinessApi, folder: vscode.Uri): Promise<BenchRow[]> {
  const index = api.services.todos as TodoIndex;
  await index.whenScanned();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, ...BIG_FILE.split('/')));
  const provider = new TodoCodeLensProvider(api.services, index);
  try {
    const provide = () => provider.provideCodeLenses(document).length;
    const ref = () => reference(document);
    const warm = await series(RUNS, async () => undefined, provide, ref);
    if (warm.lenses === 0) throw new Error(`No code lenses on ${BIG_FILE}: the TODO index did not pick it up`);
    let edits = 0;
    const edit = async () => {
      const change = new vscode.WorkspaceEdit();
      change.insert(document.uri, new vscode.Position(5001, 0), `// edit ${edits++}\n`);
      if (!(await vscode.workspace.applyEdit(change))) throw new Error('The edit was not applied');
    };
    const incremental = await series(RUNS, edit, provide, ref);
    const what = `${document.lineCount.toLocaleString('en-US')}-line file, ${warm.lenses} lenses`;
    const refWhat = 'getText() split into lines, the same document';
    return [
      {
        id: 'lens.warm',
        name: `Code lenses: provideCodeLenses, document unchanged (${what})`,
        ours: msMeasurement(warm.ours),
        reference: { ...msMeasurement(warm.reference), what: refWhat },
        target: { kind: 'below', value: LENS_BUDGET_MS, text: `p95 < ${LENS_BUDGET_MS} ms` },
      },
      {
        id: 'lens.incremental',
        name: `Code lenses: provideCodeLenses right after an edit, only the edited lines lexed again (${what})`,
        ours: msMeasurement(incremental.ours),
        reference: { ...msMeasurement(incremental.reference), what: refWhat },
        target: { kind: 'below', value: INCREMENTAL_BUDGET_MS, text: `p95 < ${INCREMENTAL_BUDGET_MS} ms` },
      },
    ];
  } finally {
    // The edited document stays dirty: the workspace is thrown away after the run.
    provider.dispose();
  }
}
