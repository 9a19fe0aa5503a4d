import * as assert from 'node:assert/strict';
import { tokenAllowedFor } from '../../../../src/trackers/github/tokenPolicy';

describe('tokenAllowedFor', () => {
  const allowed: [string, string][] = [
    ['github.com', 'https://api.github.com'],
    ['github.com', 'https://api.github.com/'],
    ['github.com', 'https://API.GitHub.com'],
    ['github.com', 'https://api.github.com:443'],
    ['github.com', 'https://api.github.com.'],
    ['GitHub.com', 'https://api.github.com'],
    ['https://github.com', 'https://api.github.com'],
    ['ghe.example.com', 'https://ghe.example.com/api/v3'],
    ['ghe.example.com:8443', 'https://ghe.example.com:8443/api/v3'],
    ['octocorp.ghe.com', 'https://api.octocorp.ghe.com'],
    ['127.0.0.1:4000', 'http://127.0.0.1:4000'],
  ];
  for (const [host, url] of allowed) {
    it(`sends a ${host} token to ${url}`, () => assert.equal(tokenAllowedFor(host, url), true));
  }

  const refused: [string, string][] = [
    ['github.com', 'https://api.github.com.evil.com'],
    ['github.com', 'https://evil.com/api.github.com'],
    ['github.com', 'https://evil.com/?api.github.com'],
    ['github.com', 'https://evil.com#api.github.com'],
    ['github.com', 'https://api.github.com@evil.com'],
    ['github.com', 'https://user:pw@api.github.com'],
    ['github.com', 'https://evil.com\\@api.github.com'],
    ['github.com', 'https://evilapi.github.com'],
    ['github.com', 'https://api.github.co'],
    ['github.com', 'https://api.github.com:8443'],
    ['github.com', 'http://api.github.com'],
    ['github.com', 'https://github.com/api/v3'],
    ['github.com', 'https://xn--pi-7ld.github.com'],
    ['github.com', 'https://аpi.github.com'],
    ['github.com', 'https://api.gıthub.com'],
    ['github.com', 'ftp://api.github.com'],
    ['github.com', 'not a url'],
    ['github.com', ''],
    ['github.com', 'https://ghe.example.com/api/v3'],
    ['ghe.example.com', 'https://api.github.com'],
    ['ghe.example.com', 'https://ghe.example.com.evil.com/api/v3'],
    ['ghe.example.com', 'https://evil.com/ghe.example.com/api/v3'],
    ['ghe.example.com', 'https://ghe.example.com:8443/api/v3'],
    ['ghe.example.com', 'http://ghe.example.com/api/v3'],
    ['ghe.example.com', 'https://sub.ghe.example.com/api/v3'],
    ['example.com', 'https://ghe.example.com/api/v3'],
    ['octocorp.ghe.com', 'https://api.evilcorp.ghe.com'],
    ['octocorp.ghe.com', 'https://api.github.com'],
    ['ghe.example.com/api/v3', 'https://ghe.example.com/api/v3'],
    ['user@ghe.example.com', 'https://ghe.example.com/api/v3'],
    ['', 'https://api.github.com'],
    ['   ', 'https://api.github.com'],
    ['127.0.0.1:4000', 'http://127.0.0.1:4001'],
    ['10.0.0.5', 'http://10.0.0.5/api/v3'],
  ];
  for (const [host, url] of refused) {
    it(`refuses a ${JSON.stringify(host)} token for ${JSON.stringify(url)}`, () => assert.equal(tokenAllowedFor(host, url), false));
  }
});
