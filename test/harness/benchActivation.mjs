// The activation rows of `npm run bench`: SAMPLES fresh code-server windows on the 5,000-issue bench workspace, each
// loading Release Readiness and an empty reference extension (test/bench/emptyExtension) under development, both
// activated by `workspaceContains:.release/issues.json`. Each window gives one sample of
//   activate()            our activate() body, against the empty extension's, timed the same way in the same host;
//   first tree page       our activate() start → the Issues by Role root and first pages answered with the release.
// A window per sample, because an extension activates once per extension host.
import * as path from 'node:path';
import { repoRoot } from './codeServer.mjs';
import { runInExtensionHost } from './benchTree.mjs';

const SAMPLES = 5;
const ACTIVATE_BUDGET_MS = 10;
const FIRST_PAGE_BUDGET_MS = 300;

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { p50: at(0.5), p95: at(0.95) };
}

function measurement(values, digits = 2) {
  const { p50, p95 } = percentiles(values);
  return { value: p95, unit: 'ms', text: `p50 ${p50.toFixed(digits)} · p95 ${p95.toFixed(digits)} ms (${values.length} windows)` };
}

export async function runActivationBench({ issues = 5000, log = (line) => console.log(line) } = {}) {
  const samples = [];
  for (let i = 0; i < SAMPLES; i++) {
    const report = await runInExtensionHost({
      module: 'activation',
      issues,
      log: i === 0 ? log : () => undefined,
      what: 'activation',
      installed: [path.join(repoRoot, 'test', 'bench', 'emptyExtension')],
    });
    log(`activation ${i + 1}/${SAMPLES}: activate() ${report.activateMs.toFixed(2)} ms (empty extension ${report.emptyActivateMs.toFixed(3)} ms), first tree page ${report.firstPageMs.toFixed(0)} ms`);
    samples.push(report);
  }
  const what = `${issues.toLocaleString('en-US')} issues, local tracker`;
  return [
    {
      id: 'activation.activate',
      name: `Activation: our activate() in the code-server extension host (${what})`,
      ours: measurement(samples.map((s) => s.activateMs)),
      reference: { ...measurement(samples.map((s) => s.emptyActivateMs), 3), what: 'an empty extension activated by the same event in the same host, timed the same way' },
      target: { kind: 'below', value: ACTIVATE_BUDGET_MS, text: `p95 < ${ACTIVATE_BUDGET_MS} ms` },
    },
    {
      id: 'activation.firstPage',
      name: `Activation: activate() start → first Issues by Role page with the release (${what})`,
      ours: measurement(samples.map((s) => s.firstPageMs), 0),
      reference: null,
      target: { kind: 'below', value: FIRST_PAGE_BUDGET_MS, text: `p95 < ${FIRST_PAGE_BUDGET_MS} ms` },
    },
  ];
}
