import * as assert from 'node:assert/strict';
import { bodyExcerpt } from '../../../src/core/bodyExcerpt';

describe('bodyExcerpt', () => {
  it('turns headings, task boxes and bullets into text and collapses blank lines', () => {
    const body = [
      'Customers can add gift wrap.',
      '',
      '',
      '## Acceptance',
      '',
      '- [x] Gift wrap checkbox',
      '* [ ] Gift message saved',
      '  - nested bullet',
      '> - [X] quoted task',
      '',
    ].join('\n');
    assert.equal(bodyExcerpt(body), ['Customers can add gift wrap.', '', 'Acceptance', '', '☑ Gift wrap checkbox', '☐ Gift message saved', '  • nested bullet', '☑ quoted task'].join('\n'));
  });

  it('drops HTML comments, code fences and CRLF line ends but keeps the code itself', () => {
    const body = 'Run it:\r\n```sh\r\nnpm test <!-- rr:check=x -->\r\n```\r\n<!-- a\r\nmulti-line comment -->Done';
    assert.equal(bodyExcerpt(body), 'Run it:\nnpm test\nDone');
  });

  it('keeps text that only looks like syntax as it is (escaping is the hover\'s job)', () => {
    assert.equal(bodyExcerpt('#12 is not a heading; **bold** and <b>tags</b> stay'), '#12 is not a heading; **bold** and <b>tags</b> stay');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const excerpt = bodyExcerpt(words, 100);
    assert.ok(excerpt.endsWith('…'), excerpt);
    assert.ok(excerpt.length <= 101, `${excerpt.length} characters`);
    assert.match(excerpt, /word\d+…$/);
    assert.ok(words.startsWith(excerpt.slice(0, -1)), 'a prefix of the text');
  });

  it('cuts a single long word where it must', () => {
    assert.equal(bodyExcerpt('x'.repeat(50), 10), `${'x'.repeat(10)}…`);
  });

  it('is empty for an empty or blank body', () => {
    assert.equal(bodyExcerpt(''), '');
    assert.equal(bodyExcerpt('\n\n  \n<!-- only a comment -->\n'), '');
  });
});
