import * as assert from 'node:assert/strict';
import { outsideIssueFor, outsideRefs, unansweredRefs } from '../../../../src/core/references/outsideRefs';
import { anIssue, anOutside } from '../../builders';
import { aRelease, aTodo } from '../releaseBuilders';

describe('outsideRefs', () => {
  const data = aRelease({ issues: [anIssue({ number: 1 }), anIssue({ number: 2, state: 'closed' })] });
  const repository = { owner: 'octo', name: 'repo' };

  it('asks once per distinct issue the milestone does not hold, in the order first referenced', () => {
    const todos = [50, 1, 60, 50, 2, 'Octo/Repo#60', 'octo/repo#1', 'acme/tools#3', 'ACME/tools#3', null].map((refTo) => aTodo(refTo === null ? {} : { refTo }));
    assert.deepEqual(outsideRefs(todos, data, repository), [{ number: 50 }, { number: 60 }, { number: 3, owner: 'acme', repo: 'tools' }]);
  });

  it('keeps a URL reference\'s host so the tracker can refuse another GitHub\'s', () => {
    const todo = aTodo({ ref: { number: 4, owner: 'a', repo: 'b', host: 'ghe.example.com', raw: 'https://ghe.example.com/a/b/issues/4' } });
    assert.deepEqual(outsideRefs([todo], data, repository), [{ number: 4, owner: 'a', repo: 'b', host: 'ghe.example.com' }]);
  });

  it('finds the answer for a reference again, and which references have none yet', () => {
    const answered = aRelease({ ...data, outside: [anOutside({ number: 50 }), anOutside({ repository: 'acme/tools', number: 3, status: 'closed' })] });
    assert.equal(outsideIssueFor(answered, { number: 50, raw: '#50' }, repository)?.status, 'open');
    assert.equal(outsideIssueFor(answered, { number: 50, owner: 'OCTO', repo: 'repo', raw: 'OCTO/repo#50' }, repository)?.status, 'open');
    assert.equal(outsideIssueFor(answered, { number: 3, owner: 'Acme', repo: 'Tools', raw: 'Acme/Tools#3' }, repository)?.status, 'closed');
    assert.equal(outsideIssueFor(answered, { number: 3, raw: '#3' }, repository), null);
    assert.equal(outsideIssueFor(data, { number: 50, raw: '#50' }, repository), null);
    assert.deepEqual(unansweredRefs([{ number: 50 }, { number: 51 }, { number: 3, owner: 'acme', repo: 'tools' }], answered), [{ number: 51 }]);
  });
});
