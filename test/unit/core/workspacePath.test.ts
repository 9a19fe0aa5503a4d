import * as assert from 'node:assert/strict';
import { workspaceSegments } from '../../../src/core/workspacePath';

describe('workspace paths from the report panel', () => {
  it('splits paths inside the workspace', () => {
    assert.deepEqual(workspaceSegments('src/tax.ts'), ['src', 'tax.ts']);
    assert.deepEqual(workspaceSegments('src\\win\\file.ts'), ['src', 'win', 'file.ts']);
    assert.deepEqual(workspaceSegments('./src//a/../b.ts'), ['src', 'b.ts']);
    assert.deepEqual(workspaceSegments('dir with spaces/<b>.ts'), ['dir with spaces', '<b>.ts']);
  });

  it('refuses anything that leaves the folder or is not a file path', () => {
    for (const bad of ['', '.', '/etc/passwd', '\\\\server\\share\\x', 'C:\\Windows\\x', 'c:/x', '../x', 'src/../../x', 'a/b/../../..', 'src/a\u0000.ts']) {
      assert.equal(workspaceSegments(bad), null, JSON.stringify(bad));
    }
  });
});
