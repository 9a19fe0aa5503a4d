// The chat surface inside a real VS Code (code-server): the language-model tools through vscode.lm, on the same
// GitHub state (the emulator) as the CLI, before and after a write through release_mark_resolved. code-server
// has no chat model (no Copilot), so `@release` itself is checked at the manifest and registration level in
// activation.test.ts, and its answers in the unit tests of src/core/chat/.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StatusResult } from '../../../src/core/chat/toolResults';
import type { ReleaseReadinessApi } from '../../../src/extension';
import { EmulatorControl, extensionApi, waitFor } from '../emulatorControl';
import { useTracker, waitForRelease } from '../issuesTreeReader';
import { MILESTONE, OWNER, REPO, REPO_PATH, rrFixtureSeed } from '../rrFixtureSeed';

const TOOLS = ['release_status', 'release_blockers', 'release_todos', 'release_mark_resolved'];

interface CliJson {
  verdict: 'GO' | 'NO-GO';
  criteria: { id: string; title: string; passed: boolean; skipped: boolean; reason: string; items: unknown[] }[];
  roles: { role: string; resolved: number; verified: number; total: number; open: number }[];
}

async function invoke(name: string, input: object): Promise<unknown> {
  const result = await vscode.lm.invokeTool(name, { input, toolInvocationToken: undefined });
  assert.equal(result.content.length, 1, `${name} returns one part`);
  const part = result.content[0];
  assert.ok(part instanceof vscode.LanguageModelTextPart, `${name} returns text`);
  return JSON.parse(part.value);
}

describe('chat tools', function () {
  this.timeout(90_000);
  let api: ReleaseReadinessApi;
  let emulator: EmulatorControl;
  let extensionPath: string;

  /** `release-readiness check --format json` (dist/cli.js) on the workspace and the emulator's GitHub. */
  function cliCheck(): Promise<CliJson> {
    const cli = path.join(extensionPath, 'dist', 'cli.js');
    const args = [cli, 'check', '--tracker', 'github', '--repo', `${OWNER}/${REPO}`, '--milestone', MILESTONE, '--format', 'json'];
    const env = { ...process.env, GITHUB_API_URL: emulator.url, GH_TOKEN: process.env.GH_TOKEN ?? 'rr-test-token', ELECTRON_RUN_AS_NODE: '1' };
    return new Promise((resolve, reject) => {
      execFile(process.execPath, args, { cwd: api.services.folder()!.uri.fsPath, env, timeout: 60_000 }, (error, stdout, stderr) => {
        // Exit 1 is NO-GO, a verdict, not a failure.
        if (error && error.code !== 1) reject(new Error(`CLI failed (${String(error.code)}): ${stderr}`));
        else resolve(JSON.parse(stdout) as CliJson);
      });
    });
  }

  /** The tool's verdict, failing criteria (id, reason, items) and roles equal the CLI's. */
  async function assertToolEqualsCli(): Promise<StatusResult> {
    const tool = (await invoke('release_status', {})) as StatusResult;
    const cli = await cliCheck();
    assert.equal(tool.verdict, cli.verdict);
    const failing = cli.criteria.filter((c) => !c.passed && !c.skipped);
    assert.deepEqual(
      tool.failing.map((c) => ({ id: c.id, title: c.title, reason: c.reason, items: c.items })),
      failing.map((c) => ({ id: c.id, title: c.title, reason: c.reason, items: c.items })),
    );
    assert.deepEqual(tool.passed, cli.criteria.filter((c) => c.passed && !c.skipped).map((c) => c.id));
    assert.deepEqual(tool.roles, cli.roles.map((r) => ({ role: r.role, resolved: r.resolved, verified: r.verified, total: r.total, open: r.open })));
    return tool;
  }

  const writes = async () => (await emulator.requests()).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

  before(async function () {
    if (!process.env.RR_EMULATOR_URL) this.skip();
    api = await extensionApi();
    extensionPath = vscode.extensions.getExtension('release-readiness.release-readiness')!.extensionPath;
    emulator = EmulatorControl.fromEnvironment();
    await emulator.seed(rrFixtureSeed());
    await emulator.clearFaults();
    await useTracker(api, 'github');
    await vscode.commands.executeCommand('releaseReadiness.selectMilestone', MILESTONE);
    await waitForRelease(api, 'github', MILESTONE);
    await waitFor(() => api.services.report()?.todos != null, 'the TODO scan');
  });

  after(async () => {
    await emulator?.clearFaults();
    if (api) await useTracker(api, 'local');
  });

  it('lists the four tools in vscode.lm.tools with the manifest descriptions and input schemas', () => {
    const manifest = vscode.extensions.getExtension('release-readiness.release-readiness')!.packageJSON.contributes.languageModelTools as {
      name: string;
      modelDescription: string;
      inputSchema: object;
    }[];
    const listed = vscode.lm.tools.filter((t) => t.name.startsWith('release_'));
    assert.deepEqual(listed.map((t) => t.name).sort(), [...TOOLS].sort());
    for (const tool of listed) {
      const declared = manifest.find((m) => m.name === tool.name)!;
      assert.equal(tool.description, declared.modelDescription);
      assert.deepEqual(tool.inputSchema, declared.inputSchema);
    }
  });

  it('release_status gives the same verdict, failing criteria and roles as the CLI on the same GitHub state', async () => {
    const status = await assertToolEqualsCli();
    assert.equal(status.verdict, 'NO-GO');
    assert.equal(status.milestone, MILESTONE);
    assert.deepEqual(status.readiness, { resolved: 6, total: 20, percent: 30 });
    assert.ok(status.failing.some((c) => c.id === 'noOpenBlockers' && c.items.some((i) => i.kind === 'issue' && i.number === 5)));
  });

  it('release_blockers and release_todos answer from the same report', async () => {
    const blockers = (await invoke('release_blockers', { role: 'Programmer' })) as { openBlockers: { items: { number: number }[] }; openWorkByRole: { role: string; count: number }[] };
    assert.deepEqual(blockers.openBlockers.items.map((i) => i.number), [5]);
    assert.deepEqual(blockers.openWorkByRole.map((r) => [r.role, r.count]), [['Programmer', 7]]);
    const todos = (await invoke('release_todos', { path: 'src/**' })) as { path: string; onClosedOrMissingIssues: { checked: boolean } };
    assert.equal(todos.path, 'src/**');
    const report = api.services.report()!;
    const expected = report.criteria.find((c) => c.id === 'noTodoOnClosedOrMissing')!;
    assert.equal(todos.onClosedOrMissingIssues.checked, !expected.skipped);
  });

  it('release_mark_resolved closes the issue on GitHub exactly once, with the comment; the verdict still equals the CLI', async () => {
    await emulator.clearRequests();
    const result = (await invoke('release_mark_resolved', { issue: 5, comment: 'Fixed in abc1234' })) as { issue: number; state: string; changed: boolean };
    assert.deepEqual([result.issue, result.state, result.changed], [5, 'closed', true]);
    assert.deepEqual(await writes(), [`POST ${REPO_PATH}/issues/5/comments`, `PATCH ${REPO_PATH}/issues/5`]);
    const onGitHub = await emulator.issue(OWNER, REPO, 5);
    assert.equal(onGitHub.state, 'closed');
    assert.deepEqual(onGitHub.comments?.map((c) => c.body), ['Fixed in abc1234']);
    assert.equal(api.services.store.issue(5)?.state, 'closed');
    const status = await assertToolEqualsCli();
    assert.ok(!status.failing.some((c) => c.id === 'noOpenBlockers'), 'the only blocker is resolved');

    // Again: already resolved, so nothing is sent.
    await emulator.clearRequests();
    const again = (await invoke('release_mark_resolved', { issue: 5 })) as { changed: boolean };
    assert.equal(again.changed, false);
    assert.deepEqual(await writes(), []);
  });

  it('release_mark_resolved: an issue the milestone lacks is refused; a tracker failure rejects and rolls back', async () => {
    await emulator.clearRequests();
    await assert.rejects(Promise.resolve(invoke('release_mark_resolved', { issue: 999 })), /no issue #999/);
    assert.deepEqual(await writes(), []);

    await emulator.injectFault({ kind: 'serverError', status: 500, count: 20, match: `PATCH ${REPO_PATH}/issues/12` });
    await assert.rejects(Promise.resolve(invoke('release_mark_resolved', { issue: 12 })));
    await emulator.clearFaults();
    assert.equal(api.services.store.issue(12)?.state, 'open', 'rolled back');
    assert.equal((await emulator.issue(OWNER, REPO, 12)).state, 'open');
    await assertToolEqualsCli();
  });
});
