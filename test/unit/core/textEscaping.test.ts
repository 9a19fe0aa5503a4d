import * as assert from 'node:assert/strict';
import { escapeHtml, escapeMarkdown, plainText, safeHttpUrl } from '../../../src/core/textEscaping';

describe('textEscaping', () => {
  it('escapes HTML special characters so markup shows as text', () => {
    assert.equal(escapeHtml(`<img src=x onerror="alert('1')"> & co`), '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; co');
  });

  it('drops control and bidi override characters', () => {
    assert.equal(escapeHtml('a\u0000b\u001bc\u202Ed'), 'abcd');
    assert.equal(plainText('\u001b[31mred\u001b[0m\nnext'), '[31mred[0m next');
  });

  it('keeps Markdown on one line with HTML as entities and inline syntax backslashed', () => {
    assert.equal(escapeMarkdown('a | b\n# c <b>'), 'a \\| b # c &lt;b&gt;');
    assert.equal(escapeMarkdown('*x* _y_ `z` [l](u) ~s~ $m$ \\'), '\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\$m\\$ \\\\');
  });

  it('lets only http(s) URLs through, with characters that could end a link or a cell encoded', () => {
    assert.equal(safeHttpUrl('javascript:alert(1)'), null);
    assert.equal(safeHttpUrl('data:text/html,<script>'), null);
    assert.equal(safeHttpUrl('not a url'), null);
    assert.equal(safeHttpUrl(null), null);
    assert.equal(safeHttpUrl('https://x.example/a(b)|c"d\'e'), 'https://x.example/a%28b%29%7Cc%22d%27e');
  });
});
