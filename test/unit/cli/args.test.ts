import * as assert from 'node:assert/strict';
import { parseArgs, UsageError } from '../../../src/cli/args';

describe('cli arguments', () => {
  it('reads every option, with a space or an equals sign', () => {
    assert.deepEqual(parseArgs(['check', '--tracker', 'github', '--repo=octo/repo', '--milestone', 'v1.4 — Holiday', '--format=json', '--dir', 'demo']), {
      kind: 'check',
      options: { tracker: 'github', repo: 'octo/repo', milestone: 'v1.4 — Holiday', format: 'json', dir: 'demo' },
    });
  });

  it('defaults to text in the current directory with the tracker detected', () => {
    assert.deepEqual(parseArgs(['check']), { kind: 'check', options: { tracker: null, repo: null, milestone: null, format: 'text', dir: null } });
  });

  it('answers --help and --version before anything else', () => {
    assert.deepEqual(parseArgs(['check', '--format', 'bogus', '--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['-h']), { kind: 'help' });
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
  });

  const usageErrors: [string[], RegExp][] = [
    [[], /Missing command/],
    [['deploy'], /Unknown command "deploy"/],
    [['check', '--format', 'xml'], /--format must be one of text, markdown, json; got "xml"/],
    [['check', '--tracker', 'jira'], /--tracker must be one of github, local/],
    [['check', '--repo', 'just-a-name'], /--repo must be OWNER\/NAME/],
    [['check', '--milestone'], /--milestone needs a value/],
    [['check', '--milestone', '--format', 'json'], /--milestone needs a value/],
    [['check', '--colour'], /Unknown option "--colour"/],
    [['check', 'extra'], /Unexpected argument "extra"/],
    [['check', '--dir', 'a', '--dir', 'b'], /--dir is given twice/],
    [['check', '--dir='], /--dir needs a value/],
  ];
  for (const [argv, message] of usageErrors) {
    it(`rejects ${JSON.stringify(argv)}`, () => {
      assert.throws(() => parseArgs(argv), (error: unknown) => error instanceof UsageError && message.test(error.message));
    });
  }
});
