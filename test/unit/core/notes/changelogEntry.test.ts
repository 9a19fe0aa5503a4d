import * as assert from 'node:assert/strict';
import { changelogInsertion, demoteHeadings } from '../../../../src/core/notes/changelogEntry';

const NOTES = '# Release notes: v1.4\n\n## Programmer\n\n- Fix (#1)\n\n```\n# not a heading\n```\n';
const apply = (existing: string, i: { offset: number; text: string }) => existing.slice(0, i.offset) + i.text + existing.slice(i.offset);

describe('changelog entry', () => {
  it('demotes headings outside code fences', () => {
    assert.equal(demoteHeadings('# A\n## B\n```\n# c\n```\ntext # d'), '## A\n### B\n```\n# c\n```\ntext # d');
  });

  it('goes above the newest entry, below the title and intro; the tag names the entry', () => {
    const existing = '# Changelog\n\nAll notable changes.\n\n## v1.3.0\n\n- Old\n';
    const out = apply(existing, changelogInsertion(existing, NOTES, 'v1.4.0'));
    assert.equal(out, '# Changelog\n\nAll notable changes.\n\n## v1.4.0\n\n### Programmer\n\n- Fix (#1)\n\n```\n# not a heading\n```\n\n## v1.3.0\n\n- Old\n');
  });

  it('starts a new file, keeps CRLF files CRLF, and handles a title-only file', () => {
    assert.equal(changelogInsertion(null, NOTES, 'v1.4.0').text.split('\n')[0], '# Changelog');
    const crlf = '# Changelog\r\n\r\n## v1.3.0\r\n';
    const out = apply(crlf, changelogInsertion(crlf, '# x\n\n- a\n', 'v1.4.0'));
    assert.equal(out, '# Changelog\r\n\r\n## v1.4.0\r\n\r\n- a\r\n\r\n## v1.3.0\r\n');
    assert.equal(apply('# Changelog\n', changelogInsertion('# Changelog\n', '# x\n', 'v2')), '# Changelog\n\n## v2\n\n');
  });
});
