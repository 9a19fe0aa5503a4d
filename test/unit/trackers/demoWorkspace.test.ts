// The demo workspace (demo/) must say NO-GO today for the reasons its README lists, and reach GO when those are
// resolved through the local tracker. Runs the real tracker and criteria engine on a temp copy of demo/.release.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parseTeamConfig } from '../../../src/core/config/config';
import { approvalFromIssues, evaluateCriteria } from '../../../src/core/criteria/criteria';
import type { ReleaseData, TodoItem } from '../../../src/core/model';
import { statusOf } from '../../../src/core/config/roles';
import { createLocalTracker } from '../../../src/trackers/localTracker';
import { nodeTrackerFiles } from '../../../src/trackers/nodeTrackerFiles';
import { fromRoot } from '../../repoRoot';

const MILESTONE = 'v1.4 — Holiday Checkout';
const demo = fromRoot('demo');
const config = parseTeamConfig(fs.readFileSync(path.join(demo, '.release', 'config.json'), 'utf8')).config;

/** The demo's TODOs are all simple `// TODO(#12): text` or `# FIXME: text` lines; the real parser has its own tests. */
function scanDemoTodos(): TodoItem[] {
  const files = ['src', 'styles', 'scripts'].flatMap((dir) => fs.readdirSync(path.join(demo, dir)).map((name) => `${dir}/${name}`));
  return files.flatMap((file) =>
    fs.readFileSync(path.join(demo, file), 'utf8').split('\n').flatMap((text, line): TodoItem[] => {
      const match = /(?:\/\/|#|\/\*)\s*(TODO|FIXME|HACK)(?:\(#(\d+)\))?:?\s*(.*?)\s*(?:\*\/)?$/.exec(text);
      if (!match) return [];
      const ref = match[2] === undefined ? null : { number: Number(match[2]), raw: `#${match[2]}` };
      return [{ file, line, character: match.index, endLine: line, endCharacter: text.length, tag: match[1], text: match[3], ref }];
    }),
  );
}

function verdictOf(data: ReleaseData, todos: TodoItem[]) {
  return evaluateCriteria({ data, config, todos, approval: approvalFromIssues(data.issues, config), now: new Date('2026-11-26T12:00:00Z') });
}

describe('demo workspace', () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-demo-'));
    fs.cpSync(path.join(demo, '.release'), path.join(root, '.release'), { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('has a team config without problems and an issues file the schema accepts', () => {
    assert.deepEqual(parseTeamConfig(fs.readFileSync(path.join(demo, '.release', 'config.json'), 'utf8')).problems, []);
    const schema = JSON.parse(fs.readFileSync(fromRoot('media', 'schemas', 'issues.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const valid = validate(JSON.parse(fs.readFileSync(path.join(demo, '.release', 'issues.json'), 'utf8')));
    assert.equal(valid, true, JSON.stringify(validate.errors));
  });

  it('has the shape its README describes', async () => {
    const data = await createLocalTracker({ files: nodeTrackerFiles(root), config }).loadRelease(MILESTONE);
    const work = data.issues.filter((i) => !statusOf(i, config).machinery);
    assert.equal(work.length, 38);
    const roleCount = (n: number) => work.filter((i) => statusOf(i, config).roles.length === n).length;
    assert.ok(roleCount(2) >= 5, 'some issues have two roles');
    assert.deepEqual(work.filter((i) => statusOf(i, config).roles.includes('unassigned')).map((i) => i.number), [25, 35, 47]);
    assert.ok(data.issues.every((i) => i.createdAt >= '2026-10-14' && i.createdAt <= '2026-11-26'), 'created over the past six weeks');
    assert.equal(data.milestone.dueOn, '2026-12-15T00:00:00Z');
    assert.deepEqual(approvalFromIssues(data.issues, config), { status: 'requested', issueNumber: 48, url: null });
    const todos = scanDemoTodos();
    assert.equal(todos.length, 12);
    assert.deepEqual(todos.filter((t) => t.ref === null).map((t) => t.file).sort(), ['scripts/export_orders.py', 'src/tax.ts', 'styles/checkout.css']);
  });

  it('says NO-GO today, with the reasons the README lists', async () => {
    const data = await createLocalTracker({ files: nodeTrackerFiles(root), config }).loadRelease(MILESTONE);
    const result = verdictOf(data, scanDemoTodos());
    assert.equal(result.verdict, 'NO-GO');
    const failing = Object.fromEntries(result.criteria.filter((c) => !c.passed && !c.skipped).map((c) => [c.id, c.items.map((i) => (i.kind === 'issue' ? i.number : i.kind === 'todo' ? i.file : i.kind === 'checklist' ? i.text : i.name))]));
    assert.deepEqual(failing.allResolved, [12, 15, 16, 17, 18, 20, 27, 30, 36, 38, 40, 44, 45, 47, 49]);
    assert.deepEqual(failing.noOpenBlockers, [16, 17]);
    assert.deepEqual(failing.verified, [19, 26, 37]);
    assert.deepEqual(failing.noTodoOnClosedOrMissing, ['src/address.ts', 'src/promo.ts']);
    assert.deepEqual([...failing.noUntrackedTodo].sort(), ['scripts/export_orders.py', 'src/tax.ts', 'styles/checkout.css']);
    assert.equal(failing.checklistComplete.length, 11);
    assert.deepEqual(failing.customerApproval, [48]);
    assert.deepEqual(Object.keys(failing).sort(), ['allResolved', 'checklistComplete', 'customerApproval', 'noOpenBlockers', 'noTodoOnClosedOrMissing', 'noUntrackedTodo', 'verified']);
  });

  it('reaches GO once the listed items are resolved', async () => {
    const tracker = createLocalTracker({ files: nodeTrackerFiles(root), config, author: 'alice', clock: () => new Date('2026-12-12T10:00:00Z') });
    const before = await tracker.loadRelease(MILESTONE);
    for (const issue of before.issues) {
      const status = statusOf(issue, config);
      if (status.machinery) continue;
      if (issue.state === 'open') await tracker.closeIssue(issue.number, 'completed', 'Fixed on main.');
      if (status.needsVerification && !status.verified) await tracker.editLabels(issue.number, ['verified'], []);
    }
    await tracker.editChecklist(MILESTONE, (body) => body.replace(/- \[ \]/g, '- [x]'));
    await tracker.editLabels(48, ['approved'], []);
    // The code was fixed along with the issues: no TODO comments are left.
    const result = verdictOf(await tracker.loadRelease(MILESTONE), []);
    assert.deepEqual(result.criteria.filter((c) => !c.passed && !c.skipped).map((c) => `${c.id}: ${c.reason}`), []);
    assert.equal(result.verdict, 'GO');
  });
});
