import * as assert from 'node:assert/strict';
import { reportToMarkdown } from '../../../../src/core/report/markdownExport';
import { buildReport } from '../../../../src/core/report/report';
import { escapeMarkdown } from '../../../../src/core/textEscaping';
import { anIssue } from '../../builders';
import { CORPUS, hostileReports, isPrintable } from './hostileReports';
import { aRelease, anInput } from '../releaseBuilders';

/** Splits a table row on the pipes GitHub sees: a `|` after an odd run of backslashes is text. */
function cells(row: string): number {
  let pipes = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') pipes++;
  }
  return pipes - 1;
}

/** Link destinations GitHub would parse: `](` not preceded by an escape. */
function destinations(markdown: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') i++;
    else if (markdown.startsWith('](', i)) found.push(markdown.slice(i + 2, markdown.indexOf(')', i)));
  }
  return found;
}

/** What a Markdown renderer shows for escaped text: backslash escapes and entities resolved. */
function rendered(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]|~!$])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

describe('reportToMarkdown', () => {
  const issues = [anIssue({ number: 1, title: 'Crash on save', labels: ['blocker', 'role:code'] }), anIssue({ number: 2, state: 'closed', closedAt: '2026-11-02T00:00:00Z' })];
  const markdown = reportToMarkdown(buildReport(anInput({ data: aRelease({ issues }) })));

  it('opens with the verdict, then the failing criteria with their items', () => {
    assert.match(markdown.split('\n')[0], /^# ⛔ NO-GO: release \[v1\.0\]\(https:\/\/github\.com\/octo\/repo\/milestone\/1\)$/);
    const failing = markdown.indexOf('## Failing criteria');
    assert.ok(failing > 0 && failing < markdown.indexOf('## Passed criteria'));
    assert.ok(markdown.includes('### ✗ No open blockers\n\n1 blocker still open.\n\n- [#1](https://github.com/octo/repo/issues/1) Crash on save'));
  });

  it('has the role table, the blockers, the burnup table, approval and TODO counts', () => {
    assert.ok(markdown.includes('| Programmer | 0 | 0 | 1 | 1 |'));
    assert.ok(markdown.includes('| [#1](https://github.com/octo/repo/issues/1) | Crash on save | Programmer |  |'));
    assert.ok(markdown.includes('| Date | Scope | Done |\n| --- | --- | --- |\n| 2026-10-01 | 2 | 0 |'));
    assert.ok(markdown.includes('## Customer approval\n\nApproved (#91).'));
    assert.ok(markdown.includes('| 0 | 0 | 0 | 0 | 0 |'));
  });

  describe('with hostile strings in every field', () => {
    const reports = hostileReports();

    it('lets no HTML through and keeps every table at its column count', () => {
      for (const { report } of reports) {
        const out = reportToMarkdown(report);
        assert.equal(out.includes('<'), false, 'no < at all: the renderer writes none of its own');
        const lines = out.split('\n');
        for (let i = 0; i < lines.length; i++) {
          if (!lines[i].startsWith('|') || lines[i - 1]?.startsWith('|')) continue;
          const columns = cells(lines[i]);
          for (let j = i; j < lines.length && lines[j].startsWith('|'); j++) {
            assert.equal(cells(lines[j]), columns, `row ${j}: ${lines[j]}`);
            assert.ok(lines[j].endsWith(' |'), `row ${j} ends its last cell: ${lines[j]}`);
          }
        }
      }
    });

    it('adds no headings, links or line breaks of its own from the data', () => {
      for (const { report } of reports) {
        const out = reportToMarkdown(report);
        for (const line of out.split('\n').filter((l) => l.startsWith('#'))) {
          assert.match(line, /^(# ⛔ NO-GO: release |## [A-Z][A-Za-z ]+$|### ✗ [A-Z][A-Za-z ]+$)/);
        }
        for (const href of destinations(out)) assert.match(href, /^https?:\/\/[^\s()<>|]*$/);
      }
    });

    it('renders every printable string as itself', () => {
      const printable = CORPUS.filter(isPrintable);
      assert.ok(printable.length > 400, `${printable.length} printable strings`);
      const all = reports.map(({ report }) => reportToMarkdown(report)).join('\n');
      for (const s of printable) {
        const escaped = escapeMarkdown(s);
        assert.equal(rendered(escaped), s.replace(/\s*\n\s*/g, ' '), `round trip of ${JSON.stringify(s)}`);
        assert.ok(all.includes(escaped), `missing ${JSON.stringify(s)}`);
      }
    });
  });
});
