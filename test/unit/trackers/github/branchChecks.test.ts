import * as assert from 'node:assert/strict';
import { combineChecks } from '../../../../src/trackers/github/branchChecks';

const sha = 'a'.repeat(40);
const status = (state: string, context = 'ci/build') => ({ state, context, target_url: `https://ci/${context}` });
const run = (name: string, runStatus: string, conclusion: string | null) => ({
  name, status: runStatus, conclusion, head_sha: sha, html_url: `https://github.com/runs/${name}`,
});

describe('combineChecks', () => {
  it('is none without statuses or check runs, although GitHub calls that pending', () => {
    assert.deepEqual(combineChecks('main', { state: 'pending', sha, statuses: [] }, []), { branch: 'main', sha, state: 'none', failing: [] });
  });

  it('is success when every status and run passed (neutral and skipped count as passing)', () => {
    const checks = combineChecks('main', { sha, statuses: [status('success')] }, [run('lint', 'completed', 'success'), run('docs', 'completed', 'skipped'), run('n', 'completed', 'neutral')]);
    assert.equal(checks.state, 'success');
  });

  it('is pending while a run is in progress or a status is pending', () => {
    assert.equal(combineChecks('main', { sha, statuses: [status('success')] }, [run('test', 'in_progress', null)]).state, 'pending');
    assert.equal(combineChecks('main', { sha, statuses: [status('pending')] }, []).state, 'pending');
  });

  it('is failure when anything failed, and lists what failed', () => {
    const checks = combineChecks('main', { sha, statuses: [status('error', 'ci/deploy'), status('success')] }, [
      run('test', 'in_progress', null),
      run('e2e', 'completed', 'timed_out'),
      { name: 'lint', status: 'completed', conclusion: 'failure', details_url: 'https://ext/lint' },
    ]);
    assert.equal(checks.state, 'failure');
    assert.deepEqual(checks.failing, [
      { name: 'ci/deploy', url: 'https://ci/ci/deploy' },
      { name: 'e2e', url: 'https://github.com/runs/e2e' },
      { name: 'lint', url: 'https://ext/lint' },
    ]);
  });

  it('takes the sha from the check runs when the status body has none', () => {
    assert.equal(combineChecks('main', undefined, [run('x', 'completed', 'success')]).sha, sha);
  });
});
