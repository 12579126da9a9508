import { describe, expect, it, vi } from 'vitest';
import { externalOrigins, isAllowedExternalUrl } from './external-links';

vi.mock('electron', () => ({ shell: {} }));

describe('isAllowedExternalUrl', () => {
  it.each(externalOrigins.map((origin) => `${origin}/some/page?q=1#frag`))('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://cloud.digitalocean.com/'],
    ['a look-alike host', 'https://cloud.digitalocean.com.evil.com/'],
    ['a look-alike prefix', 'https://evilcloud.digitalocean.com/'],
    ['a parent domain', 'https://digitalocean.com/'],
    ['credentials in the URL', 'https://user:pass@cloud.digitalocean.com/'],
    ['a host hidden behind credentials', 'https://cloud.digitalocean.com@evil.com/'],
    ['another port', 'https://cloud.digitalocean.com:8443/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a javascript URL', 'javascript:alert(document.domain)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_what, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('compares hosts case-insensitively, as browsers do', () => {
    expect(isAllowedExternalUrl('https://GitHub.com/digitalocean')).toBe(true);
  });
});
