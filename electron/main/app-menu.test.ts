import { shell, type MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBus, type EventBus } from '../core/event-bus';
import { createLogger } from '../core/log';
import { appMenuTemplate, type AppMenuOptions } from './app-menu';

vi.mock('electron', () => ({ Menu: {}, shell: { openExternal: vi.fn(() => Promise.resolve()) } }));

let events: EventBus;

const template = (options: Partial<AppMenuOptions> = {}) =>
  appMenuTemplate({
    appName: 'DigitalOcean Panel',
    platform: 'linux',
    development: false,
    events,
    log: createLogger('test', { sink: () => undefined }),
    ...options,
  });

/** Every item of the menu, submenus flattened. */
const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);

const item = (menu: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions => {
  const found = items(menu).find((candidate) => candidate.label === label);
  if (!found) throw new Error(`no menu item ${label}`);
  return found;
};

const click = (entry: MenuItemConstructorOptions) =>
  (entry.click as () => void | Promise<void>)();

beforeEach(() => {
  events = createEventBus();
  vi.mocked(shell.openExternal).mockClear();
});

describe('appMenuTemplate', () => {
  it('asks the UI to show settings from Settings… (CmdOrCtrl+,)', () => {
    const received: unknown[] = [];
    events.subscribe((name, payload) => received.push([name, payload]));
    const settings = item(template(), 'Settings…');
    expect(settings.accelerator).toBe('CmdOrCtrl+,');
    click(settings);
    expect(received).toEqual([['app.navigate', { area: 'settings' }]]);
  });

  it('asks the UI to open the command palette from Command palette… (CmdOrCtrl+K)', () => {
    const received: unknown[] = [];
    events.subscribe((name, payload) => received.push([name, payload]));
    const palette = item(template(), 'Command palette…');
    expect(palette.accelerator).toBe('CmdOrCtrl+K');
    click(palette);
    expect(received).toEqual([['app.openPalette', {}]]);
  });

  it('puts Settings in the app menu on macOS', () => {
    const [appMenu] = template({ platform: 'darwin' });
    expect(appMenu?.label).toBe('DigitalOcean Panel');
    expect(items([appMenu ?? {}]).map((entry) => entry.label ?? entry.role)).toContain('Settings…');
  });

  it('uses the standard edit and window menus', () => {
    const roles = template().map((entry) => entry.role);
    expect(roles).toContain('editMenu');
    expect(roles).toContain('windowMenu');
  });

  it('offers no developer tools in production', () => {
    const roles = items(template()).map((entry) => entry.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('forceReload');
  });

  it('offers developer tools in development', () => {
    expect(items(template({ development: true })).map((entry) => entry.role)).toContain('toggleDevTools');
  });

  it('opens the DigitalOcean documentation and status pages in the browser', async () => {
    await click(item(template(), 'DigitalOcean documentation'));
    await click(item(template(), 'DigitalOcean status'));
    expect(vi.mocked(shell.openExternal).mock.calls).toEqual([
      ['https://docs.digitalocean.com/'],
      ['https://status.digitalocean.com/'],
    ]);
  });
});
