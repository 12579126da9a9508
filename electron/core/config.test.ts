import { describe, expect, it } from 'vitest';
import { apiBaseUrl, defaultApiBaseUrl } from './config';

describe('apiBaseUrl', () => {
  it('defaults to the real API', () => {
    expect(apiBaseUrl({})).toBe(defaultApiBaseUrl);
    expect(apiBaseUrl({ DIGITALOCEAN_API_URL: '  ' })).toBe(defaultApiBaseUrl);
  });

  it('takes DIGITALOCEAN_API_URL without a trailing slash', () => {
    expect(apiBaseUrl({ DIGITALOCEAN_API_URL: 'http://127.0.0.1:4010/' })).toBe('http://127.0.0.1:4010');
    expect(apiBaseUrl({ DIGITALOCEAN_API_URL: 'https://proxy.example/do/' })).toBe('https://proxy.example/do');
  });

  it('refuses other schemes and garbage', () => {
    expect(() => apiBaseUrl({ DIGITALOCEAN_API_URL: 'file:///etc/passwd' })).toThrow(/http/);
    expect(() => apiBaseUrl({ DIGITALOCEAN_API_URL: 'not a url' })).toThrow();
  });
});
