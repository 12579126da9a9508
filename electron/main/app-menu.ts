import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/log';

export interface AppMenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Offer reload-from-disk and developer tools (development only). */
  development: boolean;
  events: EventBus;
  log: Logger;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu: the platform's standard roles, plus Settings (which asks the UI to show
 * that area), the command palette and help links. Developer tools appear only in development.
 */
export const appMenuTemplate = ({ appName, platform, development, events, log }: AppMenuOptions): MenuItemConstructorOptions[] => {
  const mac = platform === 'darwin';
  const failedToOpen = (error: unknown): void => log.warn('could not open a link in the browser', error);
  const settings: MenuItemConstructorOptions = {
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    click: () => events.emit('app.navigate', { area: 'settings' }),
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appName,
          submenu: [
            { role: 'about' },
            separator,
            settings,
            separator,
            { role: 'services' },
            separator,
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            separator,
            { role: 'quit' },
          ],
        },
      ]
    : [{ label: 'File', submenu: [settings, separator, { role: 'quit' }] }];
  const developerItems: MenuItemConstructorOptions[] = development
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator]
    : [];
  return [
    ...appMenu,
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // The accelerator takes the key before the page sees it, so the menu opens the palette itself.
        { label: 'Command palette…', accelerator: 'CmdOrCtrl+K', click: () => events.emit('app.openPalette', {}) },
        separator,
        ...developerItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        // Literal URLs: nothing from the UI reaches these calls.
        {
          label: 'DigitalOcean documentation',
          click: () => shell.openExternal('https://docs.digitalocean.com/').catch(failedToOpen),
        },
        {
          label: 'DigitalOcean status',
          click: () => shell.openExternal('https://status.digitalocean.com/').catch(failedToOpen),
        },
      ],
    },
  ];
};

/** Installs the application menu. */
export const installAppMenu = (options: AppMenuOptions): void => {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
};
