// The only code that talks to vscode.authentication and SecretStorage. Order of preference for an API URL:
// VS Code's `github` session (api.github.com) or `github-enterprise` session (its configured host), a token saved
// with "Set Access Token…" (per API URL), then GITHUB_TOKEN / GH_TOKEN from the environment. Each credential
// carries the host it was issued for; the GitHub client refuses to send it anywhere else.
import * as vscode from 'vscode';
import type { Log } from '../log';

export interface Credential {
  readonly token: string;
  /** Host the token belongs to (`github.com`, `ghe.example.com`, `127.0.0.1:4010`). */
  readonly tokenHost: string;
  readonly source: 'session' | 'secret' | 'environment';
}

const SCOPES = ['repo'];

export class Credentials implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly secrets: vscode.SecretStorage,
    private readonly log: Log,
    /** GITHUB_TOKEN / GH_TOKEN come from here: process.env in Node, nothing in the browser. */
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {
    this.disposables.push(
      vscode.authentication.onDidChangeSessions((e) => {
        if (e.provider.id === 'github' || e.provider.id === 'github-enterprise') this.changed.fire();
      }),
      secrets.onDidChange((e) => {
        if (e.key.startsWith(SECRET_PREFIX)) this.changed.fire();
      }),
    );
  }

  /** Silent lookup: never prompts. */
  async get(apiUrl: string): Promise<Credential | undefined> {
    const api = safeUrl(apiUrl);
    if (!api) return undefined;
    const provider = sessionProviderFor(api);
    if (provider) {
      const session = await vscode.authentication
        .getSession(provider.id, SCOPES, { silent: true })
        .then(undefined, (error: unknown) => {
          this.log.debug(`No ${provider.id} session: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        });
      if (session) return { token: session.accessToken, tokenHost: provider.host, source: 'session' };
    }
    const saved = await this.secrets.get(secretKey(api));
    if (saved) return { token: saved, tokenHost: api.host, source: 'secret' };
    // The environment's token is for the API the user configured (apiUrl is read from user settings only).
    const fromEnv = this.env.GITHUB_TOKEN || this.env.GH_TOKEN;
    if (fromEnv) return { token: fromEnv, tokenHost: api.host === 'api.github.com' ? 'github.com' : api.host, source: 'environment' };
    return undefined;
  }

  /** Interactive sign-in through VS Code's GitHub (or GitHub Enterprise) account. Only on a user action. */
  async signIn(apiUrl: string): Promise<boolean> {
    const api = safeUrl(apiUrl);
    const provider = api && sessionProviderFor(api);
    if (!provider) return false;
    const session = await vscode.authentication.getSession(provider.id, SCOPES, { createIfNone: true });
    this.changed.fire();
    return Boolean(session);
  }

  canSignIn(apiUrl: string): boolean {
    const api = safeUrl(apiUrl);
    return Boolean(api && sessionProviderFor(api));
  }

  async setToken(apiUrl: string, token: string): Promise<void> {
    const api = safeUrl(apiUrl);
    if (!api) throw new Error(vscode.l10n.t('The API URL "{0}" is not a valid URL.', apiUrl));
    await this.secrets.store(secretKey(api), token.trim());
  }

  async clearToken(apiUrl: string): Promise<void> {
    const api = safeUrl(apiUrl);
    if (api) await this.secrets.delete(secretKey(api));
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

const SECRET_PREFIX = 'releaseReadiness.token:';

function secretKey(api: URL): string {
  return `${SECRET_PREFIX}${api.origin}`;
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Which VS Code authentication provider issues tokens for this API host, if any. */
function sessionProviderFor(api: URL): { id: string; host: string } | undefined {
  if (api.hostname === 'api.github.com') return { id: 'github', host: 'github.com' };
  const enterpriseUri = vscode.workspace.getConfiguration('github-enterprise').get<string>('uri');
  const enterprise = enterpriseUri ? safeUrl(enterpriseUri) : undefined;
  if (enterprise && enterprise.host === api.host) return { id: 'github-enterprise', host: enterprise.host };
  return undefined;
}
