// Decides whether a token may travel to an API URL. A token leaks the moment it is sent to the wrong host, and
// the API URL can come from settings or the environment, so the check compares parsed hosts, never substrings:
// `https://api.github.com.evil.com`, `https://evil.com/api.github.com` and `https://api.github.com@evil.com`
// must all be refused.

const GITHUB_DOTCOM = 'github.com';
const GITHUB_DOTCOM_API = 'api.github.com';
/** GitHub Enterprise Cloud with data residency: `TENANT.ghe.com`, API at `api.TENANT.ghe.com`. */
const GHE_CLOUD = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.ghe\.com$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

interface Endpoint {
  readonly hostname: string;
  readonly port: string;
}

/**
 * True when a token issued for `tokenHost` (`github.com`, `ghe.example.com`, `ghe.example.com:8443`; a URL is
 * accepted too) may be sent to `apiUrl`. A github.com token is valid for api.github.com only; a token for any
 * other host only for that same host and port. Plain http is refused except on loopback (tests, emulators).
 */
export function tokenAllowedFor(tokenHost: string, apiUrl: string): boolean {
  const issuer = parseTokenHost(tokenHost);
  const api = parseApiUrl(apiUrl);
  if (!issuer || !api) return false;
  if (issuer.hostname === GITHUB_DOTCOM || issuer.hostname === GITHUB_DOTCOM_API) {
    return api.hostname === GITHUB_DOTCOM_API && api.port === '443';
  }
  if (GHE_CLOUD.test(issuer.hostname)) {
    return (api.hostname === `api.${issuer.hostname}` || api.hostname === issuer.hostname) && api.port === issuer.port;
  }
  return api.hostname === issuer.hostname && api.port === issuer.port;
}

function parseApiUrl(apiUrl: string): Endpoint | undefined {
  const url = parseUrl(apiUrl.trim());
  if (!url) return undefined;
  const hostname = canonicalHostname(url.hostname);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(hostname))) {
    return { hostname, port: effectivePort(url) };
  }
  return undefined;
}

function parseTokenHost(tokenHost: string): Endpoint | undefined {
  const text = tokenHost.trim();
  if (text === '') return undefined;
  const url = parseUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  // A bare host must be only a host: anything with a path, query or fragment is not what we were given.
  if (!url || (url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') return undefined;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return { hostname: canonicalHostname(url.hostname), port: effectivePort(url) };
}

/** WHATWG parsing (lowercase, punycode for IDNs); userinfo is refused because it hides the real host. */
function parseUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname === '') return undefined;
  return url;
}

/** Ports compared as numbers actually dialled, so `https://h` and `https://h:443` agree. */
function effectivePort(url: URL): string {
  return url.port !== '' ? url.port : url.protocol === 'http:' ? '80' : '443';
}

/** `api.github.com.` names the same DNS host as `api.github.com`. */
function canonicalHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.+$/, '');
}
