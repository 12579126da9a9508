import type { EventEmitter } from 'node:events';
import { app, dialog, Menu, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountList, CurrentAccount } from '../../shared/account-types';
import type { InFlightAction } from '../../shared/action-types';
import type { Area } from '../../shared/app-types';
import { createEventBus, type EventBus } from '../core/event-bus';
import { createLogger, type LogLevel } from '../core/log';
import { inFlightAction, settledAction } from '../core/tray/testing/tray-fixtures';
import { TRAY_RENDER_INTERVAL_MS } from '../core/tray/tray-presenter';
import { installTray } from './tray';
import { createManualScheduler } from '../core/tracker/testing/manual-scheduler';

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  /** Records what the adapter draws; tests fire its clicks. */
  class FakeTray extends Emitter {
    static created: FakeTray[] = [];
    setToolTip = vi.fn();
    setTitle = vi.fn();
    setContextMenu = vi.fn();
    destroy = vi.fn();
    constructor(readonly image: unknown) {
      super();
      FakeTray.created.push(this);
    }
  }
  return {
    app: { quit: vi.fn(), setBadgeCount: vi.fn(() => true) },
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })) },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })) },
    Tray: FakeTray,
  };
});

interface FakeTray extends EventEmitter {
  image: unknown;
  setToolTip: ReturnType<typeof vi.fn>;
  setTitle: ReturnType<typeof vi.fn>;
  setContextMenu: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
}
const trays = (Tray as unknown as { created: FakeTray[] }).created;

const manualScheduler = () => createManualScheduler(0);

const accountList: AccountList = {
  accounts: [
    { id: 'a1', name: 'R&D', kind: 'token', storage: 'keychain', status: 'ok', active: true, email: 'rd@example.com' },
    { id: 'demo', name: 'Demo', kind: 'demo', storage: 'none', status: 'ok', active: false },
  ],
  activeId: 'a1',
  keychain: { available: true },
};

const icon = { kind: 'icon' } as unknown as NativeImage;
let events: EventBus;
let inFlight: InFlightAction[];
let switchAccount: ReturnType<typeof vi.fn<(id: string) => Promise<CurrentAccount>>>;
let openPanel: ReturnType<typeof vi.fn<(area?: Area) => void>>;
let clock: ReturnType<typeof manualScheduler>;
let logLines: [LogLevel, string][];

const install = (platform: NodeJS.Platform = 'linux') => {
  const remove = installTray({
    appName: 'DigitalOcean Panel',
    platform,
    icon,
    events,
    tracker: { list: () => inFlight },
    accounts: { list: () => Promise.resolve(accountList), switch: switchAccount },
    openPanel,
    log: createLogger('tray', { sink: (level, line) => logLines.push([level, line]) }),
    scheduler: clock.scheduler,
  });
  const tray = trays.at(-1);
  if (!tray) throw new Error('no tray was created');
  return { tray, remove };
};

/** The template of the menu built last. */
const menu = (): MenuItemConstructorOptions[] => (vi.mocked(Menu.buildFromTemplate).mock.calls.at(-1)?.[0] ?? []) as MenuItemConstructorOptions[];
const item = (id: string): MenuItemConstructorOptions => {
  const found = menu().find((entry) => entry.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};
const click = (id: string) => (item(id).click as () => void)();

/** Lets the account list arrive and its redraw happen. */
const settle = async () => {
  clock.advance(TRAY_RENDER_INTERVAL_MS);
  await vi.waitFor(() => expect(menu().some((entry) => entry.type === 'radio')).toBe(true));
};

beforeEach(() => {
  vi.clearAllMocks();
  trays.length = 0;
  events = createEventBus();
  inFlight = [];
  switchAccount = vi.fn(() => Promise.resolve({ state: 'none', environmentTokenAvailable: false }));
  openPanel = vi.fn();
  clock = manualScheduler();
  logLines = [];
});

describe('installTray', () => {
  it('shows the icon with a tooltip and a menu at once', () => {
    const { tray } = install();
    expect(tray.image).toBe(icon);
    expect(tray.setToolTip).toHaveBeenCalledWith('DigitalOcean Panel: nothing in progress');
    expect(tray.setContextMenu).toHaveBeenCalledOnce();
    expect(menu().map((entry) => entry.label ?? entry.type)).toEqual(['Nothing in progress', 'separator', 'Open panel', 'separator', 'Quit']);
    expect(item('in-flight:summary').enabled).toBe(false);
  });

  it('lists the accounts as radio items once known, showing a literal & in a name', async () => {
    install();
    await settle();
    expect(menu().filter((entry) => entry.type === 'radio')).toEqual([
      { id: 'account:a1', label: 'R&&D', enabled: true, type: 'radio', checked: true },
      { id: 'account:demo', label: 'Demo', enabled: true, type: 'radio', checked: false, click: expect.any(Function) },
    ]);
  });

  it('redraws as work progresses and settles, at most once an interval', () => {
    const { tray } = install();
    inFlight = [inFlightAction()];
    events.emit('actions.progress', { actions: inFlight });
    events.emit('actions.settled', settledAction({ id: 3, type: 'reboot', durationMs: 30_000 }));
    expect(tray.setContextMenu).toHaveBeenCalledOnce();
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    expect(tray.setContextMenu).toHaveBeenCalledTimes(2);
    expect(tray.setToolTip).toHaveBeenLastCalledWith('DigitalOcean Panel: 1 action in progress');
    expect(menu().map((entry) => entry.label ?? entry.type)).toEqual([
      '1 action in progress',
      'Snapshot · web-01 · about 3 min left',
      'separator',
      'Recently finished',
      'Reboot completed · web-01 · 30 s',
      'separator',
      'Open panel',
      'separator',
      'Quit',
    ]);
  });

  it('shows the count beside the icon on macOS, and as a badge outside Windows', () => {
    inFlight = [inFlightAction(), inFlightAction({ key: 'action:8', id: 8 })];
    const mac = install('darwin').tray;
    expect(mac.setTitle).toHaveBeenCalledWith('2');
    expect(app.setBadgeCount).toHaveBeenLastCalledWith(2);
    vi.mocked(app.setBadgeCount).mockClear();
    const windows = install('win32').tray;
    expect(windows.setTitle).not.toHaveBeenCalled();
    expect(app.setBadgeCount).not.toHaveBeenCalled();
  });

  it('opens the panel from Open panel, and on the activity from an action', () => {
    inFlight = [inFlightAction()];
    install();
    click('open-panel');
    click('action:7');
    expect(openPanel.mock.calls).toEqual([[undefined], ['activity']]);
  });

  it('opens the panel on a left click outside macOS, where a click opens the menu instead', () => {
    install('win32').tray.emit('click');
    expect(openPanel).toHaveBeenCalledOnce();
    install('darwin').tray.emit('click');
    expect(openPanel).toHaveBeenCalledOnce();
  });

  it('switches accounts from the radio items', async () => {
    install();
    await settle();
    click('account:demo');
    expect(switchAccount).toHaveBeenCalledExactlyOnceWith('demo');
  });

  it('when a switch fails: logs it, puts the radio back, and says why', async () => {
    switchAccount.mockRejectedValueOnce(new Error('The demo could not start.'));
    const { tray } = install();
    await settle();
    const drawn = tray.setContextMenu.mock.calls.length;
    click('account:demo');
    await vi.waitFor(() => expect(dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'error', message: 'Could not switch accounts', detail: 'The demo could not start.' }),
    );
    expect(tray.setContextMenu).toHaveBeenCalledTimes(drawn + 1);
    expect(item('account:a1').checked).toBe(true);
    expect(logLines.map(([level, line]) => [level, line.split('\n')[0]])).toEqual([
      ['warn', '[tray] could not switch to account demo Error: The demo could not start.'],
    ]);
  });

  it('quits for real from Quit', () => {
    install();
    click('quit');
    expect(app.quit).toHaveBeenCalledOnce();
  });

  it('removes the icon and stops redrawing when removed', () => {
    const { tray, remove } = install();
    remove();
    expect(tray.destroy).toHaveBeenCalledOnce();
    events.emit('actions.progress', { actions: [] });
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    expect(tray.setContextMenu).toHaveBeenCalledOnce();
  });
});
