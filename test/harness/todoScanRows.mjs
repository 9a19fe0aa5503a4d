// Turns the TODO-scan benchmark's report (test/bench/todoScan.bench.ts, `run()` → { trees, incremental,
// eventLoop }) into runner rows with targets. The targets live here, not in that benchmark, so every target of
// `npm run bench` is chosen where the table is made:
//   full scan      our scanWorkspace within 1.2× ripgrep's wall time on the same tree (warm: best of the rounds in
//                  one process, which is the extension host's case: it scans again on every rescan), and the first
//                  scan of a fresh process within 2× (it also pays Node's start, the worker threads and the JIT);
//   incremental    re-parsing one 10,000-line file after an edit: p95 < 10 ms;
//   event loop     longest main-thread block during a full scan with worker threads: < 50 ms.
const SCAN_RATIO = 1.2;
const COLD_RATIO = 2;
const INCREMENTAL_MS = 10;
const BUDGET_MS = 50;

const round = (n, digits) => Number(n).toFixed(digits);

function treeRows(tree) {
  const size = `${Number(tree.filesRead).toLocaleString('en-US')} files, ${round(tree.megabytes, 0)} MB read`;
  const reference = {
    value: tree.rgSeconds,
    unit: 's',
    text: `${round(tree.rgSeconds, 2)} s, ${tree.rgLines} lines`,
    what: `rg --no-config on the same tree (${tree.dir}), best of the rounds`,
  };
  const target = { kind: 'ratioBelow', value: SCAN_RATIO, text: `< ${SCAN_RATIO}× rg` };
  const rows = [
    {
      id: `todo.scan.${tree.name}`,
      name: `TODO scan, full, warm (best of the rounds in one process): ${tree.name} (${size})`,
      ours: { value: tree.oursSeconds, unit: 's', text: `${round(tree.oursSeconds, 2)} s, ${tree.todos} TODOs` },
      reference,
      target,
      note: 'ripgrep prints every line holding a tag; we keep only tags in comments',
    },
  ];
  if (typeof tree.coldSeconds === 'number') {
    rows.push({
      id: `todo.scanCold.${tree.name}`,
      name: `TODO scan, full, first scan in a fresh node process: ${tree.name}`,
      ours: { value: tree.coldSeconds, unit: 's', text: `${round(tree.coldSeconds, 2)} s` },
      reference,
      target: { kind: 'ratioBelow', value: COLD_RATIO, text: `< ${COLD_RATIO}× rg` },
      note: 'like rg, it pays its own start: Node, worker threads, JIT',
    });
  }
  return rows;
}

export function todoScanRows(report) {
  if (Array.isArray(report)) return report;
  if (!report || !Array.isArray(report.trees)) {
    throw new Error(`Unrecognized TODO-scan report (keys: ${Object.keys(report ?? {}).join(', ') || 'none'})`);
  }
  const rows = report.trees.flatMap(treeRows);
  const inc = report.incremental;
  if (inc) {
    rows.push({
      id: 'todo.incremental',
      name: `TODO scan, incremental: one 10,000-line file after an edit (${inc.todos} TODOs)`,
      ours: { value: inc.p95Ms, unit: 'ms', text: `p50 ${round(inc.p50Ms, 2)} · p95 ${round(inc.p95Ms, 2)} ms` },
      reference: null,
      target: { kind: 'below', value: INCREMENTAL_MS, text: `p95 < ${INCREMENTAL_MS} ms` },
    });
  }
  const loop = report.eventLoop;
  if (loop) {
    rows.push({
      id: 'todo.eventLoop',
      name: 'TODO scan: longest event-loop block during a full corpus scan (worker threads)',
      ours: { value: loop.workersMaxMs, unit: 'ms', text: `${round(loop.workersMaxMs, 1)} ms` },
      reference: loop.mainThreadMaxMs === undefined
        ? null
        : { value: loop.mainThreadMaxMs, unit: 'ms', text: `${round(loop.mainThreadMaxMs, 1)} ms`, what: 'the same scan reading on the main thread (workers: 0)' },
      target: { kind: 'below', value: BUDGET_MS, text: `< ${BUDGET_MS} ms` },
    });
  }
  return rows;
}
