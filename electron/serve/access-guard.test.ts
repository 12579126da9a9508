import { describe, expect, it } from 'vitest';
import {
  checkPageRequest,
  checkSocketUpgrade,
  cookieValues,
  keyCookie,
  keysMatch,
  splitTarget,
  type RequestFacts,
} from './access-guard';

const policy = { port: 4321, key: 'k3y-Value_0123' };
const cookie = 'panel_key_4321=k3y-Value_0123';
const trusted: RequestFacts = { host: '127.0.0.1:4321', origin: undefined, cookie, target: '/' };

describe('keysMatch', () => {
  it('matches only the exact key, whatever the length', () => {
    expect(keysMatch('k3y-Value_0123', policy.key)).toBe(true);
    expect(keysMatch('k3y-Value_012', policy.key)).toBe(false);
    expect(keysMatch('k3y-Value_01234', policy.key)).toBe(false);
    expect(keysMatch('', policy.key)).toBe(false);
  });
});

describe('cookieValues', () => {
  it('finds every value of one name and nothing of similar names', () => {
    expect(cookieValues('a=1; panel_key_4321=x;panel_key_43210=y; panel_key_4321=z', 'panel_key_4321')).toEqual(['x', 'z']);
    expect(cookieValues(undefined, 'panel_key_4321')).toEqual([]);
  });
});

describe('splitTarget', () => {
  it('keeps dot segments and encodings as sent', () => {
    expect(splitTarget('/%2e%2e/x?key=a&b=c').path).toBe('/%2e%2e/x');
    expect(splitTarget('/a/../b').query.toString()).toBe('');
    expect(splitTarget('/?key=a&b=c').query.get('b')).toBe('c');
  });
});

describe('checkPageRequest', () => {
  it('allows a request from the served UI with the key cookie', () => {
    expect(checkPageRequest(policy, trusted)).toEqual({ kind: 'allow' });
    expect(checkPageRequest(policy, { ...trusted, origin: 'http://127.0.0.1:4321' })).toEqual({ kind: 'allow' });
    expect(checkPageRequest(policy, { ...trusted, cookie: `other=1; panel_key_4321=old; ${cookie}` })).toEqual({ kind: 'allow' });
  });

  it.each([
    ['a rebinding name', 'evil.example:4321'],
    ['localhost', 'localhost:4321'],
    ['another port', '127.0.0.1:4322'],
    ['no port', '127.0.0.1'],
    ['no Host at all', undefined],
  ])('refuses a Host of %s with 421', (_name, host) => {
    expect(checkPageRequest(policy, { ...trusted, host })).toMatchObject({ kind: 'refuse', status: 421 });
  });

  it.each(['http://evil.example', 'http://localhost:4321', 'http://127.0.0.1:4322', 'null', 'https://127.0.0.1:4321'])(
    'refuses an Origin of %s with 403',
    (origin) => {
      expect(checkPageRequest(policy, { ...trusted, origin })).toMatchObject({ kind: 'refuse', status: 403 });
    },
  );

  it('refuses a request without the key, or with a key cookie for another port or value, with 401', () => {
    for (const candidate of [undefined, '', 'panel_key_4322=k3y-Value_0123', 'panel_key_4321=wrong']) {
      expect(checkPageRequest(policy, { ...trusted, cookie: candidate })).toMatchObject({ kind: 'refuse', status: 401 });
    }
  });

  it('stores a correct key in a port-named, script-proof cookie and redirects without it', () => {
    const decision = checkPageRequest(policy, { ...trusted, cookie: undefined, target: '/images?key=k3y-Value_0123&tab=2' });
    expect(decision).toEqual({
      kind: 'accept-key',
      cookie: 'panel_key_4321=k3y-Value_0123; HttpOnly; SameSite=Strict; Path=/',
      location: '/images?tab=2',
    });
    expect(keyCookie(policy.port, policy.key)).toBe(decision.kind === 'accept-key' && decision.cookie);
    expect(checkPageRequest(policy, { ...trusted, target: '/?key=k3y-Value_0123' })).toMatchObject({ location: '/' });
  });

  it('never redirects to another host', () => {
    for (const target of ['//evil.example/?key=k3y-Value_0123', '/\\evil.example?key=k3y-Value_0123']) {
      expect(checkPageRequest(policy, { ...trusted, target })).toMatchObject({ kind: 'accept-key', location: '/' });
    }
  });

  it('refuses a wrong key in the URL with 401, even when the cookie is right', () => {
    expect(checkPageRequest(policy, { ...trusted, target: '/?key=wrong' })).toMatchObject({ kind: 'refuse', status: 401 });
  });

  it('checks Host and Origin before looking at the key', () => {
    const target = '/?key=k3y-Value_0123';
    expect(checkPageRequest(policy, { ...trusted, target, host: 'evil.example:4321' })).toMatchObject({ status: 421 });
    expect(checkPageRequest(policy, { ...trusted, target, origin: 'http://evil.example' })).toMatchObject({ status: 403 });
  });
});

describe('checkSocketUpgrade', () => {
  const upgrade: RequestFacts = { ...trusted, origin: 'http://127.0.0.1:4321', target: '/bridge' };

  it('allows the served UI with its cookie', () => {
    expect(checkSocketUpgrade(policy, upgrade)).toEqual({ kind: 'allow' });
  });

  it('requires an Origin, and the right one', () => {
    expect(checkSocketUpgrade(policy, { ...upgrade, origin: undefined })).toMatchObject({ status: 403 });
    expect(checkSocketUpgrade(policy, { ...upgrade, origin: 'http://evil.example' })).toMatchObject({ status: 403 });
  });

  it('requires the Host and the key cookie; a key in the URL does not count', () => {
    expect(checkSocketUpgrade(policy, { ...upgrade, host: 'localhost:4321' })).toMatchObject({ status: 421 });
    expect(checkSocketUpgrade(policy, { ...upgrade, cookie: undefined })).toMatchObject({ status: 401 });
    expect(
      checkSocketUpgrade(policy, { ...upgrade, cookie: undefined, target: '/bridge?key=k3y-Value_0123' }),
    ).toMatchObject({ status: 401 });
  });
});
