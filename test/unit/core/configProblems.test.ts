import * as assert from 'node:assert/strict';
import { parseTeamConfig, type ConfigProblemCode, type ConfigSeverity } from '../../../src/core/config';
import { DEFAULT_CONFIG, DEFAULT_LABELS, DEFAULT_ROLES } from '../../../src/core/defaults';
import type { TeamConfig } from '../../../src/core/model';

/** severity, code, message, line, column, endLine, endColumn (0-based, as VS Code counts). */
type Expected = [ConfigSeverity, ConfigProblemCode, string, number, number, number, number];

interface Case {
  readonly name: string;
  readonly text: string;
  readonly problems: readonly Expected[];
  /** What survives: the valid parts are kept, the invalid part falls back to its default. */
  readonly then?: (config: TeamConfig) => void;
}

const lines = (...parts: string[]): string => parts.join('\n');

const cases: Case[] = [
  {
    name: 'a root array',
    text: '[]',
    problems: [['error', 'notObject', 'The team config must be a JSON object, found an array', 0, 0, 0, 2]],
    then: (c) => assert.deepEqual(c, DEFAULT_CONFIG),
  },
  {
    name: 'a root string',
    text: '"roles"',
    problems: [['error', 'notObject', 'The team config must be a JSON object, found a string', 0, 0, 0, 7]],
  },
  {
    name: 'a missing comma between properties',
    text: lines('{', '  "milestone": "v1"', '  "criteria": {}', '}'),
    problems: [['error', 'syntax', 'Syntax error: expected a comma', 2, 2, 2, 12]],
    then: (c) => assert.equal(c.milestone, 'v1'),
  },
  {
    name: 'an unclosed string',
    text: lines('{', '  "milestone": "v1.2', '}'),
    problems: [
      // The string stops at the line break, so the brace below still closes the object.
      ['error', 'syntax', 'Syntax error: the string is not closed', 1, 15, 1, 20],
    ],
    then: (c) => assert.equal(c.milestone, null),
  },
  {
    name: 'a missing value',
    text: '{ "milestone": }',
    problems: [['error', 'syntax', 'Syntax error: expected a value', 0, 15, 0, 16]],
  },
  {
    name: 'single quotes',
    text: lines('{', "  'milestone': 1", '}'),
    problems: [
      ['error', 'syntax', 'Syntax error: JSON strings and property names use double quotes, not single quotes', 1, 2, 1, 13],
      ['error', 'syntax', 'Syntax error: expected a property name in double quotes', 1, 13, 1, 14],
      ['error', 'syntax', 'Syntax error: expected a value', 2, 0, 2, 1],
    ],
  },
  {
    name: 'a misspelt top-level key',
    text: '{ "milstone": "v1" }',
    problems: [['warning', 'unknownProperty', 'Unknown property "milstone" is ignored; did you mean "milestone"?', 0, 2, 0, 12]],
    then: (c) => assert.equal(c.milestone, null),
  },
  {
    name: 'an unknown top-level key',
    text: '{ "owner": "me" }',
    problems: [['warning', 'unknownProperty', 'Unknown property "owner" is ignored', 0, 2, 0, 9]],
  },
  {
    name: 'a repeated key',
    text: '{ "milestone": "a", "milestone": "b" }',
    problems: [['warning', 'duplicateKey', '"milestone" is set more than once; the last one is used', 0, 20, 0, 31]],
    then: (c) => assert.equal(c.milestone, 'b'),
  },
  {
    name: 'roles as an object',
    text: '{ "roles": { "id": "qa" } }',
    problems: [['error', 'wrongType', '"roles" must be an array of roles, found an object', 0, 11, 0, 25]],
    then: (c) => assert.deepEqual(c.roles, DEFAULT_ROLES),
  },
  {
    name: 'role labels as a number',
    text: lines('{', '  "roles": [', '    { "id": "qa" },', '    { "id": "ops", "labels": 7 }', '  ]', '}'),
    problems: [['error', 'wrongType', '"roles[1].labels" must be an array of strings, found a number', 3, 29, 3, 30]],
    then: (c) =>
      assert.deepEqual(c.roles, [
        { id: 'qa', name: 'QA Engineer', labels: ['role:qa'] },
        { id: 'ops', name: 'ops', labels: ['role:ops'] },
      ]),
  },
  {
    name: 'a role written as a string',
    text: '{ "roles": ["qa"] }',
    problems: [['error', 'wrongType', '"roles[0]" must be an object, found a string; write { "id": "qa" }', 0, 12, 0, 16]],
    then: (c) => assert.deepEqual(c.roles, DEFAULT_ROLES),
  },
  {
    name: 'a role without an id',
    text: lines('{', '  "roles": [', '    { "name": "Ops" },', '    { "id": "qa" }', '  ]', '}'),
    problems: [['error', 'missingProperty', '"roles[0]" is missing the required property "id"', 2, 4, 2, 5]],
    then: (c) => assert.deepEqual(c.roles.map((r) => r.id), ['qa']),
  },
  {
    name: 'an empty role id',
    text: '{ "roles": [{ "id": "" }, { "id": "qa" }] }',
    problems: [['error', 'emptyString', '"roles[0].id" must not be empty', 0, 20, 0, 22]],
    then: (c) => assert.deepEqual(c.roles.map((r) => r.id), ['qa']),
  },
  {
    name: 'a role id with a space',
    text: '{ "roles": [{ "id": "q a" }] }',
    problems: [['error', 'invalidString', '"roles[0].id" must not contain spaces or commas, found "q a"', 0, 20, 0, 25]],
  },
  {
    name: 'the reserved role id',
    text: '{ "roles": [{ "id": "unassigned" }] }',
    problems: [
      [
        'error',
        'reservedRoleId',
        '"roles[0].id" cannot be "unassigned": that id is reserved for issues without a role label; this role is ignored',
        0,
        20,
        0,
        32,
      ],
    ],
  },
  {
    name: 'a repeated role id',
    text: lines('{', '  "roles": [', '    { "id": "qa" },', '    { "id": "qa", "name": "Testers" }', '  ]', '}'),
    problems: [['error', 'duplicateRoleId', '"roles[1].id" repeats the id "qa" of "roles[0]"; this role is ignored', 3, 12, 3, 16]],
    then: (c) => assert.deepEqual(c.roles, [{ id: 'qa', name: 'QA Engineer', labels: ['role:qa'] }]),
  },
  {
    name: 'a misspelt role key',
    text: '{ "roles": [{ "id": "qa", "lables": ["test"] }] }',
    problems: [['warning', 'unknownProperty', 'Unknown property "lables" in "roles[0]" is ignored; did you mean "labels"?', 0, 26, 0, 34]],
    then: (c) => assert.deepEqual(c.roles[0].labels, ['role:qa']),
  },
  {
    name: 'a label with a comma',
    text: '{ "roles": [{ "id": "qa", "labels": ["qa,test", "qa"] }] }',
    problems: [
      [
        'error',
        'invalidString',
        '"roles[0].labels[0]" must not contain a comma, because GitHub\'s label filter splits on commas: "qa,test"',
        0,
        37,
        0,
        46,
      ],
    ],
    then: (c) => assert.deepEqual(c.roles[0].labels, ['qa']),
  },
  {
    name: 'a label that is not a string',
    text: '{ "roles": [{ "id": "qa", "labels": [null] }] }',
    problems: [['error', 'wrongType', '"roles[0].labels[0]" must be a string, found null', 0, 37, 0, 41]],
    then: (c) => assert.deepEqual(c.roles[0].labels, ['role:qa']),
  },
  {
    name: 'the same label twice in a role, in another case',
    text: '{ "roles": [{ "id": "qa", "labels": ["qa", "QA"] }] }',
    problems: [['warning', 'duplicateLabel', '"roles[0].labels[1]" repeats the label "qa" (labels match case-insensitively)', 0, 43, 0, 47]],
    then: (c) => assert.deepEqual(c.roles[0].labels, ['qa']),
  },
  {
    name: 'one label in two roles',
    text: lines('{', '  "roles": [', '    { "id": "code", "labels": ["dev"] },', '    { "id": "qa", "labels": ["dev"] }', '  ]', '}'),
    problems: [
      [
        'warning',
        'duplicateLabel',
        'The label "dev" of role "qa" is also a label of role "code"; issues with it count in both roles',
        3,
        29,
        3,
        34,
      ],
    ],
    then: (c) => assert.deepEqual(c.roles[1].labels, ['dev']),
  },
  {
    name: 'a role with no labels',
    text: '{ "roles": [{ "id": "qa", "labels": [] }] }',
    problems: [['warning', 'empty', '"roles[0].labels" is empty, so no issue can have this role', 0, 36, 0, 38]],
    then: (c) => assert.deepEqual(c.roles[0].labels, []),
  },
  {
    name: 'no roles at all',
    text: '{ "roles": [] }',
    problems: [['warning', 'empty', '"roles" is empty, so every issue is Unassigned', 0, 11, 0, 13]],
    then: (c) => assert.deepEqual(c.roles, []),
  },
  {
    name: 'labels as an array',
    text: '{ "labels": ["blocker"] }',
    problems: [['error', 'wrongType', '"labels" must be an object, found an array', 0, 12, 0, 23]],
    then: (c) => assert.deepEqual(c.labels, DEFAULT_LABELS),
  },
  {
    name: 'a blank special label',
    text: '{ "labels": { "blocker": " ", "verified": "done" } }',
    problems: [['error', 'emptyString', '"labels.blocker" must not be empty', 0, 25, 0, 28]],
    then: (c) => assert.deepEqual(c.labels, { ...DEFAULT_LABELS, verified: 'done' }),
  },
  {
    name: 'a kebab-case label key',
    text: '{ "labels": { "needs-verification": "qa-needed" } }',
    problems: [
      ['warning', 'unknownProperty', 'Unknown property "needs-verification" in "labels" is ignored; did you mean "needsVerification"?', 0, 14, 0, 34],
    ],
  },
  {
    name: 'one label for two jobs',
    text: '{ "labels": { "verified": "needs-verification" } }',
    problems: [
      [
        'warning',
        'duplicateLabel',
        '"labels.verified" is the same label as "labels.needsVerification" ("needs-verification"), so one label means both',
        0,
        26,
        0,
        46,
      ],
    ],
  },
  {
    name: 'a milestone typed as a number',
    text: '{ "milestone": 1.10 }',
    problems: [['error', 'wrongType', '"milestone" must be a string or null, found a number; write the title in quotes: "1.10"', 0, 15, 0, 19]],
    then: (c) => assert.equal(c.milestone, null),
  },
  {
    name: 'a boolean milestone',
    text: '{ "milestone": false }',
    problems: [['error', 'wrongType', '"milestone" must be a string or null, found a boolean', 0, 15, 0, 20]],
  },
  {
    name: 'an empty milestone',
    text: '{ "milestone": "" }',
    problems: [
      [
        'warning',
        'emptyString',
        '"milestone" is empty; use null (or leave it out) for the open milestone with the nearest due date',
        0,
        15,
        0,
        17,
      ],
    ],
    then: (c) => assert.equal(c.milestone, null),
  },
  {
    name: 'a quoted criterion',
    text: '{ "criteria": { "verified": "false", "checksGreen": false } }',
    problems: [['error', 'wrongType', '"criteria.verified" must be true or false, found a string; write false without quotes', 0, 28, 0, 35]],
    then: (c) => assert.deepEqual([c.criteria.verified, c.criteria.checksGreen, c.criteria.allResolved], [true, false, true]),
  },
  {
    name: 'a criterion in the wrong case',
    text: '{ "criteria": { "checksgreen": false } }',
    problems: [['warning', 'unknownProperty', 'Unknown property "checksgreen" in "criteria" is ignored; did you mean "checksGreen"?', 0, 16, 0, 29]],
    then: (c) => assert.equal(c.criteria.checksGreen, true),
  },
  {
    name: 'criteria as a boolean',
    text: '{ "criteria": true }',
    problems: [['error', 'wrongType', '"criteria" must be an object, found a boolean', 0, 14, 0, 18]],
  },
  {
    name: 'checklist as an object',
    text: '{ "checklist": { "text": "QA" } }',
    problems: [['error', 'wrongType', '"checklist" must be an array of checklist items, found an object', 0, 15, 0, 31]],
    then: (c) => assert.deepEqual(c.checklistTemplate, DEFAULT_CONFIG.checklistTemplate),
  },
  {
    name: 'a checklist item written as a string',
    text: '{ "checklist": ["Ship it"] }',
    problems: [['error', 'wrongType', '"checklist[0]" must be an object, found a string; write { "text": "Ship it" }', 0, 16, 0, 25]],
    then: (c) => assert.deepEqual(c.checklistTemplate, []),
  },
  {
    name: 'a checklist item without text',
    text: lines('{', '  "checklist": [', '    { "role": "qa" }', '  ]', '}'),
    problems: [['error', 'missingProperty', '"checklist[0]" is missing the required property "text"', 2, 4, 2, 5]],
  },
  {
    name: 'a checklist item on two lines',
    text: '{ "checklist": [{ "text": "QA\\nsign-off" }] }',
    problems: [['error', 'invalidString', '"checklist[0].text" must fit on one line: each item is one line of the checklist', 0, 26, 0, 40]],
  },
  {
    name: 'a misspelt role in a checklist item',
    text: '{ "checklist": [{ "text": "Assets", "role": "desing" }] }',
    problems: [['error', 'unknownRole', '"checklist[0].role" is not a role id: "desing"; did you mean "design"?', 0, 44, 0, 52]],
    then: (c) => assert.deepEqual(c.checklistTemplate, [{ text: 'Assets' }]),
  },
  {
    name: 'an unknown role in a checklist item',
    text: lines('{', '  "roles": [{ "id": "dev" }, { "id": "qa" }],', '  "checklist": [{ "text": "Deploy", "role": "ops" }]', '}'),
    problems: [['error', 'unknownRole', '"checklist[0].role" is not a role id: "ops"; the roles are "dev", "qa"', 2, 44, 2, 49]],
  },
  {
    name: 'a misspelt check',
    text: '{ "checklist": [{ "text": "Done", "check": "allIssueResolved" }] }',
    problems: [
      ['error', 'unknownCheck', '"checklist[0].check" is not a known check: "allIssueResolved"; did you mean "allIssuesResolved"?', 0, 43, 0, 61],
    ],
    then: (c) => assert.deepEqual(c.checklistTemplate, [{ text: 'Done' }]),
  },
  {
    name: 'an unknown check',
    text: '{ "checklist": [{ "text": "Done", "check": "ci" }] }',
    problems: [
      [
        'error',
        'unknownCheck',
        '"checklist[0].check" is not a known check: "ci"; use one of "noUntrackedTodos", "noTodosOnClosedIssues", ' +
          '"allIssuesResolved", "checksGreen", "versionBumped", "changelogEntry"',
        0,
        43,
        0,
        47,
      ],
    ],
  },
  {
    name: 'the same checklist item twice',
    text: lines('{', '  "checklist": [', '    { "text": "QA sign-off" },', '    { "text": "qa sign-off " }', '  ]', '}'),
    problems: [
      ['warning', 'duplicateChecklistItem', '"checklist[1].text" repeats "qa sign-off " of "checklist[0]"; the repeat is ignored', 3, 14, 3, 28],
    ],
    then: (c) => assert.deepEqual(c.checklistTemplate, [{ text: 'QA sign-off' }]),
  },
  {
    name: 'a $schema that is not a string',
    text: '{ "$schema": 1 }',
    problems: [['warning', 'wrongType', '"$schema" must be a string, found a number', 0, 13, 0, 14]],
  },
  {
    name: 'an error after a byte order mark (columns count from after it, as in the editor)',
    text: '\uFEFF{ "milestone": 2 }',
    problems: [['error', 'wrongType', '"milestone" must be a string or null, found a number; write the title in quotes: "2"', 0, 15, 0, 16]],
  },
  {
    name: 'an error on a CRLF line',
    text: '{\r\n  "roles": [\r\n    { "id": "" }\r\n  ]\r\n}\r\n',
    problems: [['error', 'emptyString', '"roles[0].id" must not be empty', 2, 12, 2, 14]],
  },
];

describe('parseTeamConfig problems', () => {
  for (const testCase of cases) {
    it(`reports ${testCase.name}`, () => {
      const { config, problems } = parseTeamConfig(testCase.text);
      const actual = problems.map((p): Expected => [p.severity, p.code, p.message, p.line, p.column, p.endLine, p.endColumn]);
      assert.deepEqual(actual, testCase.problems);
      testCase.then?.(config);
    });
  }

  it('has at least 25 malformed configs', () => {
    assert.ok(cases.length >= 25, `only ${cases.length}`);
  });

  it('reads nothing from a file over 1 MB and says so once', () => {
    const text = `{ "milestone": "v1", "pad": "${'x'.repeat(1024 * 1024)}" }`;
    const { config, problems } = parseTeamConfig(text);
    assert.deepEqual(problems, [
      {
        severity: 'error',
        code: 'tooLarge',
        message: 'The team config is 1.0 MB, over the 1 MB limit; it is not read and the defaults are used',
        line: 0,
        column: 0,
        endLine: 0,
        endColumn: 0,
      },
    ]);
    assert.deepEqual(config, DEFAULT_CONFIG);
  });

  it('counts the limit in UTF-8 bytes, not characters', () => {
    // 400 000 three-byte characters: 1.2 MB on disk although the string is shorter than 1 048 576.
    const { problems } = parseTeamConfig(`{ "milestone": "${'€'.repeat(400_000)}" }`);
    assert.deepEqual(problems.map((p) => p.code), ['tooLarge']);
    assert.equal(parseTeamConfig(`{ "milestone": "${'x'.repeat(400_000)}" }`).problems.length, 0);
  });

  it('cuts long user text short in messages', () => {
    const { problems } = parseTeamConfig(`{ "milestone": "v1", "${'k'.repeat(100)}": 1 }`);
    assert.equal(problems[0].message, `Unknown property "${'k'.repeat(39)}…" is ignored`);
  });
});
