import { describe, expect, it } from 'vitest';
import type { ActionProgress } from '../action-types';
import { formatDuration, progressBasis, progressDetail, progressText, runningText, settledMessage, settledTitle, timeLeftText } from './words';

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
const estimate = (etaMs: number): ActionProgress => ({ kind: 'estimate', fraction: 0.5, etaMs, expectedMs: 2 * etaMs, lowMs: 2 * etaMs, highMs: 2 * etaMs, basis: 'prior' });

describe('progress words', () => {
  it('never shows 100 % before DigitalOcean says the action is done: the time left, in whole minutes', () => {
    expect(progressText(snapshot({ kind: 'estimate', fraction: 0.999, etaMs: 20_000, expectedMs: 300_000, lowMs: 300_000, highMs: 300_000, basis: 'learned' }))).toBe(
      'Snapshot · less than a minute left',
    );
    expect(timeLeftText(185_000)).toBe('about 3 min left');
    expect(timeLeftText(3_901_000)).toBe('about 1 h 5 min left');
  });

  it('says only "in progress" without an estimate, with the time so far past a minute, and why in the tooltip', () => {
    expect(runningText({ kind: 'indeterminate', reason: 'no-basis' }, 20_000)).toBe('in progress');
    expect(runningText({ kind: 'indeterminate', reason: 'overdue' }, 754_000)).toBe('in progress · 12 min so far');
    expect(progressBasis(snapshot({ kind: 'indeterminate', reason: 'size-unknown' }))).toBe('Running for 1 min 30 s. The size to estimate from is unknown.');
    expect(progressBasis(snapshot(estimate(60_000)))).toMatch(/Estimated from typical durations; DigitalOcean reports no percentage/);
  });

  it('labels a bar’s estimate as one, and a finished bar with how long it took', () => {
    const running = { ...sampleTracked, status: 'in-progress' as const, progress: estimate(180_000), elapsedMs: 90_000 };
    expect(progressDetail(running)).toBe('1 min 30 s elapsed · about 3 min left (estimate)');
    expect(progressDetail({ ...running, progress: { kind: 'indeterminate', reason: 'no-basis' } })).toBe('1 min 30 s elapsed · no estimate yet');
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
