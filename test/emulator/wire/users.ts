// GitHub's "simple user" object. The emulator serves both the API and the web pages' URLs from its own origin,
// like a GitHub Enterprise Server host would, so no URL it hands out points at github.com.
import type { UserRecord } from '../records';

/** Absolute origins that URLs in responses are built from (taken from the request's Host header). */
export interface Origins {
  api: string;
  web: string;
}

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`emulator:${prefix}:${id}`).toString('base64url')}`;
}

export function simpleUser(o: Origins, user: UserRecord): Record<string, unknown> {
  const url = `${o.api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId('U', user.id),
    avatar_url: `${o.web}/avatars/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${o.web}/${encodeURIComponent(user.login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user: the private-user shape GitHub returns to the token's owner. */
export function privateUser(o: Origins, user: UserRecord): Record<string, unknown> {
  return {
    ...simpleUser(o, user),
    name: user.login,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    notification_email: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2011-01-25T18:44:36Z',
    updated_at: '2024-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
    plan: { name: 'free', space: 976562499, collaborators: 0, private_repos: 10000 },
  };
}
