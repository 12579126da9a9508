import { Notification, type BrowserWindow } from 'electron';
import type { NotificationPreferences } from '../../shared/action-types';
import type { EventPayloadOf } from '../../shared/contract';
import type { EventBus } from '../core/event-bus';
import type { Logger } from '../core/log';
import { decideBatchNotification, decideNotification, type ActionNotification } from '../core/tracker/notification-policy';
import { revealWindow } from './window';

export interface ActionNotificationsOptions {
  events: EventBus;
  /** The main window, if one is open. */
  getWindow: () => BrowserWindow | undefined;
  /** Read at every settle, so a change in settings applies at once. */
  preferences: () => NotificationPreferences;
  log: Logger;
}

/**
 * Native notifications as tracked work settles. What to say, and whether to, is decided in core
 * (`decideNotification`); this only displays it. A click brings the window forward and asks the UI to
 * show the resource. Returns a function that stops it.
 */
export const installActionNotifications = ({ events, getWindow, preferences, log }: ActionNotificationsOptions): (() => void) => {
  // Held until dismissed or clicked: a notification that is garbage-collected loses its click handler.
  const showing = new Set<Notification>();

  const show = (decision: ActionNotification | null): void => {
    if (!decision || !Notification.isSupported()) return;
    const notification = new Notification({ title: decision.title, body: decision.body });
    showing.add(notification);
    const forget = (): void => void showing.delete(notification);
    notification.on('click', () => {
      forget();
      const window = getWindow();
      if (!window) {
        log.info('a notification was clicked with no window open');
        return;
      }
      revealWindow(window);
      events.emit('app.navigate', decision.target);
    });
    notification.on('close', forget);
    notification.on('failed', (_event, error) => {
      forget();
      log.warn('could not show a notification', error);
    });
    notification.show();
  };

  const unsubscribe = events.subscribe((event, payload) => {
    if (event !== 'actions.settled' && event !== 'actions.batchSettled') return;
    try {
      show(
        event === 'actions.settled'
          ? decideNotification(payload as EventPayloadOf<'actions.settled'>, preferences())
          : decideBatchNotification(payload as EventPayloadOf<'actions.batchSettled'>, preferences()),
      );
    } catch (error) {
      log.warn('could not show a notification', error);
    }
  });
  return () => {
    unsubscribe();
    showing.clear();
  };
};
