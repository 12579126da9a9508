import { describe, expect, it } from 'vitest';
import type { ActionProgress } from '../action-types';
import { formatDuration, progressBasis, progressDetail, progressText, rangeText, runningText, settledMessage, settledTitle, timeLeftText } from './words';

describe('formatDuration', () => {
  it.each([
    [400, 'under a second'],
    [1000, '1 s'],
    [42_400, '42 s'],
    [59_600, '1 min'],
    [185_000, '3 min 5 s'],
    [240_000, '4 min'],
    [12 * 60_000 + 20_000, '12 min'],
    [59 * 60_000 + 40_000, '1 h'],
    [65 * 60_000, '1 h 5 min'],
    [3 * 3600_000 + 1000, '3 h'],
  ])('%i ms reads as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

const snapshot = (progress: ActionProgress, elapsedMs = 90_000) => ({ type: 'snapshot', progress, elapsedMs });
type Estimate = Extract<ActionProgress, { kind: 'estimate' }>;
/** An estimate of the whole duration, `lowMs`–`highMs` from the start, around `expectedMs`. */
const estimate = (lowMs: number, expectedMs: number, highMs: number, extra: Partial<Estimate> = {}): Estimate => ({
  kind: 'estimate',
  fraction: 0.5,
  etaMs: expectedMs / 2,
  expectedMs,
  lowMs,
  highMs,
  basis: 'prior',
  ...extra,
});
const MIN = 60_000;

describe('rangeText', () => {
  it.each([
    [20_000, 40_000, '20–40 s'],
    [30_000, 30_400, '30 s'],
    [3 * MIN, 5 * MIN, '3–5 min'],
    [4.2 * MIN, 3.8 * MIN, '4 min'],
    [10_000, 2 * MIN, 'up to 2 min'],
    [50 * MIN, 80 * MIN, '50 min–1 h 20 min'],
  ])('%i–%i ms reads as %s', (low, high, text) => {
    expect(rangeText(low, high)).toBe(text);
  });
});

describe('progress words', () => {
  it('says the time left as the range the estimate allows, in whole minutes', () => {
    // 1 min 30 s in, of 4 min 30 s–6 min 30 s in all: 3–5 min left.
    expect(timeLeftText(estimate(4.5 * MIN, 5.5 * MIN, 6.5 * MIN), 1.5 * MIN)).toBe('about 3–5 min left');
    expect(timeLeftText(estimate(5.4 * MIN, 5.5 * MIN, 5.6 * MIN), 1.5 * MIN)).toBe('about 4 min left');
    expect(timeLeftText(estimate(MIN, 3 * MIN, 8 * MIN), 1.5 * MIN)).toBe('up to about 7 min left');
    expect(timeLeftText(estimate(40 * MIN, 60 * MIN, 80 * MIN), 15 * MIN)).toBe('about 25 min–1 h 5 min left');
  });

  it('says only the most an upper bound allows', () => {
    expect(timeLeftText(estimate(20 * MIN, 30 * MIN, 42 * MIN, { upperBound: true }), 2 * MIN)).toBe('at most about 40 min left');
    expect(timeLeftText(estimate(MIN, MIN, 2 * MIN, { upperBound: true }), 1.9 * MIN)).toBe('at most a minute left');
  });

  it('never shows 100 % before DigitalOcean says the action is done', () => {
    expect(progressText(snapshot(estimate(60_000, 90_000, 100_000, { fraction: 0.99 })))).toBe('Snapshot · less than a minute left');
    expect(progressText(snapshot(estimate(4.5 * MIN, 5.5 * MIN, 6.5 * MIN)))).toBe('Snapshot · about 3–5 min left');
  });

  it('says only "in progress" without an estimate, with the time so far past a minute, and why in the tooltip', () => {
    expect(runningText({ kind: 'indeterminate', reason: 'no-basis' }, 20_000)).toBe('in progress');
    expect(runningText({ kind: 'indeterminate', reason: 'overdue' }, 754_000)).toBe('in progress · 12 min so far');
    expect(progressBasis(snapshot({ kind: 'indeterminate', reason: 'size-unknown' }))).toBe(
      'Running for 1 min 30 s. No estimate yet: the size to estimate from is unknown.',
    );
  });

  it('says in the tooltip where an estimate comes from', () => {
    expect(progressBasis(snapshot(estimate(3 * MIN, 4 * MIN, 5 * MIN, { basis: 'learned', samples: 12 })))).toBe(
      'Running for 1 min 30 s. About 3–5 min in all, from 12 earlier snapshot actions on this account. DigitalOcean reports no percentage.',
    );
    expect(progressBasis({ type: 'reboot', elapsedMs: 5_000, progress: estimate(15_000, 30_000, 60_000, { basis: 'learned', samples: 1 }) })).toMatch(
      /from 1 earlier reboot action on this account/,
    );
    expect(progressBasis(snapshot(estimate(10 * MIN, 20 * MIN, 40 * MIN)))).toBe(
      'Running for 1 min 30 s. About 10–40 min in all (DigitalOcean documents about 2 minutes per GB). DigitalOcean reports no percentage.',
    );
    expect(progressBasis(snapshot(estimate(50 * MIN, 100 * MIN, 200 * MIN, { upperBound: true })))).toBe(
      'Running for 1 min 30 s. At most about 3 h 20 min in all (DigitalOcean documents about 2 minutes per GB). ' +
        'Disk size used as an upper bound: no earlier snapshot says how much data it holds. DigitalOcean reports no percentage.',
    );
  });

  it('labels a bar’s estimate as one, or as an upper bound, and a finished bar with how long it took', () => {
    const running = { ...sampleTracked, status: 'in-progress' as const, progress: estimate(4.5 * MIN, 5.5 * MIN, 6.5 * MIN), elapsedMs: 90_000 };
    expect(progressDetail(running)).toBe('1 min 30 s elapsed · about 3–5 min left (estimate)');
    expect(progressDetail({ ...running, progress: estimate(20 * MIN, 30 * MIN, 41.5 * MIN, { upperBound: true }) })).toBe(
      '1 min 30 s elapsed · at most about 40 min left (upper bound)',
    );
    expect(progressDetail({ ...running, progress: { kind: 'indeterminate', reason: 'no-basis' } })).toBe('1 min 30 s elapsed · no estimate yet');
    expect(progressDetail({ ...running, progress: { kind: 'indeterminate', reason: 'overdue' } })).toBe('1 min 30 s elapsed · taking longer than expected');
    const settled = { ...sampleTracked, status: 'errored' as const, completedAt: '2026-01-01T00:03:05Z' };
    expect(progressDetail(settled)).toBe('Failed after 3 min 5 s');
  });

  it('words a settled action the same way for the tray, the notification and the toast', () => {
    const settled = { outcome: 'errored' as const, durationMs: 40_000, resource: { type: 'droplet' as const, id: 1, name: 'web-01' }, action: { type: 'change_kernel' } };
    expect(settledTitle(settled)).toBe('Change kernel failed');
    expect(settledMessage(settled)).toBe('web-01: failed after 40 s. DigitalOcean gives no reason for a failed action.');
    expect(settledMessage({ ...settled, outcome: 'completed' })).toBe('web-01: done in 40 s.');
  });
});

const sampleTracked = {
  key: 'action:1',
  kind: 'action' as const,
  id: 1,
  type: 'snapshot',
  resource: { type: 'droplet' as const, id: 7, name: 'web-01' },
  startedAt: '2026-01-01T00:00:00Z',
  startedByUser: true,
  elapsedMs: 90_000,
};
