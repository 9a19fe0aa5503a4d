import * as assert from 'node:assert/strict';
import { percentiles, type BenchRow } from '../../bench/benchResult';
import { judge, markdown, ratioOf, type JudgedRow } from '../../harness/benchTable.mjs';
import { todoScanRows } from '../../harness/todoScanRows.mjs';

const timing = (value: number) => ({ value, unit: 'ms', text: `${value} ms` });

function row(fields: Partial<BenchRow>): BenchRow {
  return { id: 'x', name: 'x', ours: timing(10), reference: null, target: { kind: 'none', value: 0, text: '' }, ...fields };
}

describe('benchmark table', () => {
  describe('percentiles', () => {
    it('takes nearest-rank samples, whatever the input order', () => {
      const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
      assert.deepEqual(percentiles(samples), { p50: 10, p95: 19, min: 1, max: 20, runs: 20 });
    });

    it('refuses an empty run', () => {
      assert.throws(() => percentiles([]), /No samples/);
    });
  });

  describe('judge', () => {
    it('passes `below` only strictly under the target', () => {
      assert.equal(judge(row({ ours: timing(49.9), target: { kind: 'below', value: 50, text: '' } })), 'pass');
      assert.equal(judge(row({ ours: timing(50), target: { kind: 'below', value: 50, text: '' } })), 'fail');
    });

    it('compares `equals` exactly', () => {
      const requests = (value: number) => ({ value, unit: 'requests', text: '' });
      assert.equal(judge(row({ ours: requests(51), target: { kind: 'equals', value: 51, text: '' } })), 'pass');
      assert.equal(judge(row({ ours: requests(54), target: { kind: 'equals', value: 51, text: '' } })), 'fail');
    });

    it('judges `ratioBelow` on ours / reference and fails without a reference', () => {
      const target = { kind: 'ratioBelow', value: 3, text: '' } as const;
      assert.equal(judge(row({ ours: timing(29), reference: { ...timing(10), what: 'rg' }, target })), 'pass');
      assert.equal(judge(row({ ours: timing(31), reference: { ...timing(10), what: 'rg' }, target })), 'fail');
      assert.equal(judge(row({ ours: timing(1), target })), 'fail');
    });

    it('keeps missing and errored benchmarks visible, and rows without a target informational', () => {
      assert.equal(judge({ ...row({ ours: null }), status: 'missing' }), 'missing');
      assert.equal(judge({ ...row({ ours: null }), status: 'error' }), 'error');
      assert.equal(judge(row({ ours: null, target: { kind: 'below', value: 5, text: '' } })), 'error');
      assert.equal(judge(row({})), 'info');
    });
  });

  it('gives a ratio only between measurements of the same unit', () => {
    assert.equal(ratioOf(row({ ours: timing(30), reference: { ...timing(12), what: '' } })), 2.5);
    assert.equal(ratioOf(row({ ours: timing(30), reference: { value: 1, unit: 's', text: '', what: '' } })), null);
    assert.equal(ratioOf(row({ ours: timing(30) })), null);
  });

  it('writes a Markdown table whose cells cannot break out of their column', () => {
    const hostile: JudgedRow = { ...row({ name: 'a | b\nc', target: { kind: 'below', value: 50, text: 'p95 < 50 ms' } }), ratio: null, result: 'pass' };
    const machine = { cpu: 'CPU', cores: 2, memoryGiB: 8, os: 'Linux', node: 'v20', loadAverage: [3, 1, 1] };
    const text = markdown({ rows: [hostile], machine, date: 'D', command: 'npm run bench', only: null, extensionHost: { codeServer: '4', node: '24' }, seconds: 1, loadAtEnd: [1, 1, 1] });
    assert.ok(text.includes('| a \\| b c | 10 ms | — | — | p95 < 50 ms | PASS |'), text);
    assert.match(text, /CPU, 2 cores, 8 GiB/);
    assert.match(text, /busier than its cores/);
  });
});

describe('TODO-scan rows', () => {
  const report = {
    trees: [
      { name: 'corpus', dir: '/c', rgSeconds: 1, oursSeconds: 1.15, ratio: 1.15, coldSeconds: 1.9, rgLines: 9, todos: 3, filesRead: 50000, megabytes: 512 },
      { name: 'real', dir: '/r', rgSeconds: 1, oursSeconds: 1.25, ratio: 1.25, coldSeconds: 2.1, rgLines: 9, todos: 3, filesRead: 9000, megabytes: 200 },
    ],
    incremental: { p50Ms: 5, p95Ms: 10, maxMs: 70, todos: 51 },
    eventLoop: { workersMaxMs: 12, mainThreadMaxMs: 80 },
  };

  it('makes a warm row per tree within 1.2× ripgrep, a first-scan row within 2×, and the two latency rows', () => {
    const rows = todoScanRows(report);
    assert.deepEqual(rows.map((r) => [r.id, judge(r)]), [
      ['todo.scan.corpus', 'pass'],
      ['todo.scanCold.corpus', 'pass'],
      ['todo.scan.real', 'fail'],
      ['todo.scanCold.real', 'fail'],
      ['todo.incremental', 'fail'],
      ['todo.eventLoop', 'pass'],
    ]);
    assert.equal(rows[0].reference?.value, 1);
  });

  it('says what it got when the report has another shape', () => {
    assert.throws(() => todoScanRows({ results: [] }), /Unrecognized TODO-scan report \(keys: results\)/);
  });
});
