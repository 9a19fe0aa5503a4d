import * as assert from 'node:assert/strict';
import { codeSpan, dedent, fenceFor, permalinkFor, plainLine, repositoryWebUrl, todoIssueBody, todoIssueTitle } from '../../../../src/core/todo/todoIssueText';
import type { ReleaseData } from '../../../../src/core/model';
import { aMilestone, anIssue } from '../../builders';

const release = (fields: Partial<ReleaseData>): ReleaseData => ({
  milestone: aMilestone(),
  issues: [],
  checklist: null,
  checks: null,
  fetchedAt: '2026-11-01T00:00:00Z',
  ...fields,
});

describe('todoIssueText', () => {
  describe('todoIssueTitle', () => {
    it('is the TODO text, trimmed', () => {
      assert.equal(todoIssueTitle({ tag: 'TODO', text: '  persist the gift message  ' }, 'src/cart.ts', 37), 'persist the gift message');
    });

    it('names the file and the 1-based line when the TODO has no text', () => {
      assert.equal(todoIssueTitle({ tag: 'FIXME', text: '   ' }, 'src/cart.ts', 37), 'FIXME in src/cart.ts:38');
    });

    it('cuts long text at a word boundary to at most 80 characters', () => {
      const text = 'cap percentage codes at a maximum discount per order, as the finance team of Acme Retail asked in October';
      const title = todoIssueTitle({ tag: 'TODO', text }, 'a.ts', 0);
      assert.ok(Array.from(title).length <= 80, title);
      assert.equal(title, 'cap percentage codes at a maximum discount per order, as the finance team of…');
    });
  });

  describe('plainLine', () => {
    it('drops control characters and bidi overrides and collapses whitespace', () => {
      assert.equal(plainLine('a\u202Eevil\u202C\tb\n\nc\u0007', 40), 'a evil b c');
    });

    it('never splits a surrogate pair', () => {
      assert.equal(plainLine('😀😀😀😀😀', 3), '😀😀…');
    });
  });

  describe('fences', () => {
    it('outgrows the longest backtick run of the snippet', () => {
      assert.equal(fenceFor('no ticks'), '```');
      assert.equal(fenceFor('a ```` b'), '`````');
    });

    it('writes code spans that survive backticks', () => {
      assert.equal(codeSpan('src/a.ts'), '`src/a.ts`');
      assert.equal(codeSpan('we`ird'), '``we`ird``');
      assert.equal(codeSpan('`x'), '`` `x ``');
    });
  });

  it('dedents the snippet and trims blank edges', () => {
    assert.equal(dedent('\n    if (x) {\n      // TODO: y\n    }\n\n'), 'if (x) {\n  // TODO: y\n}');
  });

  describe('todoIssueBody', () => {
    it('says where the TODO is and quotes it in a fenced block, with no permalink when none was verified', () => {
      const body = todoIssueBody({ file: 'src/cart.ts', line: 37, snippet: '  // TODO: persist\n  save();', languageId: 'typescript', permalink: null });
      assert.equal(body, 'Tracked from a TODO comment in `src/cart.ts` line 38.\n\n```typescript\n// TODO: persist\nsave();\n```\n');
    });

    it('adds the permalink when given and leaves odd language ids out of the info string', () => {
      const body = todoIssueBody({ file: 'a.x', line: 0, snippet: '# TODO ```', languageId: 'weird lang', permalink: 'https://github.com/o/r/blob/abc/a.x#L1' });
      assert.equal(body, 'Tracked from a TODO comment in `a.x` line 1.\n\n````\n# TODO ```\n````\n\nhttps://github.com/o/r/blob/abc/a.x#L1\n');
    });
  });

  describe('repositoryWebUrl and permalinkFor', () => {
    it('reads the repository from the issue URLs the tracker returned', () => {
      const data = release({ milestone: aMilestone({ url: null }), issues: [anIssue({ number: 3, url: 'https://ghe.example.com/octo/rr/issues/3' })] });
      assert.equal(repositoryWebUrl(data), 'https://ghe.example.com/octo/rr');
    });

    it('is null for the local tracker, whose issues have no URL', () => {
      assert.equal(repositoryWebUrl(release({ milestone: aMilestone({ url: null }), issues: [anIssue({ url: null })] })), null);
      assert.equal(repositoryWebUrl(null), null);
    });

    it('links the 1-based line and encodes path segments', () => {
      assert.equal(permalinkFor('https://github.com/o/r', 'a'.repeat(40), 'src/my file#1.ts', 9), `https://github.com/o/r/blob/${'a'.repeat(40)}/src/my%20file%231.ts#L10`);
    });
  });
});
