import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './csp';

const directives = (csp: string) => new Map(csp.split('; ').map((part) => [part.split(' ')[0], part]));

describe('contentSecurityPolicy', () => {
  it('allows no network peer at all for the desktop app', () => {
    const policy = directives(contentSecurityPolicy({ connectSrc: [] }));
    expect(policy.get('connect-src')).toBe("connect-src 'none'");
    expect(policy.get('default-src')).toBe("default-src 'none'");
  });

  it('allows exactly the browser-mode socket when given', () => {
    const policy = directives(contentSecurityPolicy({ connectSrc: ['ws://127.0.0.1:5000'] }));
    expect(policy.get('connect-src')).toBe('connect-src ws://127.0.0.1:5000');
  });

  it('never allows inline or evaluated script', () => {
    const csp = contentSecurityPolicy({ connectSrc: [] });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(directives(csp).get('script-src')).toBe("script-src 'self'");
    expect(directives(csp).get('object-src')).toBe("object-src 'none'");
    expect(directives(csp).get('frame-ancestors')).toBe("frame-ancestors 'none'");
  });

  it('is sent with the other hardening headers', () => {
    const headers = securityHeaders('x');
    expect(headers['Content-Security-Policy']).toBe('x');
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
