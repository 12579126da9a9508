import { describe, expect, it } from 'vitest';
import { originOf } from './url-origin';

describe('originOf', () => {
  it('gives scheme, host and port, for the app scheme too', () => {
    expect(originOf('app://panel/index.html?x=1#y')).toBe('app://panel');
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(originOf('https://cloud.digitalocean.com/droplets')).toBe('https://cloud.digitalocean.com');
  });

  it('has no origin for unparseable or host-less URLs', () => {
    expect(originOf('not a url')).toBeNull();
    expect(originOf('about:blank')).toBeNull();
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('data:text/html,hi')).toBeNull();
  });
});
