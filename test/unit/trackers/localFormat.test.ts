import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Ajv from 'ajv';
import { IssuesFileError, parseIssuesFile, serializeIssuesFile, type FormatProblem } from '../../../src/trackers/localFormat';
import { readIssuesDocument, readWellFormedIssues } from '../../../src/trackers/localFormatReader';
import { fromRoot } from '../../repoRoot';
import { aDocument, aLocalIssue, aLocalMilestone } from './localFixtures';

function problemsOf(text: string): string[] {
  try {
    parseIssuesFile(text);
  } catch (error) {
    assert.ok(error instanceof IssuesFileError);
    return error.problems.map((p: FormatProblem) => `${p.line}:${p.column} ${p.message}`);
  }
  assert.fail('expected the file to be rejected');
}

const valid = (issue: string): string =>
  `{\n  "version": 1,\n  "milestones": [{ "number": 1, "title": "v1" }],\n  "issues": [\n    ${issue}\n  ]\n}\n`;

describe('localFormat', () => {
  describe('writing', () => {
    const doc = aDocument(
      [aLocalIssue({ number: 3, body: 'First\n\nThird', comments: [{ author: null, body: 'one line', createdAt: '2026-11-02T10:00:00Z' }] })],
      [aLocalMilestone({ description: 'Holiday', checklist: '- [ ] a\n- [x] b' })],
    );
    const text = serializeIssuesFile(doc);

    it('writes multi-line text as arrays of lines, 2-space indented, keys in a fixed order, with a final newline', () => {
      assert.ok(text.endsWith('}\n'));
      assert.ok(text.includes('      "body": [\n        "First",\n        "",\n        "Third"\n      ],\n'));
      assert.ok(text.includes('      "checklist": [\n        "- [ ] a",\n        "- [x] b"\n      ]\n'));
      const keys = Object.keys((JSON.parse(text) as { issues: object[] }).issues[0]);
      assert.deepEqual(keys, ['number', 'title', 'body', 'state', 'stateReason', 'labels', 'assignees', 'milestone', 'author', 'createdAt', 'updatedAt', 'closedAt', 'comments']);
    });

    it('reads back exactly what it wrote', () => {
      assert.deepEqual(parseIssuesFile(text), doc);
      assert.deepEqual(parseIssuesFile(serializeIssuesFile(doc, '\r\n')), doc);
    });

    it('keeps a carriage return inside a body', () => {
      const odd = aDocument([aLocalIssue({ body: 'pasted from Windows\r\nsecond' })]);
      assert.equal(parseIssuesFile(serializeIssuesFile(odd)).issues[0].body, 'pasted from Windows\r\nsecond');
    });

    it('writes what the JSON schema accepts', () => {
      const schema = JSON.parse(fs.readFileSync(fromRoot('media', 'schemas', 'issues.schema.json'), 'utf8')) as object;
      const validate = new Ajv({ allErrors: true }).compile(schema);
      assert.equal(validate(JSON.parse(text)), true, JSON.stringify(validate.errors));
      assert.equal(validate({ version: 1, milestones: [], issues: [{ number: 1, title: 'x', state: 'done', createdAt: '2026-01-01' }] }), false);
    });
  });

  describe('reading', () => {
    it('accepts a hand-written minimal file, with plain-string text and a byte order mark', () => {
      const doc = parseIssuesFile(`\uFEFF${valid('{ "number": 4, "title": "Hand made", "state": "open", "createdAt": "2026-11-01", "body": "one\\ntwo", "milestone": "v1" }')}`);
      assert.deepEqual(doc.milestones[0], { number: 1, title: 'v1', description: '', dueOn: null, state: 'open', checklist: null });
      assert.deepEqual(doc.issues[0], aLocalIssue({ number: 4, title: 'Hand made', body: 'one\ntwo', milestone: 'v1', author: null, createdAt: '2026-11-01', updatedAt: '2026-11-01' }));
    });

    it('reads a file as it writes it (LF or CRLF) with the fast read, to the same document as the full read', () => {
      const doc = aDocument([aLocalIssue({ number: 1, body: 'one\ntwo', labels: ['role:qa'] }), aLocalIssue({ number: 2, title: 'Ünïcödé 🎁 "quoted"', state: 'closed', stateReason: 'completed', closedAt: '2026-11-03T10:00:00Z' })]);
      for (const eol of ['\n', '\r\n'] as const) {
        const text = serializeIssuesFile(doc, eol);
        assert.deepEqual(readWellFormedIssues(text), readIssuesDocument(text).document);
        assert.deepEqual(parseIssuesFile(text), doc);
      }
    });

    it('sends what the fast read cannot see to the full read: a duplicate key, an unknown key, a wrong value', () => {
      const text = serializeIssuesFile(aDocument([aLocalIssue({ number: 1, title: 'First' })]));
      const duplicate = text.replace('"title": "First",', '"title": "First",\n      "title": "Second",');
      assert.equal(readWellFormedIssues(duplicate)?.issues[0].title, 'Second', 'JSON.parse keeps the last key silently');
      assert.throws(() => parseIssuesFile(duplicate), (e: unknown) => e instanceof IssuesFileError && /"title" appears twice/.test(e.message));
      assert.equal(readWellFormedIssues(text.replace('"title": "First",', '"titel": "First",')), null);
      assert.equal(readWellFormedIssues(text.replace('"number": 1,', '"number": 0,')), null);
    });

    it('points at syntax errors', () => {
      assert.deepEqual(problemsOf('{\n  "version": 1,\n  "milestones": [],\n  "issues": [],\n}\n'), ['5:1 trailing comma is not allowed']);
      assert.deepEqual(problemsOf('{\n  // note\n  "version": 1, "milestones": [], "issues": []\n}'), ['2:3 comments are not allowed (the next write would drop them)']);
      assert.deepEqual(problemsOf('{ "version": 1, "milestones": [], "issues": [] } {}'), ['1:50 unexpected text after the end of the document']);
      assert.deepEqual(problemsOf('  \n'), ['2:1 the file is empty']);
    });

    it('points at wrong values, naming the issue', () => {
      assert.deepEqual(problemsOf(valid('{ "number": 4, "title": "x", "state": "open", "createdAt": "yesterday" }')), [
        '5:64 issue #4: "createdAt" must be an ISO 8601 time like "2026-12-15T09:00:00Z", not "yesterday"',
      ]);
      assert.deepEqual(problemsOf(valid('{ "number": 4, "title": "x", "state": "closed", "stateReason": "done", "labels": "bug", "createdAt": "2026-11-01" }')), [
        '5:68 issue #4: "stateReason" must be "completed", "not_planned", "reopened", "duplicate" or null, not "done"',
        '5:86 issue #4: "labels" must be an array of strings',
      ]);
      assert.deepEqual(problemsOf(valid('{ "number": 0, "title": "", "state": "open", "createdAt": "2026-11-01" }')), [
        '5:17 issues[0]: "number" must be a whole number of at least 1',
        '5:29 issues[0]: "title" must not be empty',
      ]);
    });

    it('points at missing and unknown keys, with a suggestion', () => {
      assert.deepEqual(problemsOf(valid('{ "number": 4, "state": "open", "asignees": [], "createdAt": "2026-11-01" }')), [
        '5:37 issue #4: unknown key "asignees"; did you mean "assignees"?',
        '5:5 issue #4: missing "title"',
      ]);
    });

    it('rejects a newer version with a clear reason', () => {
      assert.deepEqual(problemsOf('{ "version": 2, "milestones": [], "issues": [] }'), ['1:14 version 2 was written by a newer Release Readiness; this one reads version 1']);
    });

    it('finds duplicate numbers and unknown milestones, with the other line', () => {
      const issue = (n: number, milestone: string) => `{ "number": ${n}, "title": "x", "state": "open", "createdAt": "2026-11-01", "milestone": "${milestone}" }`;
      assert.deepEqual(problemsOf(valid(`${issue(4, 'v1')},\n    ${issue(4, 'v2')}`)), [
        '6:17 issue #4 appears twice (also on line 5); give one of them a new number',
        '6:91 issue #4: milestone "v2" is not in "milestones" (titles must match exactly)',
      ]);
    });

    it('reads the demo workspace file', () => {
      const text = fs.readFileSync(fromRoot('demo', '.release', 'issues.json'), 'utf8');
      const doc = parseIssuesFile(text);
      assert.ok(doc.issues.length >= 30);
      assert.equal(serializeIssuesFile(doc), text, 'the demo file is in canonical form');
    });
  });
});
