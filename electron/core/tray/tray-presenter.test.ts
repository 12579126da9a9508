import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountList } from '../../../shared/account-types';
import type { InFlightAction } from '../../../shared/action-types';
import { createEventBus, type EventBus } from '../event-bus';
import { createLogger, type LogLevel } from '../log';
import { createTrayPresenter, TRAY_RENDER_INTERVAL_MS } from './tray-presenter';
import type { TrayModel } from './tray-model';
import { inFlightAction, settledAction } from './testing/tray-fixtures';
import { createManualScheduler } from '../tracker/testing/manual-scheduler';

const manualScheduler = () => createManualScheduler(1_000_000);

const accountList = (activeId: string | null): AccountList => ({
  accounts: [
    { id: 'a1', name: 'Personal', kind: 'token', storage: 'keychain', status: 'ok', active: activeId === 'a1', email: 'me@example.com' },
    { id: 'demo', name: 'Demo', kind: 'demo', storage: 'none', status: 'ok', active: activeId === 'demo' },
  ],
  activeId,
  keychain: { available: true },
});

let events: EventBus;
let inFlight: InFlightAction[];
let listAccounts: ReturnType<typeof vi.fn<() => Promise<AccountList>>>;
let clock: ReturnType<typeof manualScheduler>;
let models: TrayModel[];
let logLines: [LogLevel, string][];

const present = (render: (model: TrayModel) => void = (model) => void models.push(model)) =>
  createTrayPresenter({
    appName: 'DigitalOcean Panel',
    events,
    tracker: { list: () => inFlight },
    accounts: { list: listAccounts },
    scheduler: clock.scheduler,
    log: createLogger('tray', { sink: (level, line) => logLines.push([level, line]) }),
    render,
  });

const last = (): TrayModel => {
  const model = models.at(-1);
  if (!model) throw new Error('nothing was drawn');
  return model;
};
const labelsOf = (model: TrayModel, id: string) => model.sections.find((section) => section.id === id)?.items.map((item) => item.label);
const checkedAccount = (model: TrayModel) =>
  model.sections.find((section) => section.id === 'accounts')?.items.find((item) => item.checked)?.label;

beforeEach(() => {
  events = createEventBus();
  inFlight = [];
  listAccounts = vi.fn(() => Promise.resolve(accountList('a1')));
  clock = manualScheduler();
  models = [];
  logLines = [];
});

describe('createTrayPresenter', () => {
  it('draws at once, then again with the accounts once they are listed', async () => {
    present();
    expect(models).toHaveLength(1);
    expect(last().sections.map((section) => section.id)).toEqual(['in-flight', 'panel', 'app']);
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    await vi.waitFor(() => expect(models).toHaveLength(2));
    expect(checkedAccount(last())).toBe('Personal');
  });

  it('reads the work in flight from the tracker when it draws', () => {
    present();
    inFlight = [inFlightAction()];
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    events.emit('actions.progress', { actions: [] });
    expect(last()).toMatchObject({ title: '1', badgeCount: 1 });
  });

  it('draws at most once an interval, however many ticks arrive, and never drops the last one', () => {
    present();
    for (let tick = 0; tick < 20; tick += 1) {
      inFlight = [inFlightAction({ elapsedMs: tick })];
      events.emit('actions.progress', { actions: inFlight });
    }
    expect(models).toHaveLength(1);
    clock.advance(TRAY_RENDER_INTERVAL_MS - 1);
    expect(models).toHaveLength(1);
    clock.advance(1);
    expect(models).toHaveLength(2);
    expect(last().badgeCount).toBe(1);
    expect(clock.pending()).toBe(0);
  });

  it('remembers what settled, newest first', () => {
    present();
    events.emit('actions.settled', settledAction({ id: 1 }));
    events.emit('actions.settled', settledAction({ id: 2, type: 'reboot', durationMs: 30_000 }));
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    expect(labelsOf(last(), 'recent')).toEqual(['Recently finished', 'Reboot completed · web-01 · 30 s', 'Snapshot completed · web-01 · 3 min 5 s']);
  });

  it('on an account switch: checks the new account, lists the accounts again, and forgets the last one’s actions', async () => {
    present();
    await vi.waitFor(() => expect(listAccounts).toHaveBeenCalledOnce());
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    await vi.waitFor(() => expect(checkedAccount(last())).toBe('Personal'));
    events.emit('actions.settled', settledAction());
    listAccounts.mockResolvedValueOnce(accountList('demo'));
    events.emit('account.changed', { activeId: 'demo' });
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    expect(checkedAccount(last())).toBe('Demo');
    expect(labelsOf(last(), 'recent')).toBeUndefined();
    expect(listAccounts).toHaveBeenCalledTimes(2);
  });

  it('keeps the recent actions when an account is added without a switch', () => {
    present();
    events.emit('account.changed', { activeId: 'a1' });
    events.emit('actions.settled', settledAction());
    events.emit('account.changed', { activeId: 'a1' });
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    expect(labelsOf(last(), 'recent')).toHaveLength(2);
  });

  it('ignores an account list answered after a later change', async () => {
    let answerFirst: (list: AccountList) => void = () => undefined;
    listAccounts.mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)));
    listAccounts.mockResolvedValueOnce(accountList('demo'));
    present();
    events.emit('account.changed', { activeId: 'demo' });
    await vi.waitFor(() => expect(clock.pending()).toBe(1));
    answerFirst(accountList('a1'));
    await Promise.resolve();
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    expect(checkedAccount(last())).toBe('Demo');
  });

  it('logs a failed account list and keeps drawing without the switcher', async () => {
    listAccounts.mockRejectedValueOnce(new Error('keychain locked'));
    present();
    await vi.waitFor(() => expect(logLines.map(([level, line]) => [level, line.split('\n')[0]])).toEqual([['warn', '[tray] could not list the accounts for the tray Error: keychain locked']]));
    expect(last().sections.map((section) => section.id)).not.toContain('accounts');
  });

  it('refreshes on demand, logs a failed draw, and stops when disposed', () => {
    const render = vi.fn((model: TrayModel) => void models.push(model));
    const presenter = present(render);
    presenter.refresh();
    expect(render).toHaveBeenCalledTimes(2);
    render.mockImplementationOnce(() => {
      throw new Error('tray gone');
    });
    presenter.refresh();
    expect(logLines.map(([level, line]) => [level, line.split(' ').slice(0, 4).join(' ')])).toEqual([['warn', '[tray] could not update']]);
    events.emit('actions.progress', { actions: [] });
    presenter.dispose();
    clock.advance(TRAY_RENDER_INTERVAL_MS);
    presenter.refresh();
    events.emit('actions.settled', settledAction());
    expect(render).toHaveBeenCalledTimes(3);
    expect(clock.pending()).toBe(0);
  });
});
