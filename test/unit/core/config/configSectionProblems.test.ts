import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG, DEFAULT_LABELS } from '../../../../src/core/config/defaults';
import { itReportsEach, lines, type ProblemCase } from './configCases';

// The labels, milestone, criteria and checklist sections, and positions after a BOM or on CRLF lines.
const sectionCases: ProblemCase[] = [
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

describe('parseTeamConfig problems in sections', () => {
  itReportsEach(sectionCases);
});
