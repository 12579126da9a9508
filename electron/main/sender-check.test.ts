import { describe, expect, it } from 'vitest';
import { senderRefusal } from './sender-check';
import { eventFrom, mainFrame, trustedOrigin } from './testing/fake-frames';


describe('senderRefusal', () => {
  it('accepts the main frame on the trusted origin', () => {
    expect(senderRefusal(eventFrom(mainFrame()), trustedOrigin)).toBeNull();
    expect(senderRefusal(eventFrom(mainFrame('app://panel/droplets?x=1')), trustedOrigin)).toBeNull();
  });

  it('accepts the dev server when that is the trusted origin', () => {
    expect(senderRefusal(eventFrom(mainFrame('http://localhost:5173/')), 'http://localhost:5173')).toBeNull();
  });

  it('refuses a missing frame', () => {
    expect(senderRefusal(eventFrom(null, mainFrame()), trustedOrigin)).toMatch(/gone/);
  });

  it('refuses a subframe', () => {
    const top = mainFrame();
    expect(senderRefusal(eventFrom({ url: 'app://panel/index.html', parent: top }, top), trustedOrigin)).toMatch(
      /subframe/,
    );
  });

  it('refuses a top-level frame that is not the sender page main frame', () => {
    expect(senderRefusal(eventFrom(mainFrame(), mainFrame()), trustedOrigin)).toMatch(/subframe/);
  });

  it.each([
    'https://evil.example/',
    'app://evil/index.html',
    'app://panel.evil/index.html',
    'http://localhost:5173/',
    'file:///work/main/dist/index.html',
    'about:blank',
    'data:text/html,<script></script>',
  ])('refuses a main frame on %s', (url) => {
    expect(senderRefusal(eventFrom(mainFrame(url)), trustedOrigin)).toMatch(/untrusted origin/);
  });
});
