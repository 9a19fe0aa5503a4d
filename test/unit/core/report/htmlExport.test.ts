import * as assert from 'node:assert/strict';
import { reportToHtml } from '../../../../src/core/report/htmlExport';
import { buildReport } from '../../../../src/core/report/report';
import { anIssue } from '../../builders';
import { CORPUS, hostileReports, isPrintable } from './hostileReports';
import { aRelease, anInput } from '../releaseBuilders';

/** The tags the renderer itself writes; anything else in the output came from data. */
const OWN_TAGS = new Set(
  'html head meta title style body main header section footer h1 h2 p span strong ul li a code table thead tbody tr th td svg line polyline text'.split(' '),
);

/** An HTML escaper written independently of the one under test. */
function expectedText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function assertOnlyOwnMarkup(html: string): void {
  assert.equal((html.match(/<script/gi) ?? []).length, 0, 'no <script');
  for (const [tag, name] of html.matchAll(/<\/?([A-Za-z][\w-]*)[^>]*>/g)) {
    assert.ok(OWN_TAGS.has(name.toLowerCase()), `foreign tag ${tag}`);
    assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, `event handler in ${tag}`);
    assert.doesNotMatch(tag, /\ssrc\s*=|url\(/i, `nothing loads from outside: ${tag}`);
  }
  for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) assert.match(href, /^https?:\/\/[^"'<>\s]*$/);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('');
  assert.doesNotMatch(styles, /@import|url\(/i, 'the style sheet loads nothing');
  // Every `<` starts one of our tags or a doctype: none is left over from data.
  const lessThan = (html.match(/</g) ?? []).length;
  const tags = (html.match(/<\/?[A-Za-z][\w-]*[^>]*>|<!DOCTYPE html>/g) ?? []).length;
  assert.equal(lessThan, tags, 'every < opens a known tag');
}

describe('reportToHtml', () => {
  const issues = [anIssue({ number: 1, title: 'Crash on save', labels: ['blocker'] }), anIssue({ number: 2, state: 'closed', closedAt: '2026-11-02T00:00:00Z' })];
  const html = reportToHtml(buildReport(anInput({ data: aRelease({ issues }) })));

  it('is a self-contained page with a CSP that forbids scripts, and light and dark styles', () => {
    assert.ok(html.startsWith('<!DOCTYPE html>'));
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`));
    assert.ok(html.includes('@media (prefers-color-scheme: dark)'));
    assertOnlyOwnMarkup(html);
  });

  it('shows the verdict, the criteria with items, and the burnup as SVG from numbers', () => {
    assert.ok(html.includes('<span class="verdict nogo">NO-GO</span>'));
    assert.ok(html.includes('<strong>No open blockers</strong>: 1 blocker still open.<ul><li><a href="https://github.com/octo/repo/issues/1" rel="noreferrer">#1</a> Crash on save</li></ul>'));
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    assert.match(svg, /<polyline class="scope" points="[\d., ]+"\/>/);
    assert.match(svg, /<polyline class="done" points="[\d., ]+"\/>/);
  });

  describe('with hostile strings in every field', () => {
    const reports = hostileReports();

    it('writes no markup but its own', () => {
      for (const { report } of reports) assertOnlyOwnMarkup(reportToHtml(report));
    });

    it('shows every printable string escaped, never raw', () => {
      const printable = CORPUS.filter(isPrintable);
      const all = reports.map(({ report }) => reportToHtml(report)).join('\n');
      for (const s of printable) {
        assert.ok(all.includes(expectedText(s)), `missing ${JSON.stringify(s)}`);
        if (/<[a-z!/]/i.test(s)) assert.equal(all.includes(s), false, `raw ${JSON.stringify(s)}`);
      }
    });
  });
});
