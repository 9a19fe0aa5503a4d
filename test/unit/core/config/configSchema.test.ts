// The contributed JSON schema (what VS Code shows while typing) and parseTeamConfig (what the extension and the
// CLI use) must agree: what one rejects the other rejects, and their defaults are the same.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'jsonc-parser';
import {
  CHECKLIST_CHECKS,
  CRITERION_IDS,
  LABEL_KEYS,
  parseTeamConfig,
  TEAM_CONFIG_KEYS,
  type ConfigProblemCode,
} from '../../../../src/core/config/config';
import { CHECKLIST_ITEM_KEYS } from '../../../../src/core/config/configChecklist';
import { ROLE_KEYS } from '../../../../src/core/config/configRoles';
import { DEFAULT_CHECKLIST_TEMPLATE, DEFAULT_CRITERIA, DEFAULT_LABELS, DEFAULT_ROLES } from '../../../../src/core/config/defaults';
import { fromRoot } from '../../../repoRoot';

// Keywords VS Code's JSON language service understands on top of draft-07.
const VS_CODE_KEYWORDS = [
  'markdownDescription',
  'defaultSnippets',
  'allowComments',
  'allowTrailingCommas',
  'patternErrorMessage',
  'errorMessage',
  'enumDescriptions',
  'markdownEnumDescriptions',
];

/** Cross-references and duplicates a JSON schema cannot express: only the validator reports them. */
const BEYOND_SCHEMA = new Set<ConfigProblemCode>(['duplicateRoleId', 'unknownRole', 'duplicateLabel', 'duplicateChecklistItem']);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Schema = any;
const schema: Schema = JSON.parse(fs.readFileSync(fromRoot('media', 'schemas', 'config.schema.json'), 'utf8'));
const ajv = new Ajv({ strict: true, allErrors: true });
ajv.addVocabulary(VS_CODE_KEYWORDS);
const validate = ajv.compile(schema);

function schemaAccepts(text: string): boolean {
  return validate(parse(text, [], { allowTrailingComma: true })) === true;
}

const VALID = [
  '{}',
  '// comments and trailing commas are fine\n{ "milestone": "v1", }',
  '{ "$schema": "./config.schema.json", "milestone": null }',
  '{ "roles": [{ "id": "qa" }] }',
  '{ "roles": [{ "id": "dev", "name": "Developer", "labels": ["team:dev", "team:backend"] }, { "id": "qa", "labels": ["qa"] }] }',
  '{ "labels": { "blocker": "P0", "needsVerification": "to verify", "verified": "QA passed", "checklist": "release", "approval": "sign-off", "approved": "signed" } }',
  '{ "criteria": { "allResolved": false, "noOpenBlockers": true, "verified": false, "noTodoOnClosedOrMissing": true, "noUntrackedTodo": true, "checklistComplete": false, "customerApproval": false, "checksGreen": false } }',
  '{ "checklist": [] }',
  '{ "checklist": [{ "text": "Ship", "role": "code", "check": "versionBumped" }, { "text": "Tell the customer" }] }',
  '{ "roles": [{ "id": "ops" }], "checklist": [{ "text": "Deploy", "role": "ops", "check": "changelogEntry" }] }',
];

const INVALID = [
  '[]',
  '"roles"',
  '{ "rolse": [] }',
  '{ "roles": {} }',
  '{ "roles": [] }',
  '{ "roles": ["qa"] }',
  '{ "roles": [{ "name": "QA" }] }',
  '{ "roles": [{ "id": "" }] }',
  '{ "roles": [{ "id": "q a" }] }',
  '{ "roles": [{ "id": "a,b" }] }',
  '{ "roles": [{ "id": "unassigned" }] }',
  '{ "roles": [{ "id": 1 }] }',
  '{ "roles": [{ "id": "qa", "name": " " }] }',
  '{ "roles": [{ "id": "qa", "labels": 3 }] }',
  '{ "roles": [{ "id": "qa", "labels": [] }] }',
  '{ "roles": [{ "id": "qa", "labels": ["x,y"] }] }',
  '{ "roles": [{ "id": "qa", "labels": [""] }] }',
  '{ "roles": [{ "id": "qa", "labels": ["x", "x"] }] }',
  '{ "roles": [{ "id": "qa", "color": "red" }] }',
  '{ "labels": [] }',
  '{ "labels": { "blocker": "" } }',
  '{ "labels": { "blocker": "a,b" } }',
  '{ "labels": { "blocker": 1 } }',
  '{ "labels": { "blockers": "b" } }',
  '{ "milestone": 1.2 }',
  '{ "milestone": "" }',
  '{ "milestone": " " }',
  '{ "milestone": ["v1"] }',
  '{ "criteria": [] }',
  '{ "criteria": { "verified": "true" } }',
  '{ "criteria": { "verfied": true } }',
  '{ "checklist": {} }',
  '{ "checklist": ["Ship"] }',
  '{ "checklist": [{ "role": "qa" }] }',
  '{ "checklist": [{ "text": "" }] }',
  '{ "checklist": [{ "text": "a\\nb" }] }',
  '{ "checklist": [{ "text": "a", "check": "ci" }] }',
  '{ "checklist": [{ "text": "a", "check": 1 }] }',
  '{ "checklist": [{ "text": "a", "role": 1 }] }',
  '{ "checklist": [{ "text": "a", "done": true }] }',
  '{ "$schema": 1 }',
];

/** Valid for the schema, yet wrong: the parser must catch these itself. */
const BEYOND = [
  '{ "roles": [{ "id": "qa" }, { "id": "qa" }] }',
  '{ "roles": [{ "id": "qa", "labels": ["x"] }, { "id": "dev", "labels": ["x"] }] }',
  '{ "roles": [{ "id": "qa", "labels": ["x", "X"] }] }',
  '{ "checklist": [{ "text": "a", "role": "ops" }] }',
  '{ "checklist": [{ "text": "a" }, { "text": "a" }] }',
  '{ "labels": { "verified": "needs-verification" } }',
];

describe('config schema and validator agreement', () => {
  for (const text of VALID) {
    it(`both accept ${text}`, () => {
      assert.equal(schemaAccepts(text), true, ajv.errorsText(validate.errors));
      assert.deepEqual(parseTeamConfig(text).problems, []);
    });
  }

  for (const text of INVALID) {
    it(`both reject ${text}`, () => {
      assert.equal(schemaAccepts(text), false);
      assert.notDeepEqual(parseTeamConfig(text).problems, []);
    });
  }

  for (const text of BEYOND) {
    it(`only the validator rejects ${text}`, () => {
      assert.equal(schemaAccepts(text), true);
      const codes = parseTeamConfig(text).problems.map((p) => p.code);
      assert.ok(codes.length > 0 && codes.every((code) => BEYOND_SCHEMA.has(code)), codes.join());
    });
  }

  it('agrees on hundreds of generated configs', () => {
    for (const config of generatedConfigs(600)) {
      const text = JSON.stringify(config);
      const problems = parseTeamConfig(text).problems;
      if (schemaAccepts(text)) {
        assert.deepEqual(problems.filter((p) => !BEYOND_SCHEMA.has(p.code)), [], text);
      } else {
        assert.notDeepEqual(problems, [], `${text}: ${ajv.errorsText(validate.errors)}`);
      }
    }
  });
});

describe('config schema', () => {
  it('lists the keys the parser reads, no more and no less', () => {
    assert.deepEqual(Object.keys(schema.properties), TEAM_CONFIG_KEYS);
    assert.deepEqual(Object.keys(schema.properties.labels.properties), LABEL_KEYS);
    assert.deepEqual(Object.keys(schema.properties.criteria.properties), CRITERION_IDS);
    assert.deepEqual(Object.keys(schema.definitions.role.properties), ROLE_KEYS);
    assert.deepEqual(Object.keys(schema.definitions.checklistItem.properties), CHECKLIST_ITEM_KEYS);
    assert.deepEqual(schema.definitions.checklistItem.properties.check.enum, CHECKLIST_CHECKS);
    assert.equal(schema.definitions.checklistItem.properties.check.enumDescriptions.length, CHECKLIST_CHECKS.length);
  });

  it('documents the defaults of src/core/config/defaults.ts', () => {
    assert.deepEqual(schema.properties.roles.default, DEFAULT_ROLES);
    assert.deepEqual(schema.properties.checklist.default, DEFAULT_CHECKLIST_TEMPLATE);
    assert.equal(schema.properties.milestone.default, null);
    for (const key of LABEL_KEYS) assert.equal(schema.properties.labels.properties[key].default, DEFAULT_LABELS[key], key);
    for (const id of CRITERION_IDS) assert.equal(schema.properties.criteria.properties[id].default, DEFAULT_CRITERIA[id], id);
  });

  it('describes every property in plain text and in Markdown', () => {
    const missing: string[] = [];
    const visit = (properties: Record<string, Schema>, path: string): void => {
      for (const [key, property] of Object.entries(properties)) {
        if (typeof property.description !== 'string' || typeof property.markdownDescription !== 'string') missing.push(`${path}${key}`);
        if (property.properties) visit(property.properties, `${path}${key}.`);
      }
    };
    visit(schema.properties, '');
    for (const [name, definition] of Object.entries<Schema>(schema.definitions)) {
      if (definition.properties) visit(definition.properties, `#${name}.`);
    }
    assert.deepEqual(missing, []);
  });

  it('lets VS Code accept comments and trailing commas, as the parser does', () => {
    assert.equal(schema.allowComments, true);
    assert.equal(schema.allowTrailingCommas, true);
  });
});

/** Seeded mutations of a full config: each one swaps a value for a plausible mistake, drops a key or adds one. */
function* generatedConfigs(count: number): Generator<Schema> {
  const base = {
    $schema: 'x',
    roles: [
      { id: 'dev', name: 'Dev', labels: ['team:dev'] },
      { id: 'qa', labels: ['team:qa'] },
    ],
    labels: { blocker: 'P0', verified: 'ok' },
    milestone: 'v1',
    criteria: { verified: false, checksGreen: true },
    checklist: [
      { text: 'Ship', role: 'dev', check: 'checksGreen' },
      { text: 'Test', role: 'qa' },
    ],
  };
  const values: unknown[] = [0, 1.5, '', ' ', 'a,b', 'q a', 'unassigned', 'qa', 'dev', 'checksGreen', 'a\nb', true, false, null, [], {}, ['x'], ['x', 'x'], [''], { id: 'ops' }, { text: 'New' }];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let i = 0; i < count; i++) {
    const config = structuredClone(base) as Schema;
    for (let edits = 1 + next(2); edits > 0; edits--) {
      const containers = containersOf(config);
      const [holder, key] = containers[next(containers.length)];
      const action = next(6);
      if (action === 0 && !Array.isArray(holder)) delete holder[key];
      else if (action === 1 && !Array.isArray(holder)) holder[['extra', 'lables', 'role', 'text'][next(4)]] = values[next(values.length)];
      else holder[key] = structuredClone(values[next(values.length)]);
    }
    yield config;
  }
}

/** Every [object-or-array, key] pair below the root, the root's own keys included. */
function containersOf(value: Schema): [Schema, string | number][] {
  const result: [Schema, string | number][] = [];
  const walk = (node: Schema): void => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      result.push([node, key]);
      walk(node[key]);
    }
  };
  walk(value);
  return result;
}
