import { app, dialog, Menu, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import type { Area } from '../../shared/app-types';
import type { AccountsService } from '../core/accounts/accounts-service';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/log';
import type { ActionTracker } from '../core/tracker/action-tracker';
import { systemScheduler, type Scheduler } from '../core/tracker/scheduler';
import type { TrayCommand, TrayModel } from '../core/tray/tray-model';
import { createTrayPresenter } from '../core/tray/tray-presenter';

export interface TrayOptions {
  appName: string;
  platform: NodeJS.Platform;
  icon: NativeImage;
  events: EventBus;
  tracker: Pick<ActionTracker, 'list'>;
  accounts: Pick<AccountsService, 'list' | 'switch'>;
  /** Shows the main window, opening it again if it was closed, on an area if one is given. */
  openPanel(area?: Area): void;
  log: Logger;
  scheduler?: Scheduler;
}

/** Menu labels take `&` as a mnemonic marker; a name with one in it must show it. */
const literal = (label: string): string => label.replaceAll('&', '&&');

const menuTemplate = (model: TrayModel, run: (command: TrayCommand) => void): MenuItemConstructorOptions[] =>
  model.sections.flatMap((section, index) => [
    ...(index > 0 ? [{ type: 'separator' as const }] : []),
    ...section.items.map(
      ({ id, label, enabled, kind, checked, command }): MenuItemConstructorOptions => ({
        id,
        label: literal(label),
        enabled,
        type: kind,
        ...(checked === undefined ? {} : { checked }),
        ...(command ? { click: () => run(command) } : {}),
      }),
    ),
  ]);

/**
 * The tray icon and its menu. What it shows, and when, is decided in core (`createTrayPresenter`);
 * this draws the model and carries out its commands. Returns a function that removes it.
 */
export const installTray = ({
  appName,
  platform,
  icon,
  events,
  tracker,
  accounts,
  openPanel,
  log,
  scheduler = systemScheduler,
}: TrayOptions): (() => void) => {
  const tray = new Tray(icon);

  const switchAccount = (accountId: string): void => {
    accounts.switch(accountId).catch((error: unknown) => {
      log.warn(`could not switch to account ${accountId}`, error);
      // The radio item already moved: put it back on the account still in use.
      presenter.refresh();
      void dialog.showMessageBox({
        type: 'error',
        title: appName,
        message: 'Could not switch accounts',
        detail: error instanceof Error ? error.message : String(error),
      });
    });
  };

  const run = (command: TrayCommand): void => {
    if (command.type === 'open-panel') openPanel(command.area);
    else if (command.type === 'switch-account') switchAccount(command.accountId);
    // A real quit: before-quit tells close-to-tray to let the window go.
    else app.quit();
  };

  const presenter = createTrayPresenter({
    appName,
    events,
    tracker,
    accounts,
    scheduler,
    log,
    render: (model) => {
      tray.setToolTip(model.tooltip);
      if (platform === 'darwin') tray.setTitle(model.title);
      // The dock (macOS) and launchers that support it (Linux); Windows has no count badge.
      if (platform !== 'win32') app.setBadgeCount(model.badgeCount);
      tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model, run)));
    },
  });
  // On Windows a left click is expected to open the app (the menu is on the right button); macOS opens the menu.
  if (platform !== 'darwin') tray.on('click', () => openPanel());

  return () => {
    presenter.dispose();
    tray.destroy();
  };
};
