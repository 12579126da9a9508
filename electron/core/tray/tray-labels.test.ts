import { describe, expect, it } from 'vitest';
import { inFlightLabel, inFlightSummary, settledLabel } from './tray-labels';
import { indeterminate, inFlightAction, settledAction } from './testing/tray-fixtures';

describe('inFlightLabel', () => {
  it('gives the estimate and the time left in whole minutes', () => {
    expect(inFlightLabel(inFlightAction())).toBe('Snapshot · web-01 · about 3 min left');
    const progress = { kind: 'estimate', fraction: 0.126, etaMs: 3_901_000, expectedMs: 4_500_000, lowMs: 4_500_000, highMs: 4_500_000, basis: 'learned' } as const;
    expect(inFlightLabel(inFlightAction({ progress, elapsedMs: 599_000 }))).toBe('Snapshot · web-01 · about 1 h 5 min left');
    const ranged = { ...progress, lowMs: 300_000, highMs: 420_000 } as const;
    expect(inFlightLabel(inFlightAction({ progress: ranged, elapsedMs: 120_000 }))).toBe('Snapshot · web-01 · about 3–5 min left');
    expect(inFlightLabel(inFlightAction({ progress: { ...ranged, upperBound: true }, elapsedMs: 120_000 }))).toBe('Snapshot · web-01 · at most about 5 min left');
  });

  it('claims no time left while the status cannot be confirmed', () => {
    const since = '2026-12-06T14:02:00.000Z';
    const shown = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(since));
    expect(inFlightLabel(inFlightAction({ unconfirmedSince: since }))).toBe(`Snapshot · web-01 · status unknown since ${shown}`);
  });

  it('never rounds an estimate up to 100%', () => {
    const progress = { kind: 'estimate', fraction: 0.99, etaMs: 2_000, expectedMs: 300_000, lowMs: 300_000, highMs: 300_000, basis: 'prior' } as const;
    expect(inFlightLabel(inFlightAction({ progress, elapsedMs: 298_000 }))).toBe('Snapshot · web-01 · less than a minute left');
  });

  it('says only "in progress" without an estimate, with the time so far once there is a minute of it', () => {
    expect(inFlightLabel(inFlightAction({ type: 'reboot', progress: indeterminate(), elapsedMs: 20_000 }))).toBe('Reboot · web-01 · in progress');
    expect(inFlightLabel(inFlightAction({ progress: indeterminate('overdue'), elapsedMs: 754_000 }))).toBe(
      'Snapshot · web-01 · in progress · 12 min so far',
    );
  });
});

describe('settledLabel', () => {
  it('gives the outcome, the resource and how long it took', () => {
    expect(settledLabel(settledAction())).toBe('Snapshot completed · web-01 · 3 min 5 s');
    expect(settledLabel(settledAction({ type: 'power_off', outcome: 'errored', durationMs: 40_000 }))).toBe('Power off failed · web-01 · 40 s');
  });
});

describe('inFlightSummary', () => {
  it('counts the actions in flight', () => {
    expect([0, 1, 3].map(inFlightSummary)).toEqual(['Nothing in progress', '1 action in progress', '3 actions in progress']);
  });
});
