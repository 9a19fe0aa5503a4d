import * as assert from 'node:assert/strict';
import { approvalIssueTitle, approvalRequestBody, reportFileName } from '../../../../src/core/report/approvalRequest';
import { reportToMarkdown } from '../../../../src/core/report/markdownExport';
import { buildReport } from '../../../../src/core/report/report';
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import { anIssue, aMilestone } from '../../builders';

describe('approval request', () => {
  const report = buildReport({
    data: { milestone: aMilestone({ title: 'v2 <b>' }), issues: [anIssue({ number: 1, title: 'Ship *it*' })], checklist: null, checks: null, fetchedAt: '2026-11-26T10:00:00Z' },
    config: DEFAULT_CONFIG,
    todos: null,
    approval: { status: 'none', issueNumber: null, url: null },
    now: new Date('2026-11-26T12:00:00Z'),
  });

  it('asks the customer to decide and carries the whole Markdown report', () => {
    const body = approvalRequestBody(report, 'ok`d');
    assert.ok(body.startsWith('**Please review this release and approve or decline it.**\n\nTo approve, add the label `ok\'d` or close'));
    assert.ok(body.endsWith(reportToMarkdown(report)));
  });

  it('titles the issue after the milestone on one line', () => {
    assert.equal(approvalIssueTitle('v1.4\nHoliday'), 'Customer approval: release v1.4 Holiday');
  });

  it('makes file names that are safe on every OS', () => {
    assert.equal(reportFileName('v1.4 — Holiday Checkout', 'md'), 'release-v1.4-Holiday-Checkout-report.md');
    assert.equal(reportFileName('../../etc/passwd', 'html'), 'release-etc-passwd-report.html');
    assert.equal(reportFileName('CON:<>|?*', 'md'), 'release-CON-report.md');
    assert.equal(reportFileName('🚀', 'md'), 'release-milestone-report.md');
  });
});
