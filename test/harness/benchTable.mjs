// Judging and printing benchmark rows (shape: test/bench/benchResult.ts): pass or fail against the target, the
// ratio to the reference, the console table, and the Markdown table for the README.
import * as os from 'node:os';

/** 'pass' | 'fail' | 'info' (no target) | 'missing' | 'error'. */
export function judge(row) {
  if (row.status === 'missing' || row.status === 'error') return row.status;
  const { target, ours, reference } = row;
  if (!ours) return 'error';
  switch (target.kind) {
    case 'below':
      return ours.value < target.value ? 'pass' : 'fail';
    case 'equals':
      return ours.value === target.value ? 'pass' : 'fail';
    case 'ratioBelow':
      return reference && reference.value > 0 && ours.value / reference.value < target.value ? 'pass' : 'fail';
    default:
      return 'info';
  }
}

export function ratioOf(row) {
  const { ours, reference } = row;
  if (!ours || !reference || ours.unit !== reference.unit || !(reference.value > 0)) return null;
  return ours.value / reference.value;
}

const RESULT_TEXT = { pass: 'PASS', fail: 'FAIL', info: '—', missing: 'MISSING', error: 'ERROR' };

function cells(row) {
  const ratio = ratioOf(row);
  return [
    row.name,
    row.ours?.text ?? row.message ?? '',
    row.reference?.text ?? '—',
    ratio === null ? '—' : `${ratio.toFixed(2)}×`,
    row.target?.text ?? '—',
    RESULT_TEXT[row.result],
  ];
}

const HEADER = ['benchmark', 'ours', 'reference', 'ratio', 'target', 'result'];

export function consoleTable(rows) {
  const table = [HEADER, ...rows.map(cells)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i === 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
  };
}

/** Pipes and line breaks would end a Markdown table cell early. */
function mdCell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdown({ rows, machine: m, date, command, only, extensionHost, seconds, loadAtEnd, profiling = false }) {
  const out = [
    '# Release Readiness benchmarks',
    '',
    `Reproduce: \`${command}\`. It builds first (\`node esbuild.mjs && node esbuild.mjs --tests\`) and needs ripgrep ` +
      '(`rg`) and Chromium; the first run installs code-server into `.vscode-test/` and generates the TODO corpus ' +
      'into `.bench/corpus/` (both git-ignored, reused later). `npm run bench -- --only todo,activation,tree,report,github,groups,scale` ' +
      'picks benchmarks.',
    '',
    'Every row is measured next to its reference in the same invocation, run for run interleaved where both are ' +
      'timings. Timings are p50 / p95 over the runs shown; targets and the ratio (ours / reference, below 1 = ' +
      'faster than the reference) use the p95. Benchmarks never run as tests: `npm test` has no timing assertions.',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; Node ${m.node} ` +
      `(the Issues by Role rows run in code-server ${extensionHost.codeServer}'s extension host on Node ${extensionHost.node}); ` +
      `load average (1 / 5 / 15 min) ${m.loadAverage.join(' / ')} at start, ${loadAtEnd.join(' / ')} at the end` +
      (Math.max(m.loadAverage[0], loadAtEnd[0]) > m.cores ? ' (busier than its cores: expect noisy timings, compare ratios)' : '') +
      `. Date: ${date}. Total time: ${Math.round(seconds)} s.` +
      (only ? ` Partial run: only ${only.join(', ')}.` : '') +
      (profiling ? ' CPU profiling was on (RR_BENCH_PROFILE): the tree timings are inflated.' : ''),
    '',
    `| ${HEADER.map((h) => h[0].toUpperCase() + h.slice(1)).join(' | ')} |`,
    '| --- | --- | --- | ---: | --- | --- |',
    ...rows.map((row) => `| ${cells(row).map(mdCell).join(' | ')} |`),
    '',
  ];
  // One line per distinct note: several rows often share a reference.
  const notes = new Map();
  for (const row of rows) {
    const parts = [row.reference?.what ? `reference: ${row.reference.what}` : '', row.note ?? '', row.message && row.ours ? row.message : ''].filter(Boolean);
    if (parts.length === 0) continue;
    const text = mdCell(parts.join('; '));
    notes.set(text, [...(notes.get(text) ?? []), mdCell(row.name)]);
  }
  if (notes.size > 0) out.push('Notes:', '', ...[...notes].map(([text, names]) => `- ${names.join('; ')}: ${text}`), '');
  return out.join('\n');
}
