import * as assert from 'node:assert/strict';
import { todoExcludeGlobs } from '../../../../src/core/todo/todoExcludes';

describe('todoExcludeGlobs', () => {
  it('takes the globs set to true from files.exclude and search.exclude, then the TODO excludes', () => {
    const globs = todoExcludeGlobs(
      { '**/.git': true, '**/*.js': { when: '$(basename).ts' }, '**/keep': false },
      { '**/node_modules': true, '**/.git': true },
      ['out/**', ' ', 'vendor/**'],
    );
    assert.deepEqual(globs, ['**/.git', '**/node_modules', 'out/**', 'vendor/**']);
  });

  it('tolerates settings of the wrong shape', () => {
    assert.deepEqual(todoExcludeGlobs(null, ['**/x'], []), []);
  });
});
