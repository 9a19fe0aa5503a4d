import * as assert from 'node:assert/strict';
import { parseTeamConfig } from '../../../../src/core/config/config';
import { DEFAULT_CONFIG, DEFAULT_ROLES } from '../../../../src/core/config/defaults';
import { itReportsEach, lines, type ProblemCase } from './configCases';

// The file as a whole, its syntax, and the roles section. The other sections: configSectionProblems.test.ts.
const cases: ProblemCase[] = [
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
];

describe('parseTeamConfig problems', () => {
  itReportsEach(cases);

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
