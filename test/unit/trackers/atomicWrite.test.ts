import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { atomicWrite } from '../../../src/trackers/atomicWrite';

describe('atomicWrite', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-atomic-'));
    file = path.join(dir, 'issues.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates and replaces a file, leaving nothing else in the directory', async () => {
    await atomicWrite(file, 'one');
    await atomicWrite(file, 'two ✓');
    assert.equal(fs.readFileSync(file, 'utf8'), 'two ✓');
    assert.deepEqual(fs.readdirSync(dir), ['issues.json']);
  });

  it('keeps the permissions the file had', async function () {
    if (process.platform === 'win32') this.skip();
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, 0o600);
    await atomicWrite(file, 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  });

  it('leaves the old file and no temp file when the rename fails', async () => {
    fs.writeFileSync(file, 'old');
    const failingRename = () => Promise.reject(Object.assign(new Error('simulated crash'), { code: 'EIO' }));
    await assert.rejects(atomicWrite(file, 'new', { fs: { ...fs.promises, rename: failingRename } }), /simulated crash/);
    assert.equal(fs.readFileSync(file, 'utf8'), 'old');
    assert.deepEqual(fs.readdirSync(dir), ['issues.json']);
  });

  it('has the new content on disk before the precondition runs, and aborts cleanly when it throws', async () => {
    fs.writeFileSync(file, 'old');
    let tempContent = '';
    const abort = async () => {
      const temp = fs.readdirSync(dir).find((name) => name.endsWith('.tmp'));
      tempContent = fs.readFileSync(path.join(dir, temp ?? 'missing'), 'utf8');
      throw new Error('changed meanwhile');
    };
    await assert.rejects(atomicWrite(file, 'new', { precondition: abort }), /changed meanwhile/);
    assert.equal(tempContent, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'old');
    assert.deepEqual(fs.readdirSync(dir), ['issues.json']);
  });
});
