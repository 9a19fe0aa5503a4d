import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../../src/core/config/defaults';
import { nodeTrackerFiles } from '../../../src/trackers/nodeTrackerFiles';
import { loadTeamConfig } from '../../../src/trackers/teamConfigFile';

const teamConfigPath = (root: string) => path.join(root, '.release', 'config.json');

describe('loadTeamConfig', () => {
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'release-config-'));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  function write(text: string | Buffer): string {
    const file = teamConfigPath(root);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  }

  it('finds the config under .release/', async () => {
    write('{ "milestone": "v9" }');
    assert.equal((await loadTeamConfig(nodeTrackerFiles(root))).config.milestone, 'v9');
  });

  it('gives the defaults and no problem when the file is absent', async () => {
    assert.deepEqual(await loadTeamConfig(nodeTrackerFiles(root)), { config: DEFAULT_CONFIG, problems: [], found: false });
  });

  it('treats a .release file (not a folder) as no config', async () => {
    fs.writeFileSync(path.join(root, '.release'), '');
    const loaded = await loadTeamConfig(nodeTrackerFiles(root));
    assert.equal(loaded.found, false);
    assert.deepEqual(loaded.problems, []);
  });

  it('parses the file, byte order mark included', async () => {
    write(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{ "milestone": 3 }')]));
    const loaded = await loadTeamConfig(nodeTrackerFiles(root));
    assert.equal(loaded.found, true);
    assert.deepEqual(
      loaded.problems.map((p) => [p.message, p.line, p.column]),
      [['"milestone" must be a string or null, found a number; write the title in quotes: "3"', 0, 15]],
    );
  });

  it('reads a valid file into the TeamConfig', async () => {
    write('{ "milestone": "v2", "roles": [{ "id": "qa" }] }');
    const loaded = await loadTeamConfig(nodeTrackerFiles(root));
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.config.milestone, 'v2');
    assert.deepEqual(loaded.config.roles.map((r) => r.id), ['qa']);
  });

  it('does not read a file over 1 MB', async () => {
    write(`{ "milestone": "${'x'.repeat(2 * 1024 * 1024)}" }`);
    const loaded = await loadTeamConfig(nodeTrackerFiles(root));
    assert.deepEqual(loaded.config, DEFAULT_CONFIG);
    assert.deepEqual(
      loaded.problems.map((p) => [p.code, p.message]),
      [['tooLarge', 'The team config is 2.0 MB, over the 1 MB limit; it is not read and the defaults are used']],
    );
  });

  it('reports a directory where the file should be, with the defaults', async () => {
    const file = teamConfigPath(root);
    fs.mkdirSync(file, { recursive: true });
    const loaded = await loadTeamConfig(nodeTrackerFiles(root));
    assert.equal(loaded.found, true);
    assert.deepEqual(loaded.config, DEFAULT_CONFIG);
    assert.deepEqual(
      loaded.problems.map((p) => [p.code, p.severity, p.message, p.line, p.column]),
      [['unreadable', 'error', 'The team config could not be read (it is a directory); the defaults are used', 0, 0]],
    );
  });
});
