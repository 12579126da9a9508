import { describe, expect, it } from 'vitest';
import { buildTrayModel, MAX_IN_FLIGHT_ITEMS, type TrayModel, type TrayModelInput } from './tray-model';
import { indeterminate, inFlightAction, settledAction } from './testing/tray-fixtures';

const model = (input: Partial<TrayModelInput> = {}): TrayModel =>
  buildTrayModel({ appName: 'DigitalOcean Panel', inFlight: [], recent: [], accounts: [], activeId: null, ...input });

const section = (tray: TrayModel, id: string) => tray.sections.find((candidate) => candidate.id === id);
const labels = (tray: TrayModel, id: string) => section(tray, id)?.items.map((item) => item.label);

const personal = { id: 'a1', name: 'Personal', status: 'ok' } as const;
const team = { id: 'a2', name: 'Team', status: 'ok' } as const;
const demo = { id: 'demo', name: 'Demo', status: 'ok' } as const;

describe('buildTrayModel', () => {
  it('with nothing going on: says so, then Open panel and Quit', () => {
    const tray = model();
    expect(tray).toMatchObject({ tooltip: 'DigitalOcean Panel: nothing in progress', title: '', badgeCount: 0 });
    expect(tray.sections.map((candidate) => candidate.id)).toEqual(['in-flight', 'panel', 'app']);
    expect(labels(tray, 'in-flight')).toEqual(['Nothing in progress']);
    expect(section(tray, 'panel')?.items).toEqual([
      { id: 'open-panel', label: 'Open panel', enabled: true, kind: 'normal', command: { type: 'open-panel' } },
    ]);
    expect(section(tray, 'app')?.items).toEqual([{ id: 'quit', label: 'Quit', enabled: true, kind: 'normal', command: { type: 'quit' } }]);
  });

  it('counts the actions in flight and lists each with its progress; a click shows the activity', () => {
    const tray = model({
      inFlight: [inFlightAction(), inFlightAction({ key: 'action:8', id: 8, type: 'reboot', progress: indeterminate(), elapsedMs: 5_000 })],
    });
    expect(tray).toMatchObject({ tooltip: 'DigitalOcean Panel: 2 actions in progress', title: '2', badgeCount: 2 });
    expect(section(tray, 'in-flight')?.items).toEqual([
      { id: 'in-flight:summary', label: '2 actions in progress', enabled: false, kind: 'normal' },
      {
        id: 'action:7',
        label: 'Snapshot · web-01 · about 3 min left',
        enabled: true,
        kind: 'normal',
        command: { type: 'open-panel', area: 'activity' },
      },
      { id: 'action:8', label: 'Reboot · web-01 · in progress', enabled: true, kind: 'normal', command: { type: 'open-panel', area: 'activity' } },
    ]);
  });

  it(`lists at most ${MAX_IN_FLIGHT_ITEMS} actions and counts the rest`, () => {
    const inFlight = Array.from({ length: 11 }, (_, index) => inFlightAction({ key: `action:${index}`, id: index }));
    const items = section(model({ inFlight }), 'in-flight')?.items ?? [];
    expect(items).toHaveLength(1 + MAX_IN_FLIGHT_ITEMS + 1);
    expect(items[0]?.label).toBe('11 actions in progress');
    expect(items.at(-1)).toMatchObject({ id: 'in-flight:more', label: 'and 3 more…', command: { type: 'open-panel', area: 'activity' } });
  });

  it('lists what settled recently, as given (newest first)', () => {
    const tray = model({ recent: [settledAction({ id: 9, outcome: 'errored', durationMs: 40_000 }), settledAction()] });
    expect(labels(tray, 'recent')).toEqual(['Recently finished', 'Snapshot failed · web-01 · 40 s', 'Snapshot completed · web-01 · 3 min 5 s']);
    expect(section(tray, 'recent')?.items.map((item) => item.id)).toEqual(['recent:summary', 'recent:action:9', 'recent:action:7']);
  });

  it('offers the accounts as radio items, the active one checked, the others switching to themselves', () => {
    const tray = model({ accounts: [personal, team, demo], activeId: 'a2' });
    expect(tray.sections.map((candidate) => candidate.id)).toEqual(['in-flight', 'panel', 'accounts', 'app']);
    expect(section(tray, 'accounts')?.items).toEqual([
      { id: 'accounts:summary', label: 'Account', enabled: false, kind: 'normal' },
      { id: 'account:a1', label: 'Personal', enabled: true, kind: 'radio', checked: false, command: { type: 'switch-account', accountId: 'a1' } },
      { id: 'account:a2', label: 'Team', enabled: true, kind: 'radio', checked: true },
      { id: 'account:demo', label: 'Demo', enabled: true, kind: 'radio', checked: false, command: { type: 'switch-account', accountId: 'demo' } },
    ]);
  });

  it('offers no switch to an account whose token cannot be read', () => {
    const tray = model({
      accounts: [{ ...personal, status: 'token-missing' }, { ...team, status: 'keychain-unavailable' }, demo],
      activeId: 'demo',
    });
    expect(section(tray, 'accounts')?.items.slice(1, 3)).toEqual([
      { id: 'account:a1', label: 'Personal (token missing)', enabled: false, kind: 'radio', checked: false },
      { id: 'account:a2', label: 'Team (keychain unavailable)', enabled: false, kind: 'radio', checked: false },
    ]);
  });

  it('checks no account when none is active', () => {
    const items = section(model({ accounts: [personal, demo] }), 'accounts')?.items ?? [];
    expect(items.filter((item) => item.checked)).toEqual([]);
  });
});
