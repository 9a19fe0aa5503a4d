// The local tracker never loses data: atomic writes, edits made on disk meanwhile, concurrent writes, odd files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { atomicWrite } from '../../../src/trackers/atomicWrite';
import { serializeIssuesFile } from '../../../src/trackers/localFormat';
import { TrackerError } from '../../../src/trackers/tracker';
import { aDocument, aLocalIssue, Workspace } from './localFixtures';

function isTrackerError(code: string, message: string | RegExp) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof TrackerError, `expected a TrackerError, got ${String(error)}`);
    assert.equal(error.code, code);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    return true;
  };
}

describe('localTracker safety', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace();
    ws.write(aDocument([aLocalIssue({ number: 1 }), aLocalIssue({ number: 12, title: 'Gift wrap option' })]));
  });
  afterEach(() => ws.dispose());

  describe('atomic writes', () => {
    it('leaves no temp file behind', async () => {
      const tracker = ws.tracker();
      await tracker.closeIssue(1, 'completed');
      await tracker.addComment(12, 'hi');
      assert.deepEqual(ws.files(), ['issues.json']);
    });

    it('keeps the old file intact when the rename fails mid-write', async () => {
      const before = ws.text();
      const tracker = ws.tracker({
        writeFile: (file, content, options) =>
          atomicWrite(file, content, { ...options, fs: { ...fs.promises, rename: () => Promise.reject(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })) } }),
      });
      await assert.rejects(tracker.closeIssue(1, 'completed'), isTrackerError('unknown', /^Cannot save \.release\/issues\.json: EIO: i\/o error, rename\. The file was left as it was\.$/));
      assert.equal(ws.text(), before);
      assert.deepEqual(ws.files(), ['issues.json']);
      // The tracker is still usable after a failed write.
      assert.equal((await ws.tracker().closeIssue(1, 'completed')).state, 'closed');
    });

    it('reports a permission problem as forbidden', async () => {
      const denied = Object.assign(new Error("EACCES: permission denied, open '.release/.issues.json.tmp'"), { code: 'EACCES' });
      const tracker = ws.tracker({ writeFile: () => Promise.reject(denied) });
      await assert.rejects(tracker.closeIssue(1, 'completed'), isTrackerError('forbidden', 'Cannot save .release/issues.json: permission denied. The file was left as it was.'));
    });

    it('says a read-only file system or a full disk in words', async () => {
      const failing = (code: string) => ws.tracker({ writeFile: () => Promise.reject(Object.assign(new Error(`${code}: failed`), { code })) });
      await assert.rejects(failing('EROFS').closeIssue(1, 'completed'), isTrackerError('forbidden', 'Cannot save .release/issues.json: the file system is read-only. The file was left as it was.'));
      await assert.rejects(failing('ENOSPC').closeIssue(1, 'completed'), isTrackerError('unknown', 'Cannot save .release/issues.json: the disk is full. The file was left as it was.'));
    });
  });

  describe('changes made on disk meanwhile', () => {
    it('applies a write to the fresh file, keeping an external edit', async () => {
      const tracker = ws.tracker();
      await tracker.loadRelease('v1.0');
      ws.editExternally((doc) => {
        doc.issues[1].title = 'Gift wrap option (edited by hand)';
        doc.issues.push({ ...doc.issues[0], number: 13, title: 'Added on another branch' });
      });
      const closed = await tracker.closeIssue(12, 'completed');
      assert.equal(closed.title, 'Gift wrap option (edited by hand)');
      const onDisk = ws.json().issues;
      assert.deepEqual(onDisk.map((i) => [i.number, i.state]), [[1, 'open'], [12, 'closed'], [13, 'open']]);
    });

    it('refuses to touch an issue deleted meanwhile, saying so', async () => {
      const tracker = ws.tracker();
      await tracker.loadRelease('v1.0');
      ws.editExternally((doc) => {
        doc.issues = doc.issues.filter((i) => i.number !== 12);
      });
      const before = ws.text();
      await assert.rejects(tracker.closeIssue(12, 'completed'), isTrackerError('conflict', 'Issue #12 was deleted in .release/issues.json meanwhile; reload and try again'));
      await assert.rejects(tracker.editLabels(12, ['verified'], []), isTrackerError('conflict', /^Issue #12 was deleted/));
      assert.equal(ws.text(), before);
    });

    it('refuses to write when the whole file was deleted meanwhile', async () => {
      const tracker = ws.tracker();
      await tracker.listMilestones();
      fs.rmSync(ws.file);
      await assert.rejects(tracker.addComment(1, 'x'), isTrackerError('conflict', /^\.release\/issues\.json was deleted meanwhile/));
      assert.equal(fs.existsSync(ws.file), false);
    });

    it('starts over when the file changes between its read and the rename', async () => {
      let sneaked = false;
      const tracker = ws.tracker({
        writeFile: async (file, content, options) => {
          if (!sneaked) {
            sneaked = true;
            ws.editExternally((doc) => {
              doc.issues[0].title = 'Renamed while saving';
            });
          }
          await atomicWrite(file, content, options);
        },
      });
      await tracker.closeIssue(12, 'completed');
      const onDisk = ws.json().issues;
      assert.equal(onDisk[0].title, 'Renamed while saving');
      assert.equal(onDisk[1].state, 'closed');
      assert.deepEqual(ws.files(), ['issues.json']);
    });
  });

  describe('concurrent writes from one process', () => {
    it('serializes them, so none is lost', async () => {
      const tracker = ws.tracker();
      await Promise.all([
        ...Array.from({ length: 10 }, (_, i) => tracker.addComment(1, `comment ${i}`)),
        tracker.editLabels(1, ['role:qa'], []),
        tracker.editLabels(1, ['blocker'], []),
        tracker.closeIssue(12, 'completed'),
      ]);
      const issue = ws.json().issues[0];
      assert.equal((issue.comments as unknown[]).length, 10);
      assert.deepEqual(issue.labels, ['role:qa', 'blocker']);
      assert.equal(ws.json().issues[1].state, 'closed');
    });

    it('gives concurrent new issues distinct numbers', async () => {
      const tracker = ws.tracker();
      const created = await Promise.all(Array.from({ length: 8 }, (_, i) => tracker.createIssue({ title: `New ${i}`, body: '', labels: [], milestone: 'v1.0' })));
      assert.deepEqual(created.map((i) => i.number), [13, 14, 15, 16, 17, 18, 19, 20]);
    });

    it('keeps going after one write fails', async () => {
      const tracker = ws.tracker();
      const results = await Promise.allSettled([tracker.closeIssue(99, 'completed'), tracker.closeIssue(1, 'completed')]);
      assert.equal(results[0].status, 'rejected');
      assert.equal(results[1].status, 'fulfilled');
    });
  });

  describe('files as people and tools leave them', () => {
    it('reads a CRLF file and keeps CRLF line ends when writing', async () => {
      ws.write(serializeIssuesFile(aDocument([aLocalIssue({ number: 1, body: 'line one\nline two' })]), '\r\n'));
      const tracker = ws.tracker();
      assert.equal((await tracker.getIssue(1)).body, 'line one\nline two');
      await tracker.addComment(1, 'ok');
      const text = ws.text();
      assert.ok(text.includes('\r\n'));
      assert.equal(/[^\r]\n/.test(text), false, 'no bare LF after the write');
    });

    it('keeps unicode titles and bodies exactly', async () => {
      const title = 'Kässe 🎁 — “gift” עברית e\u0301 𝒳';
      ws.write(aDocument([aLocalIssue({ number: 1, title, body: '日本語\n\tindented' })]));
      const tracker = ws.tracker();
      await tracker.addComment(1, 'ça marche 👍');
      const issue = await tracker.getIssue(1);
      assert.equal(issue.title, title);
      assert.equal(issue.body, '日本語\n\tindented');
      assert.ok(ws.text().includes('"Kässe 🎁 — “gift” עברית e\u0301 𝒳"'));
    });

    it('loads and writes a file with 5,000 issues', async () => {
      const issues = Array.from({ length: 5000 }, (_, i) =>
        aLocalIssue({ number: i + 1, title: `Issue ${i + 1}`, body: 'Steps:\n1. open\n2. click', labels: ['role:code', i % 7 === 0 ? 'blocker' : 'bug'], assignees: ['dave'] }),
      );
      ws.write(aDocument(issues));
      const tracker = ws.tracker();
      const release = await tracker.loadRelease('v1.0');
      assert.equal(release.issues.length, 5000);
      assert.equal(release.issues[4999].title, 'Issue 5000');
      assert.equal((await tracker.createIssue({ title: 'One more', body: '', labels: [], milestone: 'v1.0' })).number, 5001);
    });

    it('reports a malformed file with its line and column', async () => {
      ws.write('{\n  "version": 1,\n  "milestones": []\n  "issues": []\n}\n');
      await assert.rejects(ws.tracker().loadRelease('v1.0'), isTrackerError('invalidData', '.release/issues.json:4:3: expected a comma'));
      ws.write(serializeIssuesFile(aDocument([aLocalIssue({ number: 1 })])).replace('"state": "open",\n      "stateReason"', '"state": "done",\n      "stateReason"'));
      await assert.rejects(ws.tracker().getIssue(1), isTrackerError('invalidData', '.release/issues.json:18:16: issue #1: "state" must be "open" or "closed", not "done"'));
    });
  });
});
