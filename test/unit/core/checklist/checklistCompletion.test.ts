import * as assert from 'node:assert/strict';
import { changelogHeadingFor } from '../../../../src/core/checklist/changelog';
import {
  applyCompletion,
  evaluateCheck,
  evaluateCompletion,
  type CompletionFacts,
} from '../../../../src/core/checklist/checklistCompletion';
import type { BranchChecks } from '../../../../src/core/model';
import { parseTaskList } from '../../../../src/core/checklist/taskList';

const GREEN: BranchChecks = { branch: 'main', sha: 'abc', state: 'success', failing: [] };

function facts(fields: Partial<CompletionFacts> = {}): CompletionFacts {
  return {
    untrackedTodos: 0,
    todosOnClosedOrMissing: 0,
    openIssues: 0,
    checks: GREEN,
    packageVersion: '1.3.0',
    latestTag: 'v1.2.3',
    changelog: '# Changelog\n\n## [1.3.0] - 2026-11-01\n- Added things\n\n## [1.2.3]\n',
    ...fields,
  };
}

const BODY = [
  '## Programmer',
  '',
  '- [ ] All milestone issues resolved <!-- rr:check=allIssuesResolved -->',
  '- [ ] No untracked TODOs <!-- rr:check=noUntrackedTodos -->\t',
  '- [x] No TODOs reference closed issues <!-- rr:check=noTodosOnClosedIssues -->',
  '- [ ] Checks green on the default branch <!-- rr:check=checksGreen -->',
  '- [ ] Version bumped in package.json <!-- rr:check=versionBumped -->',
  '- [ ] CHANGELOG entry for the new version <!-- rr:check=changelogEntry -->',
  '- [ ] Code review done',
  '',
].join('\r\n');

describe('checklist completion', () => {
  describe('evaluateCheck', () => {
    it('counts TODOs and open issues', () => {
      assert.deepEqual(evaluateCheck('noUntrackedTodos', facts({ untrackedTodos: 3 })), { passed: false, verifiable: true, reason: '3 untracked TODOs' });
      assert.deepEqual(evaluateCheck('noUntrackedTodos', facts()), { passed: true, verifiable: true, reason: 'no untracked TODOs' });
      assert.equal(evaluateCheck('noTodosOnClosedIssues', facts({ todosOnClosedOrMissing: 1 })).reason, '1 TODO referencing a closed or missing issue');
      assert.equal(evaluateCheck('noTodosOnClosedIssues', facts({ todosOnClosedOrMissing: 2 })).reason, '2 TODOs referencing closed or missing issues');
      assert.equal(evaluateCheck('allIssuesResolved', facts({ openIssues: 1 })).reason, '1 open issue');
      assert.equal(evaluateCheck('noTodosOnClosedIssues', facts()).passed, true);
      assert.equal(evaluateCheck('allIssuesResolved', facts({ openIssues: 2 })).reason, '2 open issues');
      assert.equal(evaluateCheck('allIssuesResolved', facts()).passed, true);
    });

    it('leaves the TODO checks undecided while the TODO scan has not finished', () => {
      const unknown = facts({ untrackedTodos: null, todosOnClosedOrMissing: null });
      assert.deepEqual(evaluateCheck('noUntrackedTodos', unknown), { passed: false, verifiable: false, reason: 'not verifiable yet: the TODO scan has not finished' });
      assert.equal(evaluateCheck('noTodosOnClosedIssues', unknown).verifiable, false);
      assert.equal(evaluateCheck('allIssuesResolved', unknown).passed, true);
    });

    it('reads CI checks', () => {
      assert.equal(evaluateCheck('checksGreen', facts()).passed, true);
      assert.deepEqual(evaluateCheck('checksGreen', facts({ checks: null })), { passed: false, verifiable: false, reason: 'no CI checks (local tracker)' });
      const failing: BranchChecks = { ...GREEN, state: 'failure', failing: [{ name: 'build', url: null }, { name: 'lint', url: null }] };
      assert.equal(evaluateCheck('checksGreen', facts({ checks: failing })).reason, 'failing on main: build, lint');
      assert.equal(evaluateCheck('checksGreen', facts({ checks: { ...GREEN, state: 'pending' } })).passed, false);
      assert.equal(evaluateCheck('checksGreen', facts({ checks: { ...GREEN, state: 'none' } })).verifiable, false);
    });

    it('compares the package version with the latest tag', () => {
      const bumped = (packageVersion: string | null, latestTag: string | null | undefined) => evaluateCheck('versionBumped', facts({ packageVersion, latestTag }));
      assert.equal(bumped('1.3.0', 'v1.2.3').passed, true);
      assert.equal(bumped('1.2.10', '1.2.9').passed, true);
      assert.equal(bumped('1.2.3', 'v1.2.3').passed, false);
      assert.equal(bumped('1.2.3', 'v1.2.3').reason, 'package.json still says 1.2.3, already tagged v1.2.3');
      assert.equal(bumped('1.2.0', 'v1.2.3').passed, false);
      assert.equal(bumped('2.0.0-rc.1', 'v1.9.0').passed, true, 'a prerelease of the next version is a bump');
      assert.equal(bumped('2.0.0-rc.2', 'v2.0.0-rc.1').passed, true);
      assert.equal(bumped('2.0.0', 'v2.0.0-rc.2').passed, true, 'the release after its prerelease');
      assert.equal(bumped('2.0.0-rc.1', 'v2.0.0').passed, false, 'a prerelease of a released version');
      assert.equal(bumped('1.2.3+build.2', 'v1.2.3+build.1').passed, false, 'build metadata is no bump');
      assert.equal(bumped('1.0.0', null).passed, true, 'first release');
      assert.deepEqual(bumped('1.0.0', undefined), { passed: false, verifiable: false, reason: 'the release tags cannot be read in this workspace (no .git, as on github.dev)' });
      assert.deepEqual(bumped(null, 'v1.0.0'), { passed: false, verifiable: false, reason: 'no version in package.json' });
      assert.equal(bumped('1.0', 'v1.0.0').verifiable, true);
      assert.equal(bumped('1.0', 'v1.0.0').passed, false);
      assert.equal(bumped('1.0.1', 'nightly').verifiable, false);
    });

    it('looks for a CHANGELOG heading with the version', () => {
      const entry = (changelog: string | null, packageVersion: string | null = '1.3.0') =>
        evaluateCheck('changelogEntry', facts({ changelog, packageVersion }));
      assert.deepEqual(entry('## [1.3.0] - 2026-11-01'), { passed: true, verifiable: true, reason: 'CHANGELOG has "[1.3.0] - 2026-11-01"' });
      assert.equal(entry('## 1.3.0 - 2026-11-01').passed, true);
      assert.equal(entry('# v1.3.0').passed, true);
      assert.equal(entry('Release 1.3.0\n-------------').passed, true, 'setext heading');
      assert.equal(entry('## [Unreleased]\n- 1.3.0 is coming').passed, false, 'not in a heading');
      assert.equal(entry('## [1.3.0-rc.1]').passed, false);
      assert.equal(entry('## [11.3.0]').passed, false);
      assert.equal(entry('## [1.3.0.1]').passed, false);
      assert.equal(entry('```\n## 1.3.0\n```').passed, false, 'heading in a code block');
      assert.equal(entry('## [2.0.0-beta.1]', '2.0.0-beta.1+sha.5').passed, true);
      assert.deepEqual(entry(null), { passed: false, verifiable: true, reason: 'no CHANGELOG' });
      assert.equal(entry('## 1.3.0', null).verifiable, false);
    });

    it('finds the first matching heading', () => {
      assert.equal(changelogHeadingFor('# Changelog\n## 1.2.0\n## 1.3.0 (2026-11-01)\n', '1.3.0'), '1.3.0 (2026-11-01)');
      assert.equal(changelogHeadingFor('# Changelog\n', '1.3.0'), null);
    });
  });

  describe('evaluateCompletion', () => {
    it('evaluates only the items that declare a check, in order', () => {
      const results = evaluateCompletion(parseTaskList(BODY), facts({ untrackedTodos: 2, checks: null }));
      assert.deepEqual(
        results.map((r) => [r.check, r.passed]),
        [
          ['allIssuesResolved', true],
          ['noUntrackedTodos', false],
          ['noTodosOnClosedIssues', true],
          ['checksGreen', false],
          ['versionBumped', true],
          ['changelogEntry', true],
        ],
      );
    });
  });

  describe('applyCompletion', () => {
    it('ticks passing items only, byte-identical elsewhere, and summarises', () => {
      const results = evaluateCompletion(parseTaskList(BODY), facts({ untrackedTodos: 2, checks: null }));
      const outcome = applyCompletion(BODY, results);
      let expected = BODY;
      for (const text of ['All milestone issues resolved', 'Version bumped', 'CHANGELOG entry']) {
        const at = expected.indexOf(`[ ] ${text}`) + 1;
        expected = expected.slice(0, at) + 'x' + expected.slice(at + 1);
      }
      assert.equal(outcome.body, expected);
      assert.equal(outcome.changed, true);
      assert.deepEqual([outcome.done, outcome.total], [4, 6]);
      assert.deepEqual(outcome.ticked.map((i) => i.text), ['All milestone issues resolved', 'Version bumped in package.json', 'CHANGELOG entry for the new version']);
      assert.equal(
        outcome.summary,
        '4 of 6 verifiable items ticked; 2 left: No untracked TODOs (2 untracked TODOs); Checks green on the default branch (no CI checks (local tracker)).',
      );
    });

    it('never unticks a manually ticked item whose check fails, and says so', () => {
      const results = evaluateCompletion(parseTaskList(BODY), facts({ todosOnClosedOrMissing: 1 }));
      const outcome = applyCompletion(BODY, results);
      assert.match(outcome.body, /- \[x\] No TODOs reference closed issues/);
      assert.equal(outcome.tickedByHand.length, 1);
      assert.deepEqual([outcome.done, outcome.total], [6, 6]);
      assert.match(outcome.summary, /^6 of 6 verifiable items ticked\. Ticked by hand although the check fails: No TODOs reference closed issues \(1 TODO referencing a closed or missing issue\)\.$/);
    });

    it('changes nothing when everything passing is already ticked', () => {
      const all = BODY.replace(/\[ \]/g, '[x]');
      const outcome = applyCompletion(all, evaluateCompletion(parseTaskList(all), facts()));
      assert.equal(outcome.body, all);
      assert.equal(outcome.changed, false);
      assert.deepEqual(outcome.ticked, []);
    });

    it('applies to a fresher body and reports items that vanished meanwhile', () => {
      const results = evaluateCompletion(parseTaskList(BODY), facts());
      const fresh = `New intro line\r\n${BODY.replace('Version bumped in package.json', 'Version bumped (done by CI)')}`;
      const outcome = applyCompletion(fresh, results);
      assert.equal(outcome.left.length, 1);
      assert.match(outcome.left[0].reason, /edited or removed/);
      assert.ok(outcome.body.startsWith('New intro line\r\n## Programmer\r\n'));
      assert.match(outcome.body, /- \[ \] Version bumped \(done by CI\)/);
      assert.match(outcome.body, /- \[x\] CHANGELOG entry/);
    });

    it('says when there is nothing to verify', () => {
      assert.equal(applyCompletion('- [ ] a\n', []).summary, 'No verifiable items in the checklist (no rr:check markers).');
    });
  });
});
