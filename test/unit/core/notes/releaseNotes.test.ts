import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import type { TeamConfig } from '../../../../src/core/model';
import { buildReleaseNotes, markdownText } from '../../../../src/core/notes/releaseNotes';
import { buildReport } from '../../../../src/core/report/report';
import { anIssue, aPullRequest } from '../../builders';
import { PAYLOADS } from '../report/hostileReports';
import { aRelease, anInput } from '../releaseBuilders';

const closed = (number: number, title: string, labels: string[], stateReason: 'completed' | 'not_planned' = 'completed') =>
  anIssue({ number, title, labels, state: 'closed', stateReason, closedAt: '2026-11-20T10:00:00Z' });
const merged = (number: number, title: string, body: string, labels: string[] = []) =>
  aPullRequest({ number, title, body, labels, state: 'closed', mergedAt: '2026-11-21T10:00:00Z', closedAt: '2026-11-21T10:00:00Z' });

const issues = [
  closed(1, 'Gift wrapping at checkout', ['role:code', 'role:design', 'type:feature']),
  closed(2, 'VAT shown twice', ['role:code', 'type:bug']),
  closed(3, 'Dropped idea', ['role:code'], 'not_planned'),
  anIssue({ number: 4, title: 'Still open', labels: ['role:code'] }),
  closed(5, 'Holiday banner copy', ['role:pm']),
  closed(6, 'Untriaged fix', []),
  anIssue({ number: 90, title: 'Release checklist', labels: ['release-checklist'], state: 'closed' }),
  anIssue({ number: 91, title: 'Customer approval', labels: ['customer-approval', 'approved'] }),
];
const pullRequests = [
  merged(10, 'Wrap gifts', 'Fixes #1', ['role:code']),
  merged(11, 'Bump express', 'Security update', ['role:code', 'type:bug']),
  aPullRequest({ number: 12, title: 'Open work', labels: ['role:code'] }),
  aPullRequest({ number: 13, title: 'Closed unmerged', state: 'closed', labels: ['role:code'] }),
];

function notes(config: TeamConfig = DEFAULT_CONFIG, extra: Parameters<typeof buildReleaseNotes>[1] = {}, fields = {}) {
  const report = buildReport(anInput({ data: aRelease({ issues, pullRequests, ...fields }), config, approval: { status: 'approved', issueNumber: 91, url: null } }));
  return buildReleaseNotes(report, extra);
}

describe('buildReleaseNotes', () => {
  it('lists resolved issues and merged pull requests by role, each once under its first role, with the PRs that closed them', () => {
    const out = notes();
    assert.equal(out.split('\n')[0], '# Release notes: v1.0');
    const sections = out.split('\n## ').slice(1).map((s) => s.split('\n').filter((l) => l !== ''));
    assert.deepEqual(sections, [
      ['Project Manager', '- Holiday banner copy ([#5](https://github.com/octo/repo/issues/5))'],
      ['Designer', '- Gift wrapping at checkout ([#1](https://github.com/octo/repo/issues/1)) — #10'],
      [
        'Programmer',
        '- VAT shown twice ([#2](https://github.com/octo/repo/issues/2))',
        '- Bump express ([#11](https://github.com/octo/repo/pull/11)) (pull request)',
      ],
      ['Unassigned', '- Untriaged fix ([#6](https://github.com/octo/repo/issues/6))'],
    ]);
    assert.ok(!/#3\b|#4\b|#12\b|#13\b|#90\b/.test(out.replace('(#91)', '')), 'not planned, open, unmerged and machinery are left out');
  });

  it('groups a role by the type labels the team config names, in their order, the rest under Other changes', () => {
    const config: TeamConfig = { ...DEFAULT_CONFIG, releaseNotes: { typeLabels: [{ label: 'Type:Bug', heading: 'Bug fixes' }, { label: 'type:feature', heading: 'Features' }] } };
    const section = (out: string, role: string) => out.split(`\n## ${role}\n`)[1].split('\n## ')[0].split('\n').filter((l) => l !== '');
    const out = notes(config);
    assert.deepEqual(section(out, 'Designer'), ['### Features', '- Gift wrapping at checkout ([#1](https://github.com/octo/repo/issues/1)) — #10']);
    assert.deepEqual(section(out, 'Programmer'), [
      '### Bug fixes',
      '- VAT shown twice ([#2](https://github.com/octo/repo/issues/2))',
      '- Bump express ([#11](https://github.com/octo/repo/pull/11)) (pull request)',
    ]);
    assert.deepEqual(section(out, 'Project Manager'), ['### Other changes', '- Holiday banner copy ([#5](https://github.com/octo/repo/issues/5))']);
  });

  it("carries the customer's approval and its note as a quote; without approval it says so", () => {
    const approved = notes(DEFAULT_CONFIG, { approvalNote: 'Signed off by Dana (Acme)\n\n# not a heading' });
    assert.match(approved, /\*\*Customer approval:\*\* approved \(#91\)\.\n\n> Signed off by Dana \(Acme\)\n>\n> \\# not a heading\n/);
    const report = buildReport(anInput({ data: aRelease({ issues: [], pullRequests: [] }), approval: { status: 'none', issueNumber: null, url: null } }));
    const none = buildReleaseNotes(report);
    assert.match(none, /\*\*Customer approval:\*\* not requested\./);
    assert.match(none, /No issues resolved yet\./);
  });

  it('keeps hostile titles, role names, notes and URLs as text: no HTML, no headings, list items or links of their own', () => {
    const hostile = [...PAYLOADS, '# heading', '  - nested', '1. ordered', '> quote', '==='];
    const config: TeamConfig = { ...DEFAULT_CONFIG, roles: [{ id: 'x', name: '# <b>Role</b>', labels: ['x'] }] };
    const report = buildReport(anInput({
      config,
      data: aRelease({
        milestone: { number: 1, title: '<script>x</script> v1', description: '', dueOn: null, state: 'open', url: null },
        issues: hostile.map((t, i) => anIssue({ number: i + 1, title: t, labels: ['x'], state: 'closed', closedAt: '2026-11-20T10:00:00Z', url: i % 2 ? `javascript:alert(${i})` : `https://e.example/${i}?"<>` })),
        pullRequests: hostile.map((t, i) => merged(500 + i, t, 'no refs')),
      }),
    }));
    const out = buildReleaseNotes(report, { approvalNote: hostile.join('\n') });
    assert.equal(/<[a-z/!]/i.test(out), false, 'no tag or comment');
    const lines = out.split('\n');
    assert.deepEqual(lines.filter((l) => l.startsWith('#')).map((l) => l.split(' ')[0]), ['#', '##', '##']);
    for (const l of lines) {
      if (l === '' || l.startsWith('#') || l.startsWith('_') || l.startsWith('**')) continue;
      assert.match(l, /^(- [^\s]|>( [^\s]|$))/, `a list item or quote line: ${JSON.stringify(l)}`);
      assert.ok(!/^- (\\?[-+*>#=]\s|\d+[.)]\s)/.test(l) || /^- \\/.test(l), `no nested block: ${l}`);
    }
    for (const m of out.matchAll(/(?<!\\)\]\(([^)]*)\)/g)) assert.match(m[1], /^https:\/\/e\.example\/\d+\?%22%3C%3E$|^https:\/\/github\.com\/octo\/repo\/pull\/\d+$/);
  });

  it('escapes the start of a line, not only inline syntax', () => {
    assert.equal(markdownText('# x'), '\\# x');
    assert.equal(markdownText('  - x'), '\\- x');
    assert.equal(markdownText('12. x'), '12\\. x');
    assert.equal(markdownText('a # b'), 'a # b');
  });

  it('pings nobody and links nothing on GitHub: @mentions, e-mail and www. autolinks, schemes and :emoji: stay text; a plain colon stays as typed', () => {
    assert.equal(markdownText('Holiday theme: banner'), 'Holiday theme: banner');
    assert.equal(markdownText('@everyone see www.evil.example or mail a@b.example :tada: https://x'), '\\@everyone see www\\.evil.example or mail a\\@b.example \\:tada: https\\://x');
  });

  it('plain numbers instead of links when asked (chat adds its own references)', () => {
    const report = buildReport(anInput({ data: aRelease({ issues, pullRequests }) }));
    assert.ok(buildReleaseNotes(report).includes(']('));
    assert.ok(!buildReleaseNotes(report, { links: false }).includes(']('));
  });

  it('stays callable with the report alone, as other surfaces call it', () => {
    const report = buildReport(anInput({ data: aRelease({ issues, pullRequests }) }));
    assert.match(buildReleaseNotes(report), /^# Release notes: v1\.0\n/);
  });
});
