import { describe, expect, it } from 'vitest';
import { rendererLocation } from './renderer-location';

const production = { url: 'app://panel/index.html', origin: 'app://panel', development: false };

describe('rendererLocation', () => {
  it('loads the packaged UI over the app scheme by default', () => {
    expect(rendererLocation({ isPackaged: false, env: {} })).toEqual(production);
  });

  it('loads the Vite dev server in an unpackaged app and trusts its origin', () => {
    expect(rendererLocation({ isPackaged: false, env: { VITE_DEV_SERVER_URL: 'http://localhost:5173/' } })).toEqual({
      url: 'http://localhost:5173/',
      origin: 'http://localhost:5173',
      development: true,
    });
  });

  it('ignores the dev server variable in a packaged app', () => {
    expect(rendererLocation({ isPackaged: true, env: { VITE_DEV_SERVER_URL: 'http://localhost:5173/' } })).toEqual(
      production,
    );
  });

  it.each(['https://localhost:5173/', 'http://evil.example:5173/', 'http://localhost.evil.example/', 'file:///tmp/x', 'nonsense'])(
    'refuses a dev server that is not loopback http: %s',
    (url) => {
      expect(rendererLocation({ isPackaged: false, env: { VITE_DEV_SERVER_URL: url } })).toEqual(production);
    },
  );
});
