import * as assert from 'node:assert/strict';
import type { CompletionFacts } from '../../../src/core/checklist/checklistCompletion';
import { DEFAULT_CONFIG, DEFAULT_ROLES } from '../../../src/core/config/defaults';
import type { Checklist, ReleaseData } from '../../../src/core/model';
import { ChecklistError, ChecklistWriter } from '../../../src/state/checklistWriter';
import { ReleaseStore } from '../../../src/state/releaseStore';
import type { Tracker } from '../../../src/trackers/tracker';
import { aMilestone } from '../builders';

const BODY = [
  '## Programmer',
  '',
  '- [ ] All milestone issues resolved <!-- rr:check=allIssuesResolved -->',
  '- [ ] No untracked TODOs <!-- rr:check=noUntrackedTodos -->',
  '- [ ] Code review done',
  '- [ ] Docs updated',
  '',
].join('\r\n');

/** A tracker that keeps one checklist body, with hooks to change it "elsewhere" and to delay or fail writes. */
class FakeTracker {
  body = BODY;
  loads = 0;
  edits = 0;
  writes: string[] = [];
  beforeRead: (() => void) | null = null;
  /** Resolves a write between its read and its write; tests release it to control interleaving. */
  gate: Promise<void> | null = null;
  failNext: Error | null = null;

  readonly tracker = {
    kind: 'github',
    label: 'octo/repo',
    listMilestones: async () => [aMilestone()],
    loadRelease: async (): Promise<ReleaseData> => {
      this.loads += 1;
      return { milestone: aMilestone(), issues: [], checklist: this.checklist(), checks: null, fetchedAt: '2026-12-01T00:00:00Z' };
    },
    editChecklist: async (_title: string, edit: (fresh: string) => string): Promise<Checklist> => {
      this.edits += 1;
      this.beforeRead?.();
      const fresh = this.body;
      const next = edit(fresh);
      if (this.gate) await this.gate;
      if (this.failNext) {
        const error = this.failNext;
        this.failNext = null;
        throw error;
      }
      if (next !== fresh) {
        this.body = next;
        this.writes.push(next);
      }
      return this.checklist();
    },
  } as unknown as Tracker;

  checklist(): Checklist {
    return { issueNumber: 7, body: this.body, url: 'https://github.com/octo/repo/issues/7' };
  }
}

async function setup(): Promise<{ fake: FakeTracker; store: ReleaseStore; writer: ChecklistWriter }> {
  const fake = new FakeTracker();
  const store = new ReleaseStore({ config: () => DEFAULT_CONFIG, preferredMilestone: () => null });
  store.setTracker(fake.tracker);
  await store.refresh();
  return { fake, store, writer: new ChecklistWriter(store, () => DEFAULT_ROLES) };
}

const shown = (store: ReleaseStore) => store.current.data?.checklist?.body;
const tick = (body: string, text: string) => body.replace(`- [ ] ${text}`, `- [x] ${text}`);

const FACTS: CompletionFacts = {
  untrackedTodos: 2,
  todosOnClosedOrMissing: 0,
  openIssues: 0,
  checks: null,
  packageVersion: null,
  latestTag: null,
  changelog: null,
};

describe('ChecklistWriter', () => {
  it('ticks one box: optimistic at once, then the body the tracker confirmed, one character changed', async () => {
    const { fake, store, writer } = await setup();
    const done = writer.toggle({ text: 'Code review done' });
    assert.equal(shown(store), tick(BODY, 'Code review done'));
    assert.equal(writer.isPending('Code review done#0'), true);
    const outcome = await done;
    assert.deepEqual([outcome.checked, outcome.written, outcome.alreadyDoneElsewhere], [true, true, false]);
    assert.equal(fake.writes.length, 1);
    assert.equal(fake.writes[0], tick(BODY, 'Code review done'));
    assert.equal(shown(store), fake.body);
    assert.equal(writer.isPending('Code review done#0'), false);
  });

  it('rolls the tick back when the write fails, and rejects', async () => {
    const { fake, store, writer } = await setup();
    fake.failNext = new Error('GitHub is unreachable');
    const done = writer.toggle({ text: 'Docs updated', checked: true });
    assert.equal(shown(store), tick(BODY, 'Docs updated'));
    await assert.rejects(done, /unreachable/);
    assert.equal(shown(store), BODY);
    assert.equal(writer.isPending('Docs updated#0'), false);
  });

  it('writes once when triggered twice', async () => {
    const { fake, writer } = await setup();
    const first = writer.toggle({ text: 'Docs updated' });
    const second = writer.toggle({ text: 'Docs updated' });
    assert.equal(first, second);
    await first;
    assert.deepEqual([fake.edits, fake.writes.length], [1, 1]);
  });

  it('keeps an edit made elsewhere between the load and the write', async () => {
    const { fake, writer } = await setup();
    fake.beforeRead = () => {
      fake.body = fake.body.replace('- [ ] Docs updated', '- [ ] Docs updated (owner: Ana)') + '- [ ] Added on github.com\r\n';
    };
    await writer.toggle({ text: 'Code review done' });
    assert.equal(fake.body, tick(BODY, 'Code review done').replace('- [ ] Docs updated', '- [ ] Docs updated (owner: Ana)') + '- [ ] Added on github.com\r\n');
  });

  it('refuses when the item was reworded meanwhile, and reloads', async () => {
    const { fake, store, writer } = await setup();
    const loadsBefore = fake.loads;
    fake.beforeRead = () => {
      fake.body = fake.body.replace('Code review done', 'Code review done by two people');
    };
    await assert.rejects(writer.toggle({ text: 'Code review done' }), (error: unknown) => {
      assert.ok(error instanceof ChecklistError);
      assert.equal(error.code, 'changedMeanwhile');
      assert.equal(error.message, 'The item "Code review done" was changed or removed meanwhile; the checklist was reloaded');
      return true;
    });
    assert.deepEqual(fake.writes, []);
    await store.refresh();
    assert.ok(fake.loads > loadsBefore);
    assert.equal(shown(store), fake.body);
  });

  it('says so when someone else already made the same change', async () => {
    const { fake, writer } = await setup();
    fake.beforeRead = () => {
      fake.body = tick(fake.body, 'Docs updated');
    };
    const outcome = await writer.toggle({ text: 'Docs updated' });
    assert.deepEqual([outcome.checked, outcome.written, outcome.alreadyDoneElsewhere], [true, false, true]);
    assert.deepEqual(fake.writes, []);
  });

  it('keeps showing a tick in flight when a reload lands meanwhile', async () => {
    const { fake, store, writer } = await setup();
    let release!: () => void;
    fake.gate = new Promise((resolve) => (release = resolve));
    const done = writer.toggle({ text: 'Docs updated' });
    await store.refresh();
    assert.equal(shown(store), tick(BODY, 'Docs updated'));
    fake.gate = null;
    release();
    await done;
    assert.equal(shown(store), tick(BODY, 'Docs updated'));
  });

  it('ignores a load that read the body before the write landed, but not a later edit', async () => {
    const { fake, store, writer } = await setup();
    const original = fake.tracker.loadRelease;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    (fake.tracker as { loadRelease: Tracker['loadRelease'] }).loadRelease = async (title) => {
      const data = await original(title); // reads the body now...
      await gate; // ...and answers after the write
      return data;
    };
    const slowLoad = store.refresh();
    await new Promise((resolve) => setImmediate(resolve));
    await writer.toggle({ text: 'Docs updated' });
    release();
    await slowLoad;
    assert.equal(shown(store), tick(BODY, 'Docs updated'));
    (fake.tracker as { loadRelease: Tracker['loadRelease'] }).loadRelease = original;
    fake.body = tick(fake.body, 'Code review done');
    await store.refresh();
    assert.equal(shown(store), tick(tick(BODY, 'Docs updated'), 'Code review done'));
  });

  it('runs writes one after the other, so two quick ticks both survive', async () => {
    const { fake, writer } = await setup();
    let release!: () => void;
    fake.gate = new Promise((resolve) => (release = resolve));
    const a = writer.toggle({ text: 'Docs updated' });
    const b = writer.toggle({ text: 'Code review done' });
    setTimeout(() => {
      fake.gate = null;
      release();
    }, 5);
    await Promise.all([a, b]);
    assert.equal(fake.body, tick(tick(BODY, 'Docs updated'), 'Code review done'));
  });

  it('asks which item when the text is ambiguous, before writing anything', async () => {
    const { fake, writer } = await setup();
    fake.body += '- [ ] Docs updated\r\n';
    await writer['store'].refresh();
    await assert.rejects(writer.toggle({ text: 'Docs updated' }), (error: unknown) => error instanceof ChecklistError && error.code === 'ambiguous');
    await assert.rejects(writer.toggle({ text: 'Nope' }), (error: unknown) => error instanceof ChecklistError && error.code === 'notFound');
    await writer.toggle({ text: 'Docs updated', occurrence: 1 });
    assert.equal(fake.body, BODY + '- [x] Docs updated\r\n');
    assert.equal(fake.edits, 1);
  });

  it('completes the verifiable items that pass and remembers why', async () => {
    const { fake, writer } = await setup();
    const run = await writer.complete(FACTS);
    assert.deepEqual(
      run.results.map((r) => [r.check, r.passed]),
      [
        ['allIssuesResolved', true],
        ['noUntrackedTodos', false],
      ],
    );
    assert.equal(fake.body, tick(BODY, 'All milestone issues resolved'));
    assert.equal(writer.lastResult('No untracked TODOs#0')?.reason, '2 untracked TODOs');
    assert.equal(writer.lastResult('Docs updated#0'), undefined);
  });

  it('rejects without a checklist', async () => {
    const { fake, store, writer } = await setup();
    const original = fake.tracker.loadRelease;
    (fake.tracker as { loadRelease: Tracker['loadRelease'] }).loadRelease = async (title) => ({ ...(await original(title)), checklist: null });
    await store.refresh();
    await assert.rejects(writer.toggle({ text: 'Docs updated' }), (error: unknown) => error instanceof ChecklistError && error.code === 'noChecklist');
    await assert.rejects(writer.complete(FACTS), (error: unknown) => error instanceof ChecklistError && error.code === 'noChecklist');
  });
});
