// Markdown task-list cases shared by the parse and toggle tests. Each lists every item the body must yield, in
// order; the tests also toggle every item and check that no other byte moved.
import type { TaskItem } from '../../../../src/core/checklist/taskList';

export type Expected = Pick<TaskItem, 'text' | 'checked'> & Partial<TaskItem>;

export interface TaskListCase {
  readonly name: string;
  readonly md: string;
  readonly items: readonly Expected[];
}

const open = (text: string, more: Partial<TaskItem> = {}): Expected => ({ text, checked: false, ...more });
const done = (text: string, more: Partial<TaskItem> = {}): Expected => ({ text, checked: true, ...more });

export const TASK_LIST_CASES: readonly TaskListCase[] = [
  // Markers
  { name: 'dash, unchecked', md: '- [ ] Write docs\n', items: [open('Write docs', { line: 0, depth: 0, ordered: false })] },
  { name: 'star, checked', md: '* [x] Done', items: [done('Done')] },
  { name: 'plus, upper-case X', md: '+ [X] Upper', items: [done('Upper')] },
  { name: 'ordered with dots', md: '1. [ ] First\n2. [x] Second\n', items: [open('First', { ordered: true }), done('Second', { ordered: true, line: 1 })] },
  { name: 'ordered with parentheses', md: '1) [ ] Paren', items: [open('Paren', { ordered: true })] },
  { name: 'ordered may start anywhere at the top', md: '3. [ ] Third', items: [open('Third', { ordered: true })] },
  { name: 'nine digits is a list, ten is not', md: '123456789. [ ] big\n\n1234567890. [ ] too big', items: [open('big')] },
  { name: 'up to three spaces before the marker', md: '   - [ ] three', items: [open('three', { depth: 0 })] },
  { name: 'tab after the marker', md: '-\t[ ] tab', items: [open('tab')] },
  { name: 'tab after the box', md: '- [ ]\tTabbed', items: [open('Tabbed')] },
  { name: 'several spaces after the marker', md: '-   [x] three spaces', items: [done('three spaces')] },
  { name: 'five spaces after the marker start indented code', md: '-      [ ] code', items: [] },
  // Not items
  { name: 'an empty box is not an item', md: '- [ ]\n- [ ] \n- [x]   \n- [ ] <!-- only a comment -->\n- [ ] real', items: [open('real', { line: 4 })] },
  { name: 'no space after the box', md: '- [ ]text\n- [x]text', items: [] },
  { name: 'no list marker or no space after it', md: '[ ] plain\n-[ ] tight', items: [] },
  { name: 'other characters in the box', md: '- [-] partial\n- [o] other\n- [  ] two spaces\n- [] none', items: [] },
  { name: 'escaped bracket', md: '- \\[ ] escaped', items: [] },
  { name: 'box after the text', md: '- Do [ ] this', items: [] },
  { name: 'thematic breaks are not items', md: '* * *\n- - -\n- [ ] after', items: [open('after', { line: 2 })] },
  // Nesting
  { name: 'nested by two spaces', md: '- [ ] a\n  - [ ] b\n    - [x] c', items: [open('a', { depth: 0 }), open('b', { depth: 1 }), done('c', { depth: 2 })] },
  { name: 'nested under an ordered item', md: '1. [ ] a\n   - [ ] b', items: [open('a', { depth: 0 }), open('b', { depth: 1, ordered: false })] },
  { name: 'nested by a tab', md: '- [ ] a\n\t- [ ] b', items: [open('a', { depth: 0 }), open('b', { depth: 1 })] },
  { name: 'nested by four spaces', md: '- [ ] a\n    - [ ] b', items: [open('a', { depth: 0 }), open('b', { depth: 1 })] },
  { name: 'six spaces continue the paragraph', md: '- [ ] a\n      - [ ] b', items: [open('a')] },
  { name: 'back to the top level', md: '- [ ] a\n  - [ ] b\n- [ ] c', items: [open('a', { depth: 0 }), open('b', { depth: 1 }), open('c', { depth: 0 })] },
  { name: 'under a plain list item', md: '- Group\n  - [ ] child', items: [open('child', { depth: 1 })] },
  { name: 'loose list with blank lines', md: '- [ ] a\n\n- [ ] b\n\n  - [ ] c', items: [open('a', { depth: 0 }), open('b', { depth: 0 }), open('c', { depth: 1 })] },
  { name: 'lazy continuation keeps the list open', md: '- [ ] a\ncontinued\n  - [ ] b', items: [open('a', { depth: 0 }), open('b', { depth: 1 })] },
  { name: 'two markers on one line', md: '- - [ ] inner', items: [open('inner', { depth: 1 })] },
  { name: 'a bullet item may interrupt a paragraph', md: 'Some intro:\n- [ ] a', items: [open('a', { line: 1 })] },
  { name: 'only "1." may interrupt a paragraph', md: 'Intro text\n2. [ ] not an item\n1. [ ] item', items: [open('item', { line: 2 })] },
  // Code
  { name: 'backtick fence hides items', md: '```\n- [ ] hidden\n```\n- [ ] shown', items: [open('shown', { line: 3 })] },
  { name: 'tilde fence hides items', md: '~~~\n- [ ] hidden\n~~~\n- [x] shown', items: [done('shown')] },
  { name: 'a longer fence needs a longer close', md: '````\n```\n- [ ] hidden\n```\n- [ ] still hidden\n````\n- [ ] shown', items: [open('shown', { line: 6 })] },
  { name: 'backticks do not close a tilde fence', md: '~~~\n```\n- [ ] hidden\n~~~\n- [ ] shown', items: [open('shown')] },
  { name: 'a close indented four spaces is content', md: '```\n    ```\n- [ ] hidden\n```\n- [ ] shown', items: [open('shown', { line: 4 })] },
  { name: 'a close with text after it is content', md: '```\n``` not a close\n- [ ] hidden\n```\n- [ ] shown', items: [open('shown', { line: 4 })] },
  { name: 'a longer close closes', md: '~~~\n- [ ] hidden\n~~~~~\n- [ ] shown', items: [open('shown', { line: 3 })] },
  { name: 'indented fence', md: '   ```\n- [ ] hidden\n   ```\n- [ ] shown', items: [open('shown', { line: 3 })] },
  { name: 'fence with an info string', md: '```markdown\n- [ ] hidden\n```', items: [] },
  { name: 'unclosed fence runs to the end', md: '- [ ] before\n```\n- [ ] hidden', items: [open('before')] },
  { name: 'backtick in a backtick info string is not a fence', md: '``` a`b\n- [ ] shown', items: [open('shown')] },
  { name: 'fence inside a list item', md: '- [ ] outer\n  ```\n  - [ ] hidden\n  ```\n  - [ ] inner', items: [open('outer'), open('inner', { depth: 1, line: 4 })] },
  { name: 'fence in an item ends with the item', md: '- [ ] a\n  ```\n  code\n- [ ] b', items: [open('a'), open('b', { line: 3 })] },
  { name: 'indented code block', md: 'Text\n\n    - [ ] code\n\n- [ ] real', items: [open('real', { line: 4 })] },
  { name: 'tab-indented code block', md: '\t- [ ] code\n- [ ] real', items: [open('real')] },
  { name: 'fence with CRLF', md: '```\r\n- [ ] hidden\r\n```\r\n- [ ] shown\r\n', items: [open('shown', { line: 3 })] },
  // HTML
  { name: 'HTML comment block hides items', md: '<!--\n- [ ] hidden\n-->\n- [ ] shown', items: [open('shown', { line: 3 })] },
  { name: 'one-line comment hides nothing after it', md: '<!-- note -->\n- [ ] shown', items: [open('shown')] },
  { name: 'comment inside the item line is not text', md: '- [ ] Ship it <!-- owner: ann -->   ', items: [open('Ship it')] },
  { name: 'comment block inside a list item', md: '- [ ] a\n  <!--\n  - [ ] hidden\n  -->\n- [ ] b', items: [open('a'), open('b', { line: 4 })] },
  { name: 'details: raw until a blank line, Markdown after', md: '<details>\n- [ ] raw\n\n- [ ] rendered\n\n</details>', items: [open('rendered', { line: 3 })] },
  { name: 'script block', md: '<script>\n- [ ] hidden\n</script>\n- [ ] shown', items: [open('shown')] },
  // An inline comment cannot span blocks: the list item ends the paragraph, so GitHub draws this checkbox.
  { name: 'unclosed inline comment does not hide the next item', md: 'Text <!-- start\n- [ ] visible\n-->', items: [open('visible')] },
  // Blockquotes
  { name: 'item in a blockquote', md: '> - [ ] quoted', items: [open('quoted', { quoted: true, depth: 0 })] },
  { name: 'item in a nested blockquote', md: '> > - [x] deep', items: [done('deep', { quoted: true })] },
  { name: 'nested list in a blockquote', md: '> - [ ] a\n>   - [ ] b', items: [open('a', { depth: 0 }), open('b', { depth: 1, quoted: true })] },
  { name: 'leaving the blockquote', md: '> - [ ] q\n- [ ] n', items: [open('q', { quoted: true }), open('n', { quoted: false, depth: 0 })] },
  { name: 'fence inside a blockquote', md: '> ```\n> - [ ] hidden\n> ```\n> - [ ] shown', items: [open('shown', { quoted: true })] },
  // Line endings and whitespace
  { name: 'CRLF', md: '- [ ] a\r\n- [x] b\r\n', items: [open('a', { line: 0 }), done('b', { line: 1 })] },
  { name: 'lone CR', md: '- [ ] a\r- [ ] b', items: [open('a'), open('b', { line: 1 })] },
  { name: 'mixed line endings', md: '- [ ] a\r\n- [ ] b\n- [ ] c\r- [x] d', items: [open('a'), open('b'), open('c'), done('d', { line: 3 })] },
  { name: 'trailing spaces and tabs', md: '- [ ] a   \n- [x] b\t \n', items: [open('a'), done('b')] },
  { name: 'whitespace inside the text collapses', md: '- [ ] Code   review\t now', items: [open('Code review now')] },
  // Text
  { name: 'emoji and non-ASCII', md: '# 🚀 Release\n- [ ] 日本語のテスト ✅\n- [x] Ünïcödé 👩‍💻', items: [open('日本語のテスト ✅', { heading: '🚀 Release' }), done('Ünïcödé 👩‍💻')] },
  { name: 'offsets after astral characters', md: '- [ ] 🎉🎉 party\n- [ ] after', items: [open('🎉🎉 party'), open('after')] },
  { name: 'duplicate texts', md: '- [ ] Review\n- [ ] Review\n- [x] Review', items: [open('Review', { occurrence: 0, id: 'Review#0' }), open('Review', { occurrence: 1, id: 'Review#1' }), done('Review', { occurrence: 2 })] },
  { name: 'duplicates up to whitespace', md: '- [ ] Code  review\n- [ ] Code review', items: [open('Code review', { occurrence: 0 }), open('Code review', { occurrence: 1 })] },
  // Headings
  { name: 'nearest heading and role heading', md: '# Release\n## QA Engineer\n- [ ] a\n### Regression\n- [ ] b\n## Notes\n- [ ] c', items: [open('a', { heading: 'QA Engineer', role: 'qa' }), open('b', { heading: 'Regression', role: 'qa' }), open('c', { heading: 'Notes', role: null })] },
  { name: 'setext heading', md: 'Release tasks\n=============\n- [ ] a', items: [open('a', { heading: 'Release tasks', line: 2 })] },
  { name: 'a break after a list is no heading', md: '- [ ] a\n---\n- [ ] b', items: [open('a', { heading: null }), open('b', { heading: null })] },
  { name: 'ATX closing sequence', md: '## QA ##\n- [ ] a', items: [open('a', { heading: 'QA', role: 'qa' })] },
  { name: 'heading in a comment does not count', md: '## Real\n<!--\n## Fake\n-->\n- [ ] a', items: [open('a', { heading: 'Real' })] },
  { name: 'heading in a fence does not count', md: '## Real\n```\n## Fake\n```\n- [ ] a', items: [open('a', { heading: 'Real' })] },
  { name: 'item before any heading', md: '- [ ] a\n# Later', items: [open('a', { heading: null })] },
];
