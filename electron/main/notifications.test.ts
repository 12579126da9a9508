import type { EventEmitter } from 'node:events';
import { Notification, type BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionSettled, NotificationPreferences } from '../../shared/action-types';
import { createEventBus, type EventBus } from '../core/event-bus';
import { createLogger, type LogLevel } from '../core/log';
import { installActionNotifications } from './notifications';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  /** Records what the adapter shows; tests fire its events. */
  class FakeNotification extends Emitter {
    static supported = true;
    static created: FakeNotification[] = [];
    static isSupported = () => FakeNotification.supported;
    show = vi.fn();
    constructor(readonly options: unknown) {
      super();
      FakeNotification.created.push(this);
    }
  }
  return { Notification: FakeNotification, BrowserWindow: class {}, nativeTheme: {}, screen: {}, ipcMain: {} };
});
vi.mock('electron-store', () => ({ default: class {} }));

interface FakeNotification extends EventEmitter {
  options: { title: string; body: string };
  show: ReturnType<typeof vi.fn>;
}
const fake = Notification as unknown as { supported: boolean; created: FakeNotification[] };

let events: EventBus;
let navigated: unknown[];
let logLines: [LogLevel, string][];
let preferences: NotificationPreferences;
let window: { isMinimized: ReturnType<typeof vi.fn>; restore: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn> } | undefined;

const settled = (overrides: Partial<ActionSettled> = {}): ActionSettled => {
  const resource = { type: 'droplet' as const, id: 42, name: 'web-01' };
  return {
    outcome: 'completed',
    durationMs: 9_000,
    resource,
    startedByUser: true,
    action: {
      key: 'action:7',
      kind: 'action',
      id: 7,
      type: 'power_off',
      status: 'completed',
      resource,
      startedAt: '2025-06-02T09:30:00Z',
      completedAt: '2025-06-02T09:30:09Z',
      startedByUser: true,
      elapsedMs: 9_000,
    },
    ...overrides,
  };
};

const install = () =>
  installActionNotifications({
    events,
    getWindow: () => window as unknown as BrowserWindow | undefined,
    preferences: () => preferences,
    log: createLogger('notifications', { sink: (level, line) => logLines.push([level, line]) }),
  });

beforeEach(() => {
  events = createEventBus();
  navigated = [];
  logLines = [];
  preferences = { mode: 'all', includeOthers: false };
  events.subscribe((name, payload) => {
    if (name === 'app.navigate') navigated.push(payload);
  });
  window = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
  fake.supported = true;
  fake.created.length = 0;
});

describe('installActionNotifications', () => {
  it('shows what the policy decides when an action settles', () => {
    install();
    events.emit('actions.settled', settled());
    expect(fake.created.map((notification) => notification.options)).toEqual([{ title: 'Power off completed', body: 'web-01: done in 9 s.' }]);
    expect(fake.created[0]?.show).toHaveBeenCalledOnce();
  });

  it('on click, brings the window forward and asks the UI to show the resource', () => {
    install();
    events.emit('actions.settled', settled());
    fake.created[0]?.emit('click');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.show).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
    expect(navigated).toEqual([{ area: 'droplets', resourceId: 42 }]);
  });

  it('only logs a click when no window is open', () => {
    window = undefined;
    install();
    events.emit('actions.settled', settled());
    fake.created[0]?.emit('click');
    expect(navigated).toEqual([]);
    expect(logLines).toEqual([['info', '[notifications] a notification was clicked with no window open']]);
  });

  it('follows the preferences as they are when the action settles', () => {
    install();
    preferences = { mode: 'errors', includeOthers: false };
    events.emit('actions.settled', settled());
    events.emit('actions.settled', settled({ outcome: 'errored' }));
    preferences = { mode: 'all', includeOthers: false };
    events.emit('actions.settled', settled({ startedByUser: false }));
    expect(fake.created.map((notification) => notification.options.title)).toEqual(['Power off failed']);
  });

  it('shows nothing where the system has no notifications', () => {
    fake.supported = false;
    install();
    events.emit('actions.settled', settled());
    expect(fake.created).toHaveLength(0);
  });

  it('ignores other events and stops when uninstalled', () => {
    const uninstall = install();
    events.emit('actions.progress', { actions: [] });
    uninstall();
    events.emit('actions.settled', settled());
    expect(fake.created).toHaveLength(0);
  });

  it('logs a notification that fails, and never throws into the event bus', () => {
    install();
    events.emit('actions.settled', settled());
    fake.created[0]?.emit('failed', {}, 'no notification daemon');
    preferences = undefined as unknown as NotificationPreferences;
    expect(() => events.emit('actions.settled', settled())).not.toThrow();
    expect(logLines.map(([level, line]) => [level, line.split(' ').slice(0, 4).join(' ')])).toEqual([
      ['warn', '[notifications] could not show'],
      ['warn', '[notifications] could not show'],
    ]);
  });
});
