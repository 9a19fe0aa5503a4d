// Hostile tracker data (the Big List of Naughty Strings, HTML and script payloads, javascript: links, images on
// an address nothing answers) in every field the report panel, the tree, its hover and the exports show.
// Every payload that could run sets window.__pwned, and every image points at 203.0.113.9 (TEST-NET-3): if any
// of it became markup, the flag would be set or a request would be made.
import * as assert from 'node:assert/strict';
import { reportToHtml } from '../../src/core/report/htmlExport';
import { reportToMarkdown } from '../../src/core/report/markdownExport';
import type { ReleaseReport } from '../../src/core/report/report';
import { fromRoot } from '../repoRoot';
import { expectedReport, ReportPage, runCommand } from './reportPage';
import { openWorkbench, type Workbench } from './workbench';

const fixture = fromRoot('test', 'fixtures', 'hostile');

interface PageFindings {
  readonly pwned: unknown;
  readonly images: number;
  /** Each script as its id or the last three segments of its src. */
  readonly scripts: string[];
  readonly frames: number;
  readonly links: number;
  readonly handlers: string[];
}

/** Runs in the browser: what a payload would have left behind. */
function findings(): PageFindings {
  interface Node {
    readonly attributes: ArrayLike<{ name: string }>;
    readonly tagName: string;
    readonly id: string;
    getAttribute(name: string): string | null;
  }
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<Node> } }).document;
  const all = Array.from(doc.querySelectorAll('*'));
  return {
    pwned: (globalThis as unknown as { __pwned?: unknown }).__pwned,
    images: doc.querySelectorAll('img, image, picture, video, audio, object, embed').length,
    scripts: Array.from(doc.querySelectorAll('script')).map((el) => el.id || (el.getAttribute('src') ?? 'inline').split('/').slice(-3).join('/')),
    frames: doc.querySelectorAll('iframe, frame').length,
    links: doc.querySelectorAll('a[href], link:not([rel="stylesheet"])').length,
    handlers: all.flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
  };
}

describe('hostile strings (ui)', () => {
  let workbench: Workbench;
  let expected: ReleaseReport;
  const requests: string[] = [];

  before(async () => {
    expected = await expectedReport(fixture);
    workbench = await openWorkbench({ fixture: 'hostile' });
    workbench.page.on('request', (request) => requests.push(request.url()));
    await workbench.page.setViewportSize({ width: 1500, height: 1100 });
  });

  after(async () => {
    await workbench?.close();
  });

  it('the report panel shows every payload as text and runs none of it', async () => {
    const report = new ReportPage(workbench.page);
    await report.open();
    assert.equal(await report.frame.locator('h1 .milestone').innerText(), expected.milestone.title);
    assert.ok(expected.milestone.title.includes('<img src=x onerror="window.__pwned=20">'));
    // Titles of failing items, exactly as written in issues.json (the panel shows the first eight per criterion).
    const shown = await report.frame.locator('#criteria .items .title').allInnerTexts();
    const open = expected.criteria.find((c) => c.id === 'allResolved')!.items.slice(0, 8);
    for (const item of open) if (item.kind === 'issue' && item.title.trim()) assert.ok(shown.includes(item.title.trim()), `shown as text: ${item.title}`);
    assert.ok(shown.includes('<script>window.__pwned=2</script>'));

    const inPanel = await report.frame.locator('body').evaluate(findings);
    // VS Code's own acquireVsCodeApi shim, then our bundle: nothing else.
    assert.deepEqual(inPanel, { pwned: undefined, images: 0, scripts: ['_vscodeApiScript', 'dist/webview/report.js'], frames: 0, links: 0, handlers: [] });
    assert.equal(await report.frame.locator('svg').count(), 1, 'only our burnup chart');
    await report.screenshot('report-hostile');
  });

  it('the Issues by Role tree and an issue hover render the payloads as text', async () => {
    const { page } = workbench;
    // The command, not the activity bar icon: the icon's open-issue badge takes the click.
    await runCommand(page, 'Release: Focus on Issues by Role View');
    const pane = page.locator('.sidebar .pane', { has: page.locator('.pane-header', { hasText: /issues by role/i }) });
    const programmer = pane.locator('.monaco-list-row[aria-level="1"][aria-label^="Programmer, "]');
    await programmer.waitFor({ timeout: 60000 });
    if ((await programmer.getAttribute('aria-expanded')) !== 'true') await programmer.locator('.monaco-tl-twistie').click();
    // #3 `"><svg onload=…>` is a Programmer issue whose body carries an <img> payload and a Markdown image.
    const row = pane.locator('.monaco-list-row[aria-level="2"][aria-label^="Issue 3, "]').first();
    await row.waitFor({ timeout: 20000 });
    assert.equal((await row.locator('.label-name').innerText()).trim(), '#3 "><svg onload=window.__pwned=3>');
    await row.locator('.label-name').hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: '#3' }).first();
    await hover.waitFor({ state: 'visible', timeout: 15000 });
    assert.equal(await hover.locator('img[src*="203.0.113.9"], img[src="x"], svg[onload], script').count(), 0);
    const inWorkbench = await page.evaluate(() => (globalThis as unknown as { __pwned?: unknown }).__pwned);
    assert.equal(inWorkbench, undefined);
    await page.keyboard.press('Escape');
  });

  it('made no request to anything but the local code-server, the emulator and our own webview files', async () => {
    const allowed = [
      /^http:\/\/127\.0\.0\.1:\d+\//,
      /^(data|blob):/,
      // The webview's resources, served by VS Code's service worker from the extension folder.
      /^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\/.*\/(dist\/webview\/report\.js|media\/report\.css)$/,
      // code-server's own extension gallery query at startup; not ours, not from data.
      /^https:\/\/open-vsx\.org\/vscode\/gallery\//,
    ];
    const unexpected = requests.filter((url) => !allowed.some((pattern) => pattern.test(url)));
    assert.deepEqual(unexpected, []);
    assert.ok(requests.length > 0, 'requests were recorded');
    assert.equal(requests.filter((url) => url.includes('203.0.113.9')).length, 0);
  });

  it('the HTML export escapes every payload: loaded in the browser it runs nothing and loads nothing', async () => {
    const html = reportToHtml(expected);
    const page = await workbench.page.context().browser()!.newPage();
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    try {
      await page.setContent(html);
      const inExport = await page.evaluate(findings);
      assert.deepEqual(inExport, { pwned: undefined, images: 0, scripts: [], frames: 0, links: 0, handlers: [] });
      assert.deepEqual(loaded, []);
      const text = await page.locator('body').innerText();
      assert.ok(text.includes('<script>window.__pwned=2</script>'), 'the payload reads as text');
      assert.ok(text.includes(expected.milestone.title));
    } finally {
      await page.close();
    }
  });

  it('the Markdown export escapes every payload', () => {
    const markdown = reportToMarkdown(expected);
    assert.ok(markdown.includes('&lt;script&gt;window.\\_\\_pwned=2&lt;/script&gt;'));
    assert.ok(markdown.includes('\\[click me\\](javascript:window.\\_\\_pwned=4)'));
    assert.doesNotMatch(markdown, /<(script|img|svg|iframe|a|link|style|details)\b/i, 'no raw HTML tag');
    assert.doesNotMatch(markdown, /(^|[^\\])!\[[^\]]*\]\(/, 'no Markdown image');
    assert.doesNotMatch(markdown, /(^|[^\\])\[[^\]]*\]\((javascript|data):/i, 'no javascript: link');
    // eslint-disable-next-line no-control-regex -- the assertion is about control characters
    assert.doesNotMatch(markdown, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E]/);
  });
});
