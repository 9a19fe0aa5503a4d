// The getting-started walkthrough inside a real VS Code: "Get Started" opens it in an editor, the manifest strings
// reach the workbench translated from package.nls.json, and the open-once logic opens it exactly once for an
// extension under development and never in other modes or with openOnInstall off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openWalkthrough, openWalkthroughOnce, WALKTHROUGH_SHOWN_KEY, type WalkthroughContext } from '../../../src/walkthrough/openWalkthroughOnce';

const EXTENSION_ID = 'release-readiness.release-readiness';

async function until<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 20000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The walkthrough's editor: VS Code's own getting-started editor, an input type the API does not name. */
function walkthroughTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input === undefined || (t.input as object).constructor === Object);
}

function fakeContext(extensionMode: vscode.ExtensionMode): WalkthroughContext & { readonly saved: Map<string, unknown> } {
  const saved = new Map<string, unknown>();
  return {
    extensionMode,
    extension: { id: EXTENSION_ID },
    saved,
    globalState: {
      get: ((key: string, fallback?: unknown) => (saved.has(key) ? saved.get(key) : fallback)) as vscode.Memento['get'],
      update: async (key, value) => void saved.set(key, value),
    },
  };
}

describe('getting-started walkthrough', () => {
  before(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reads its titles from package.nls.json, not the %key% placeholders', () => {
    const { contributes } = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const walkthrough = contributes.walkthroughs[0];
    assert.equal(walkthrough.title, 'Get Started with Release Readiness');
    assert.deepEqual(walkthrough.steps.map((s: { title: string }) => s.title), ['Choose where the release lives', 'Open Issues by Role', 'Open the progress report', 'Tick the release checklist']);
    const getStarted = contributes.commands.find((c: { command: string }) => c.command === 'releaseReadiness.getStarted');
    assert.deepEqual([getStarted.title, getStarted.category], ['Get Started', 'Release']);
  });

  it('opens in an editor from Release: Get Started', async () => {
    assert.deepEqual(walkthroughTabs(), []);
    await vscode.commands.executeCommand('releaseReadiness.getStarted');
    const [tab] = await until('the walkthrough editor', () => (walkthroughTabs().length > 0 ? walkthroughTabs() : null));
    // The editor is VS Code's Welcome page, whichever walkthrough it shows: test/ui/walkthrough.test.ts reads which.
    assert.equal(tab.label, 'Welcome');
  });

  it('opens once for an extension under development, then never again for that profile', async () => {
    const context = fakeContext(vscode.ExtensionMode.Development);
    const opened: string[] = [];
    const open = async (id: string) => void opened.push(id);
    assert.equal(await openWalkthroughOnce(context, open), true);
    assert.equal(await openWalkthroughOnce(context, open), false);
    assert.deepEqual(opened, [EXTENSION_ID]);
    assert.equal(context.saved.get(WALKTHROUGH_SHOWN_KEY), true);
  });

  it('leaves opening to VS Code for an installed extension, and to nobody in tests', async () => {
    const opened: string[] = [];
    for (const mode of [vscode.ExtensionMode.Production, vscode.ExtensionMode.Test]) {
      assert.equal(await openWalkthroughOnce(fakeContext(mode), async (id) => void opened.push(id)), false);
    }
    assert.deepEqual(opened, []);
  });

  it('does not open when the user turned workbench.welcomePage.walkthroughs.openOnInstall off', async () => {
    const settings = vscode.workspace.getConfiguration('workbench.welcomePage');
    await settings.update('walkthroughs.openOnInstall', false, vscode.ConfigurationTarget.Global);
    try {
      const context = fakeContext(vscode.ExtensionMode.Development);
      assert.equal(await openWalkthroughOnce(context, async () => assert.fail('opened')), false);
      assert.equal(context.saved.has(WALKTHROUGH_SHOWN_KEY), false, 'the flag stays unset, so turning the setting on again shows it');
    } finally {
      await settings.update('walkthroughs.openOnInstall', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('opens the real walkthrough the way openWalkthroughOnce does, without an error', async () => {
    await openWalkthrough(EXTENSION_ID);
    await until('the walkthrough editor', () => walkthroughTabs().length > 0);
  });
});
