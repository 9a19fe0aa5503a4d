// The extension and these tests run in the browser's web worker extension host, as on vscode.dev / github.dev:
// the checks every other web suite relies on.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../webTestOptions';

describe('web extension host', () => {
  it('runs in a web worker, without Node', () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    // A web worker has `self` and no `process`: the Node extension host has both.
    const global = globalThis as { process?: unknown; importScripts?: unknown };
    assert.equal(typeof global.process, 'undefined', 'process is defined: this is the Node extension host');
    assert.equal(typeof global.importScripts, 'function', 'importScripts is missing: this is not a web worker');
  });

  it('loads the extension in the same host, from its browser entry, and activates it', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in the test instance`);
    // Extensions in the browser's extension host are UI extensions (the server's Node host runs workspace ones).
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(extension.packageJSON.browser, './dist/web/extension.js');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
