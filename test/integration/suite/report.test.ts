// The progress report surface inside a real VS Code: one panel, the criteria check, exports with arguments, and
// the customer approval commands on the local tracker and on GitHub (the emulator).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { waitFor } from '../emulatorControl';
import type { CriteriaResult } from '../../../src/core/criteria/criteria';
import { reportToHtml } from '../../../src/core/report/htmlExport';
import { reportToMarkdown } from '../../../src/core/report/markdownExport';
import type { Issue } from '../../../src/core/model';
import type { ReleaseReadinessApi } from '../../../src/extension';
import type { Services } from '../../../src/services';

const EXTENSION_ID = 'release-readiness.release-readiness';
const REPORT_VIEW_TYPE = 'releaseReadiness.report';


function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(REPORT_VIEW_TYPE));
}

async function emulator(route: string, method = 'GET', body?: unknown): Promise<unknown> {
  const response = await fetch(`${process.env.RR_EMULATOR_URL}${route}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

describe('progress report', function () {
  this.timeout(60000);
  let services: Services;
  let issuesFile: string;
  let issuesText: string;

  before(async () => {
    const extension = vscode.extensions.getExtension<ReleaseReadinessApi>(EXTENSION_ID)!;
    services = (await extension.activate()).services;
    await waitFor(() => services.store.current.phase === 'ready' && services.store.current.data?.milestone.title === 'v1.4 — Holiday Checkout', 'the fixture release');
    issuesFile = path.join(services.folder()!.uri.fsPath, '.release', 'issues.json');
    issuesText = fs.readFileSync(issuesFile, 'utf8');
  });

  after(async () => {
    for (const tab of reportTabs()) await vscode.window.tabGroups.close(tab);
  });

  it('opens exactly one report panel; a second call reveals it', async () => {
    await vscode.commands.executeCommand('releaseReadiness.openReport');
    await waitFor(() => reportTabs().length === 1, 'the report tab');
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    await vscode.commands.executeCommand('releaseReadiness.openReport');
    await waitFor(() => reportTabs()[0]?.isActive, 'the report tab to be active again');
    assert.equal(reportTabs().length, 1);
    // The title follows the report: "Release Report" until the data is there.
    await waitFor(() => reportTabs()[0]?.label === 'Release v1.4 — Holiday Checkout: NO-GO', 'the verdict in the title');
    const untitled = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'untitled');
    for (const tab of untitled) await vscode.window.tabGroups.close(tab, true);
  });

  it('closing the panel clears it: the next call creates a new one', async () => {
    await vscode.commands.executeCommand('releaseReadiness.openReport');
    await vscode.window.tabGroups.close(await waitFor(() => reportTabs()[0], 'the report tab'));
    await waitFor(() => reportTabs().length === 0, 'no report tab');
    await vscode.commands.executeCommand('releaseReadiness.openReport');
    await waitFor(() => reportTabs().length === 1, 'a new report tab');
  });

  it('checkCriteria returns NO-GO on the fixture with the failing criteria first', async () => {
    const result = await vscode.commands.executeCommand<CriteriaResult>('releaseReadiness.checkCriteria');
    assert.equal(result.verdict, 'NO-GO');
    const failing = result.criteria.filter((c) => !c.passed && !c.skipped).map((c) => c.id);
    // The TODO criteria depend on the fixture's source files; the tracker-data criteria do not.
    assert.deepEqual(
      failing.filter((id) => !id.includes('Todo')),
      ['allResolved', 'noOpenBlockers', 'verified', 'checklistComplete', 'customerApproval'],
    );
    assert.deepEqual(result.criteria.slice(0, failing.length).map((c) => c.id), failing, 'failing criteria come first');
    assert.deepEqual(result.criteria.map((c) => c.id), services.report()!.criteria.map((c) => c.id));
    const blockers = result.criteria.find((c) => c.id === 'noOpenBlockers')!;
    assert.deepEqual(blockers.items.map((i) => (i.kind === 'issue' ? i.number : null)), [16, 17]);
  });

  it('exports Markdown and HTML to the file named by the arguments, without asking', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rr-export-'));
    try {
      const md = vscode.Uri.file(path.join(dir, 'report.md'));
      const result = await vscode.commands.executeCommand('releaseReadiness.exportReport', { format: 'markdown', target: md.toString() });
      assert.deepEqual(result, { format: 'markdown', target: md.toString() });
      const markdown = fs.readFileSync(md.fsPath, 'utf8');
      assert.equal(markdown, reportToMarkdown(services.report()!));
      assert.match(markdown, /^# ⛔ NO-GO: release v1\.4 — Holiday Checkout\n/);

      const htmlPath = path.join(dir, 'report.html');
      await vscode.commands.executeCommand('releaseReadiness.exportReport', { format: 'html', target: htmlPath });
      const html = fs.readFileSync(htmlPath, 'utf8');
      assert.equal(html, reportToHtml(services.report()!));
      assert.match(html, /<span class="verdict nogo">NO-GO<\/span>/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an export with arguments but no target instead of prompting', async () => {
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('releaseReadiness.exportReport', { format: 'html' })), /needs \{ target: uri \}/);
  });

  describe('customer approval on the local tracker', () => {
    afterEach(async () => {
      fs.writeFileSync(issuesFile, issuesText);
      await services.store.refresh();
    });

    it('requestApproval refreshes the open request, recordApproval approves and declines', async () => {
      assert.deepEqual(services.approval(), { status: 'requested', issueNumber: 48, url: null });
      const request = await vscode.commands.executeCommand<Issue>('releaseReadiness.requestApproval');
      assert.equal(request.number, 48);
      assert.match(request.body, /^\*\*Please review this release and approve or decline it\.\*\*/);
      assert.match(request.body, /# ⛔ NO-GO: release v1\.4 — Holiday Checkout/);

      const approved = await vscode.commands.executeCommand<Issue>('releaseReadiness.recordApproval', { decision: 'approved', note: 'Priya: go ahead.' });
      assert.ok(approved.labels.includes('approved'));
      assert.equal(services.approval().status, 'approved');
      const tracker = services.store.currentTracker!;
      assert.equal((await tracker.listComments(48)).at(-1)?.body, 'Priya: go ahead.');
      assert.equal(services.report()!.criteria.find((c) => c.id === 'customerApproval')!.passed, true);

      const declined = await vscode.commands.executeCommand<Issue>('releaseReadiness.recordApproval', 48, { decision: 'declined', note: 'Not before the blockers are fixed.' });
      assert.equal(declined.state, 'closed');
      assert.equal(declined.stateReason, 'not_planned');
      assert.ok(!declined.labels.includes('approved'));
      assert.deepEqual(services.approval(), { status: 'declined', issueNumber: 48, url: null });
    });

    it('exportReport posts the Markdown report as a comment on the issue named by the arguments', async () => {
      const result = await vscode.commands.executeCommand('releaseReadiness.exportReport', { format: 'comment', issue: 48 });
      assert.deepEqual(result, { format: 'comment', target: '#48' });
      const comments = await services.store.currentTracker!.listComments(48);
      assert.equal(comments.at(-1)?.body, reportToMarkdown(services.report()!));
    });

    it('requestApproval after a decline opens a new approval issue in the milestone', async () => {
      await vscode.commands.executeCommand('releaseReadiness.recordApproval', { decision: 'declined' });
      const created = await vscode.commands.executeCommand<Issue>('releaseReadiness.requestApproval');
      assert.ok(created.number > 48);
      assert.deepEqual(created.labels, ['customer-approval']);
      assert.equal(created.milestone, 'v1.4 — Holiday Checkout');
      assert.equal(created.title, 'Customer approval: release v1.4 — Holiday Checkout');
      assert.deepEqual(services.approval(), { status: 'requested', issueNumber: created.number, url: null });
    });
  });

  describe('customer approval on GitHub', () => {
    const repo = '/repos/octo/rr-fixture';
    const settings = () => vscode.workspace.getConfiguration('releaseReadiness');

    before(async function () {
      if (!process.env.RR_EMULATOR_URL) this.skip();
      // github.apiUrl is machine-scoped, and under code-server (a remote) VS Code reads machine settings from the
      // server's Machine settings, not the User settings.json the harness writes: set it where it is read, before
      // the tracker switches, so no request ever goes to the real api.github.com.
      if (settings().inspect('github.apiUrl')?.globalValue !== process.env.RR_EMULATOR_URL) {
        await settings().update('github.apiUrl', process.env.RR_EMULATOR_URL, vscode.ConfigurationTarget.Global);
      }
      await waitFor(() => services.settings().apiUrl === process.env.RR_EMULATOR_URL, 'the emulator API URL');
      await emulator('/_emulator/seed', 'POST', {
        repos: [
          {
            owner: 'octo',
            name: 'rr-fixture',
            milestones: [{ title: 'v2.0', due_on: '2026-12-20T00:00:00Z' }],
            issues: [
              { number: 1, title: 'Checkout', labels: ['role:code'], milestone: 'v2.0' },
              { number: 2, title: 'Customer approval: release v2.0', labels: ['customer-approval'], milestone: 'v2.0' },
            ],
          },
        ],
      });
      await settings().update('tracker', 'github', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => services.store.current.tracker?.kind === 'github' && services.store.current.data?.milestone.title === 'v2.0', 'the GitHub release', 30000);
    });

    after(async () => {
      await settings().update('tracker', 'local', vscode.ConfigurationTarget.Workspace);
      await waitFor(() => services.store.current.tracker?.kind === 'local' && services.store.current.data?.milestone.title === 'v1.4 — Holiday Checkout', 'the local release again', 30000);
    });

    interface Recorded {
      method: string;
      path: string;
      body: unknown;
    }
    async function writes(): Promise<string[]> {
      const recorded = (await emulator('/_emulator/requests')) as Recorded[];
      return recorded.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${decodeURIComponent(r.path.split('?')[0])} ${JSON.stringify(r.body)}`);
    }

    it('recordApproval approved: one comment with the note, then the approved label', async () => {
      await emulator('/_emulator/requests', 'DELETE');
      await vscode.commands.executeCommand('releaseReadiness.recordApproval', { decision: 'approved', note: 'OK from Priya' });
      assert.deepEqual(await writes(), [`POST ${repo}/issues/2/comments {"body":"OK from Priya"}`, `POST ${repo}/issues/2/labels {"labels":["approved"]}`]);
      assert.equal(services.approval().status, 'approved');
    });

    it('recordApproval declined: the approved label goes, then the issue closes as not planned with the note', async () => {
      await emulator('/_emulator/requests', 'DELETE');
      await vscode.commands.executeCommand('releaseReadiness.recordApproval', { decision: 'declined', note: 'Blockers first' });
      assert.deepEqual(await writes(), [
        `DELETE ${repo}/issues/2/labels/approved undefined`,
        `POST ${repo}/issues/2/comments {"body":"Blockers first"}`,
        `PATCH ${repo}/issues/2 {"state":"closed","state_reason":"not_planned"}`,
      ]);
      assert.equal(services.approval().status, 'declined');
    });
  });
});
