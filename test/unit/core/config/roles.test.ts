import * as assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../../../src/core/config/defaults';
import { rolesOf, statusOf, workItems } from '../../../../src/core/config/roles';
import { anIssue } from '../../builders';

describe('roles', () => {
  it('puts an issue in every role whose label it carries, case-insensitively', () => {
    const issue = anIssue({ labels: ['Role:QA', 'role:code', 'bug'] });
    assert.deepEqual(rolesOf(issue, DEFAULT_CONFIG.roles), ['code', 'qa']);
  });

  it('puts an issue without role labels in Unassigned', () => {
    assert.deepEqual(rolesOf(anIssue({ labels: ['bug'] }), DEFAULT_CONFIG.roles), ['unassigned']);
  });

  it('reads blocker and verification flags from the configured labels', () => {
    const status = statusOf(anIssue({ state: 'closed', labels: ['blocker', 'needs-verification', 'verified'] }), DEFAULT_CONFIG);
    assert.equal(status.resolved, true);
    assert.equal(status.blocker, true);
    assert.equal(status.needsVerification, true);
    assert.equal(status.verified, true);
  });

  it('leaves the checklist and approval issues out of the work items', () => {
    const issues = [
      anIssue({ number: 1 }),
      anIssue({ number: 2, labels: ['release-checklist'] }),
      anIssue({ number: 3, labels: ['customer-approval'] }),
    ];
    assert.deepEqual(
      workItems(issues, DEFAULT_CONFIG).map((i) => i.number),
      [1],
    );
  });
});
