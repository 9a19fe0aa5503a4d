// The report panel's page: an empty shell that loads our script and style sheet. All content arrives later as
// a message and is rendered as text; the CSP lets nothing else run or load.
import * as vscode from 'vscode';

/** The folders the webview may load from: our bundled script and the style sheet, nothing of the workspace. */
export function reportResourceRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

export function reportWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: reportResourceRoots(extensionUri) };
}

/** A fresh nonce per render: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [`default-src 'none'`, `style-src ${cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${cspSource} data:`].join('; ');
}

export function reportHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = createNonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'report.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'report.css'));
  const title = vscode.l10n.t('Release Progress Report');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.replace(/[^A-Za-z0-9-]/g, '') || 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style.toString()}">
<title>${title.replace(/[<>&"]/g, '')}</title>
</head>
<body>
<main id="root" aria-labelledby="title"><p class="status">${vscode.l10n.t('Loading the release…').replace(/[<>&"]/g, '')}</p></main>
<div id="announcer" class="sr-only" role="status" aria-live="polite" aria-atomic="true"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}
