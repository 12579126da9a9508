import type { EventPayloadOf } from '../../../shared/events';
import type { AccountsService } from '../accounts/accounts-service';
import type { EventBus } from '../event-bus';
import type { Logger } from '../log';
import type { ActionTracker } from '../tracker/action-tracker';
import type { Scheduler, TimerHandle } from '../tracker/scheduler';
import { createRecentSettled } from './recent-settled';
import { buildTrayModel, type TrayAccount, type TrayModel } from './tray-model';

/** The tray is redrawn at most this often, however many events arrive. */
export const TRAY_RENDER_INTERVAL_MS = 1_000;

export interface TrayPresenterOptions {
  appName: string;
  events: EventBus;
  tracker: Pick<ActionTracker, 'list'>;
  accounts: Pick<AccountsService, 'list'>;
  scheduler: Scheduler;
  log: Logger;
  /** Draws a model; called at once, then as things change, at most once per interval. */
  render(model: TrayModel): void;
}

/** A running presenter. */
export interface TrayPresenter {
  /** Draws the current model now (the menu may show a choice that did not happen). */
  refresh(): void;
  dispose(): void;
}

/**
 * Decides what the tray shows and when. It keeps the last settled actions and the account list (asked
 * for on start and on each account change only: listing reads the keychain, which a progress tick
 * must not), and redraws on progress, settle and account events, throttled so a storm of ticks makes
 * one redraw a second. In-flight work is read from the tracker at draw time, so it is never stale.
 */
export const createTrayPresenter = ({ appName, events, tracker, accounts, scheduler, log, render }: TrayPresenterOptions): TrayPresenter => {
  const recent = createRecentSettled();
  let accountList: TrayAccount[] = [];
  let activeId: string | null | undefined;
  let accountsRequest = 0;
  let timer: TimerHandle | undefined;
  let lastDrawnAt = Number.NEGATIVE_INFINITY;
  let disposed = false;

  const draw = (): void => {
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
    lastDrawnAt = scheduler.now();
    try {
      render(buildTrayModel({ appName, inFlight: tracker.list(), recent: recent.list(), accounts: accountList, activeId: activeId ?? null }));
    } catch (error) {
      log.warn('could not update the tray', error);
    }
  };

  const requestDraw = (): void => {
    if (disposed || timer !== undefined) return;
    const wait = lastDrawnAt + TRAY_RENDER_INTERVAL_MS - scheduler.now();
    if (wait <= 0) draw();
    else timer = scheduler.setTimeout(draw, wait);
  };

  const loadAccounts = (): void => {
    accountsRequest += 1;
    const request = accountsRequest;
    accounts.list().then(
      (list) => {
        // A later change has its own request; this answer may predate it.
        if (disposed || request !== accountsRequest) return;
        accountList = list.accounts.map(({ id, name, status }) => ({ id, name, status }));
        activeId = list.activeId;
        requestDraw();
      },
      (error: unknown) => log.warn('could not list the accounts for the tray', error),
    );
  };

  const accountChanged = ({ activeId: next }: EventPayloadOf<'account.changed'>): void => {
    // Another account's actions are not this one's.
    if (next !== activeId) recent.clear();
    activeId = next;
    loadAccounts();
  };

  const unsubscribe = events.subscribe((event, payload) => {
    if (event === 'actions.settled') recent.add(payload as EventPayloadOf<'actions.settled'>);
    else if (event === 'account.changed') accountChanged(payload as EventPayloadOf<'account.changed'>);
    else if (event !== 'actions.progress') return;
    requestDraw();
  });
  loadAccounts();
  draw();

  return {
    refresh: () => {
      if (!disposed) draw();
    },
    dispose() {
      disposed = true;
      unsubscribe();
      if (timer !== undefined) scheduler.clearTimeout(timer);
      timer = undefined;
    },
  };
};
