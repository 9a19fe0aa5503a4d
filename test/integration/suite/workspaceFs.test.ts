// The browser host's file access, run here in the Node extension host where the disk answers can be compared:
// TrackerFiles on workspace.fs against node:fs, and the workspace.fs TODO scan (findFiles, .gitignore, slices)
// against the worker-thread scan of the same folder.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { todoExcludes } from '../../../src/codelens/todoWorkspaceScan';
import { scanWithWorkspaceFs } from '../../../src/codelens/todoWorkspaceFsScan';
import { workspaceFsFiles } from '../../../src/platform/workspaceFsFiles';
import { nodePlatform } from '../../../src/platform/nodePlatform';
import type { TodoScanRequest } from '../../../src/release/hostPlatform';
import { FileAccessError, reasonText } from '../../../src/trackers/trackerFiles';
import { extensionApi } from '../emulatorControl';

describe('workspace.fs (the browser host’s file access)', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-wsfs-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads, stats and writes tracker files like node:fs, creating .release/', async () => {
    const files = workspaceFsFiles(vscode.Uri.file(dir));
    assert.equal(await files.readText('.release/issues.json'), null);
    assert.equal(await files.stat('.release/issues.json'), null);
    await files.write('.release/issues.json', '{ "milestones": [] }\n');
    assert.equal(fs.readFileSync(path.join(dir, '.release', 'issues.json'), 'utf8'), '{ "milestones": [] }\n');
    assert.equal(await files.readText('.release/issues.json'), '{ "milestones": [] }\n');
    assert.deepEqual(await files.stat('.release/issues.json'), { size: 21, directory: false });
    assert.deepEqual(await files.stat('.release'), { size: (await files.stat('.release'))!.size, directory: true });
  });

  it('leaves the file as it was when the precondition refuses the write', async () => {
    const files = workspaceFsFiles(vscode.Uri.file(dir));
    await files.write('a.json', 'old');
    await assert.rejects(files.write('a.json', 'new', { precondition: () => Promise.reject(new Error('changed meanwhile')) }), /changed meanwhile/);
    assert.equal(fs.readFileSync(path.join(dir, 'a.json'), 'utf8'), 'old');
  });

  it('refuses a write on a read-only file system in words, without calling the provider', async () => {
    // A read-only file system, as a virtual workspace may be: reads work, writes must not be tried.
    const text = new TextEncoder().encode('{}');
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: () => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: text.length }),
      readDirectory: () => [],
      createDirectory: () => assert.fail('createDirectory on a read-only file system'),
      readFile: () => text,
      writeFile: () => assert.fail('writeFile on a read-only file system'),
      delete: () => assert.fail('delete on a read-only file system'),
      rename: () => assert.fail('rename on a read-only file system'),
    };
    const registration = vscode.workspace.registerFileSystemProvider('rr-readonly', provider, { isReadonly: true });
    try {
      const files = workspaceFsFiles(vscode.Uri.parse('rr-readonly:/repo'));
      assert.equal(await files.readText('.release/issues.json'), '{}');
      const error = await files.write('.release/issues.json', '[]').then(() => null, (e: unknown) => e);
      assert.ok(error instanceof FileAccessError && error.reason === 'readOnly', String(error));
      assert.match(reasonText(error), /read-only/);
    } finally {
      registration.dispose();
    }
  });

  it('says "it is a directory" rather than failing obscurely when a folder is in the way', async () => {
    fs.mkdirSync(path.join(dir, '.release', 'issues.json'), { recursive: true });
    const error = await workspaceFsFiles(vscode.Uri.file(dir)).readText('.release/issues.json').then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error instanceof FileAccessError, String(error));
  });

  it('finds the same TODOs through findFiles + workspace.fs as the worker-thread scan of the disk', async () => {
    const api = await extensionApi();
    const folder = api.services.folder()!;
    const settings = api.services.settings();
    const source = new vscode.CancellationTokenSource();
    const request: TodoScanRequest = {
      folder,
      tags: settings.todoTags,
      exclude: todoExcludes(folder, settings),
      maxFileSize: 1024 * 1024,
      token: source.token,
      onProgress: () => undefined,
    };
    // A nested .gitignore, a binary file and an oversized file next to the fixture's TODOs.
    const probe = path.join(folder.uri.fsPath, 'rr-scan-probe');
    fs.mkdirSync(probe, { recursive: true });
    fs.writeFileSync(path.join(probe, '.gitignore'), 'skipped.ts\n');
    fs.writeFileSync(path.join(probe, 'kept.ts'), '// TODO(#12): kept by the scan\n');
    fs.writeFileSync(path.join(probe, 'skipped.ts'), '// TODO(#12): ignored by .gitignore\n');
    fs.writeFileSync(path.join(probe, 'binary.ts'), Buffer.from('// TODO: not text\n\0\0'));
    fs.writeFileSync(path.join(probe, 'huge.ts'), `// TODO: too large\n${'x'.repeat(1024 * 1024)}`);
    try {
      const progress: number[] = [];
      const viaWorkspaceFs = await scanWithWorkspaceFs({ ...request, onProgress: (n) => progress.push(n) });
      const viaDisk = await nodePlatform().diskTodoScan!(request);
      assert.ok(viaDisk.length >= 5, `the fixture has TODOs (found ${viaDisk.length})`);
      assert.deepEqual(viaWorkspaceFs, viaDisk);
      assert.deepEqual(viaWorkspaceFs.filter((t) => t.file.startsWith('rr-scan-probe/')).map((t) => t.file), ['rr-scan-probe/kept.ts']);
      assert.ok(progress.length > 0 && progress.at(-1)! > 0, 'progress was reported');
    } finally {
      fs.rmSync(probe, { recursive: true, force: true });
    }
  });

  it('stops a cancelled workspace.fs scan', async () => {
    const api = await extensionApi();
    const folder = api.services.folder()!;
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    await assert.rejects(
      scanWithWorkspaceFs({ folder, tags: ['TODO'], exclude: [], maxFileSize: 1024 * 1024, token: source.token, onProgress: () => undefined }),
      (error: Error) => error.name === 'AbortError',
    );
  });
});
