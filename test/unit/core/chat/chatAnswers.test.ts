import * as assert from 'node:assert/strict';
import { approvalAnswer } from '../../../../src/core/chat/approvalAnswer';
import { blockersAnswer } from '../../../../src/core/chat/blockersAnswer';
import type { ChatPart } from '../../../../src/core/chat/chatParts';
import { noModelAnswer } from '../../../../src/core/chat/chatPrompt';
import { chatText } from '../../../../src/core/chat/chatText';
import { notesAnswer } from '../../../../src/core/chat/notesAnswer';
import { statusAnswer } from '../../../../src/core/chat/statusAnswer';
import { todosAnswer } from '../../../../src/core/chat/todosAnswer';
import { buildReport, type ReleaseReport } from '../../../../src/core/report/report';
import { anIssue } from '../../builders';
import { CORPUS, hostileReports, isPrintable } from '../report/hostileReports';
import { aRelease, aTodo, anInput, withCriteria } from '../releaseBuilders';

const text = (parts: readonly ChatPart[]): string => parts.filter((p) => p.kind === 'markdown').map((p) => p.value).join('\n');
const buttons = (parts: readonly ChatPart[]) => parts.flatMap((p) => (p.kind === 'button' ? [p.action] : []));
const every = (report: ReleaseReport | null): ChatPart[][] => [
  statusAnswer(report),
  blockersAnswer(report),
  todosAnswer(report),
  notesAnswer(report),
  approvalAnswer(report),
];

/** The Markdown with every backslash escape removed: what is left is what a renderer reads as syntax. */
function bare(markdown: string): string {
  return markdown.replace(/\\[\s\S]/g, '');
}

/** What a Markdown renderer shows for escaped text. */
function rendered(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]|~!$:@.])/g, '$1').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const go = buildReport(anInput({ data: aRelease({ issues: [anIssue({ number: 1, title: 'Checkout', labels: ['role:code'], state: 'closed', closedAt: '2026-11-02T00:00:00Z' })] }) }));
const noGo = buildReport(
  anInput({
    data: aRelease({
      issues: [
        anIssue({ number: 1, title: 'Crash on save', labels: ['blocker', 'role:code'] }),
        anIssue({ number: 2, title: 'Copy for the banner', labels: ['role:design'] }),
        anIssue({ number: 3, title: 'Payment form', labels: ['role:code'], state: 'closed', closedAt: '2026-11-02T00:00:00Z' }),
        anIssue({ number: 4, title: 'Test plan', labels: ['role:qa'], state: 'closed', closedAt: '2026-11-03T00:00:00Z' }),
      ],
    }),
    config: withCriteria({ noUntrackedTodo: true }),
    todos: [aTodo({ file: 'src/pay.ts', line: 4, text: 'retry', refTo: 3 }), aTodo({ file: 'lib/util.ts', line: 9, text: 'tidy up' })],
  }),
);
const empty = buildReport(anInput({ data: aRelease({ issues: [] }) }));

describe('chat answers', () => {
  it('/status on GO: the verdict, readiness, no failing section, the report button', () => {
    const parts = statusAnswer(go);
    const md = text(parts);
    assert.match(md, /^### ✅ GO: release v1\.0\n\n1 of 1 work items resolved \(100%\);/);
    assert.ok(!md.includes('Failing criteria'));
    assert.ok(md.includes('- Programmer: 1/1 resolved, 0 verified, 0 open'));
    assert.deepEqual(buttons(parts), [{ kind: 'openReport' }]);
  });

  it('/status on NO-GO: each failing criterion with its issues and TODO lines, and references to them', () => {
    const parts = statusAnswer(noGo);
    const md = text(parts);
    assert.match(md, /^### ⛔ NO-GO: release v1\.0\n\n2 of 4 work items resolved \(50%\);/);
    assert.ok(md.includes('**Failing criteria (4)**'), md);
    assert.ok(md.includes('- ✗ **No open blockers**: 1 blocker still open.\n  - #1 Crash on save'), md);
    assert.ok(md.includes('- ✗ **No TODOs on closed or missing issues**: 1 TODO references a closed issue.\n  - src/pay.ts:5 retry (#3)'), md);
    assert.ok(md.includes('- ✗ **No untracked TODOs**: 1 TODO not tied to an issue.\n  - lib/util.ts:10 tidy up'), md);
    const refs = parts.filter((p) => p.kind === 'issueReference' || p.kind === 'todoReference');
    assert.deepEqual(refs, [
      { kind: 'issueReference', issue: 1, url: 'https://github.com/octo/repo/issues/1' },
      { kind: 'issueReference', issue: 2, url: 'https://github.com/octo/repo/issues/2' },
      { kind: 'todoReference', file: 'src/pay.ts', line: 5 },
      { kind: 'todoReference', file: 'lib/util.ts', line: 10 },
    ]);
  });

  it('/blockers: open blockers, open work by role, a Mark Resolved button per blocker; a role narrows it', () => {
    const parts = blockersAnswer(noGo);
    const md = text(parts);
    assert.ok(md.includes('**Open blockers (1)**\n\n- #1 Crash on save'), md);
    assert.ok(md.includes('- Designer: 1 open issue\n  - #2 Copy for the banner\n- Programmer: 1 open issue\n  - #1 Crash on save'), md);
    assert.deepEqual(buttons(parts), [{ kind: 'markResolved', issue: 1 }, { kind: 'openReport' }]);
    const design = text(blockersAnswer(noGo, 'designer'));
    assert.ok(design.includes('No open blockers.') && design.includes('#2 Copy') && !design.includes('#1 Crash'), design);
    assert.match(text(blockersAnswer(noGo, 'Astronaut')), /^There is no role named Astronaut\. Roles: Project Manager, Designer, Programmer, QA Engineer\.$/);
  });

  it('/todos: both TODO groups, Track TODO for the untracked one, a path filter', () => {
    const parts = todosAnswer(noGo);
    assert.ok(text(parts).includes('**No untracked TODOs** (1)\n\n- lib/util.ts:10 tidy up'));
    assert.deepEqual(buttons(parts), [{ kind: 'trackTodo', file: 'lib/util.ts', line: 10 }, { kind: 'openReport' }]);
    const onlySrc = todosAnswer(noGo, (f) => f.startsWith('src/'), 'src/**');
    assert.ok(text(onlySrc).includes('**No untracked TODOs**\n\nNone in src/\\*\\*.'), text(onlySrc));
    const unscanned = todosAnswer(buildReport(anInput({ todos: null })));
    assert.ok(text(unscanned).includes('Not checked: Not evaluated: no TODO scan is available.'));
  });

  it('/notes: resolved issues grouped by role; /approve: the approval and what else fails', () => {
    const notes = text(notesAnswer(noGo));
    assert.ok(notes.includes('## Programmer\n\n- Payment form (#3)\n\n## QA Engineer\n\n- Test plan (#4)'), notes);
    const approve = approvalAnswer(buildReport(anInput({ approval: { status: 'none', issueNumber: null, url: null } })));
    assert.ok(text(approve).includes('**Customer approval:** Not requested yet.'));
    assert.deepEqual(buttons(approve), [{ kind: 'requestApproval' }, { kind: 'openReport' }]);
    assert.ok(text(approvalAnswer(noGo)).includes('**Still failing besides approval (4)**'));
  });

  it('an empty milestone and no release at all', () => {
    assert.ok(text(statusAnswer(empty)).includes('The milestone has no work items yet'));
    assert.ok(text(blockersAnswer(empty)).includes('No open work items.'));
    assert.ok(text(notesAnswer(empty)).includes('No issues resolved yet.'));
    for (const parts of every(null)) {
      assert.match(text(parts), /^No release is loaded yet/);
      assert.deepEqual(buttons(parts), [{ kind: 'refresh' }]);
    }
    assert.match(text(noModelAnswer(false)), /^No language model is available[^]*`\/status`[^]*`\/approve`/);
  });

  describe('with hostile strings in every field', () => {
    const reports = hostileReports();
    const answers = reports.map(({ report }) => text(every(report).flat()));

    it('lets no HTML, link, image, autolink, command URI or heading of the data through', () => {
      for (const md of answers) {
        const syntax = bare(md);
        assert.equal(md.includes('<'), false, 'no < at all');
        assert.equal(syntax.includes(']('), false, 'no link destination');
        assert.equal(syntax.includes('!['), false, 'no image');
        assert.doesNotMatch(syntax, /[a-z][a-z0-9+.-]*:\/|\b(mailto|xmpp):/i, 'no scheme that autolinks (scheme:/…, mailto:, xmpp:); no link syntax either (above), so no command: URI');
        assert.doesNotMatch(syntax, /www\.|@/i, 'no www. or e-mail autolink');
        for (const line of md.split('\n').filter((l) => /^\s*#/.test(l))) {
          assert.match(line, /^(### [✅⛔] (NO-)?GO: release |# Release notes: |## |### )/, line);
        }
      }
    });

    it('keeps every line of the data on its line: no block starts from a title', () => {
      for (const md of answers) {
        for (const line of md.split('\n')) assert.doesNotMatch(line, /^\s*(```|>|\|)/, line);
      }
    });

    it('shows every printable string as itself', () => {
      const printable = CORPUS.filter(isPrintable);
      assert.ok(printable.length > 400, `${printable.length} printable strings`);
      const all = answers.join('\n');
      for (const s of printable) {
        const escaped = chatText(s);
        assert.equal(rendered(escaped), s.replace(/\s*\n\s*/g, ' '), `round trip of ${JSON.stringify(s)}`);
        assert.ok(all.includes(escaped), `missing ${JSON.stringify(s)}`);
      }
    });

    it('refers only to http(s) issue URLs', () => {
      for (const { report } of reports) {
        for (const part of every(report).flat()) {
          if (part.kind === 'issueReference' && part.url !== null) assert.match(part.url, /^https:\/\/github\.com\/[^\s"'<>]*$/);
        }
      }
    });
  });
});
