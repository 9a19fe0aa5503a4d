import * as assert from 'node:assert/strict';
import { buildReport } from '../../../../src/core/report/report';
import { reportToText } from '../../../../src/core/criteria/verdictText';
import { anIssue, anOutside } from '../../builders';
import { hostileReports } from '../report/hostileReports';
import { aRelease, aTodo, anInput } from '../releaseBuilders';

describe('reportToText', () => {
  it('starts with the verdict and lists failing criteria with their items, then passed and skipped ones', () => {
    const data = aRelease({ issues: [anIssue({ number: 4, title: 'Crash on save' })], checks: null, outside: [anOutside({ number: 9, status: 'notFound' })] });
    const text = reportToText(buildReport(anInput({ data, todos: [aTodo({ refTo: 9, line: 41 })] })));
    const lines = text.split('\n');
    assert.equal(lines[0], 'NO-GO  v1.0: 0 of 1 work items resolved (0%), due 2026-12-15 (12 days left)');
    assert.deepEqual(lines.slice(2, 7), [
      'FAIL  All issues resolved: 1 of 1 issue still open.',
      '      #4 Crash on save  https://github.com/octo/repo/issues/4',
      'FAIL  No TODOs on closed or missing issues: 1 TODO references an issue the tracker does not have.',
      '      src/app.ts:42 (#9): tidy up',
      'PASS  No open blockers: No open blockers.',
    ]);
    assert.ok(lines.includes('SKIP  Checks green on the default branch: Not available for the local tracker.'));
  });

  it('lets no control character from the data reach the terminal', () => {
    for (const { report } of hostileReports()) {
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      assert.doesNotMatch(reportToText(report), /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    }
  });
});
