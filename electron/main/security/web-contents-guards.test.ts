import { EventEmitter } from 'node:events';
import { app, shell, type WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger, type LogLevel } from '../../core/log';
import { guardAllWebContents } from './web-contents-guards';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  return { app: new Emitter(), shell: { openExternal: vi.fn(() => Promise.resolve()) } };
});

type WindowOpenHandler = (details: { url: string }) => { action: string };

/** The part of a webContents the guards touch: events, plus the window-open hook. */
class FakeContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

const cancellable = () => ({ preventDefault: vi.fn() });

let lines: { level: LogLevel; line: string }[];
let contents: FakeContents;

beforeEach(() => {
  app.removeAllListeners();
  vi.mocked(shell.openExternal).mockClear();
  lines = [];
  guardAllWebContents(createLogger('guard', { sink: (level, line) => lines.push({ level, line }) }));
  contents = new FakeContents();
  app.emit('web-contents-created', {}, contents as unknown as WebContents);
});

describe('every new webContents', () => {
  it('cannot navigate, and the attempt is logged without its query string', () => {
    const event = cancellable();
    contents.emit('will-navigate', event, 'https://evil.example/phish?token=secret');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(lines).toEqual([{ level: 'warn', line: '[guard] blocked navigation to https://evil.example' }]);
  });

  it('cannot follow a redirect', () => {
    const event = cancellable();
    contents.emit('will-redirect', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(lines[0]?.level).toBe('warn');
  });

  it('cannot navigate even to its own origin', () => {
    const event = cancellable();
    contents.emit('will-navigate', event, 'app://panel/index.html');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('cannot attach a webview', () => {
    const event = cancellable();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('never opens a window, and opens allowlisted https links in the browser instead', () => {
    expect(contents.windowOpenHandler?.({ url: 'https://docs.digitalocean.com/products/droplets/' })).toEqual({
      action: 'deny',
    });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://docs.digitalocean.com/products/droplets/');
  });

  it.each([
    'http://cloud.digitalocean.com/',
    'https://cloud.digitalocean.com.evil.com/',
    'https://evil.com/?https://cloud.digitalocean.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://panel/index.html',
  ])('denies %s without opening anything', (url) => {
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(lines[0]?.level).toBe('warn');
  });
});
