import { describe, expect, test, vi } from 'vitest';
import { createClock } from './clock';

describe('virtual clock', () => {
  test('stands still until advanced, then fires due timers in order', () => {
    const clock = createClock('virtual', 1_000_000);
    const fired: string[] = [];
    clock.setTimer(5000, () => fired.push(`b@${clock.now()}`));
    clock.setTimer(1000, () => fired.push(`a@${clock.now()}`));
    clock.setTimer(9000, () => fired.push('c'));
    expect(clock.now()).toBe(1_000_000);
    clock.advance(6);
    expect(fired).toEqual(['a@1001000', 'b@1005000']);
    expect(clock.now()).toBe(1_006_000);
    expect(clock.pendingTimers()).toBe(1);
  });

  test('timers set for the same moment fire in the order they were set', () => {
    const clock = createClock('virtual', 0);
    const fired: number[] = [];
    for (const n of [1, 2, 3]) clock.setTimer(100, () => fired.push(n));
    clock.advance(1);
    expect(fired).toEqual([1, 2, 3]);
  });

  test('runUntilIdle follows chains of timers and reports the time that passed', () => {
    const clock = createClock('virtual', 0);
    let done = false;
    clock.setTimer(10_000, () => clock.setTimer(20_000, () => (done = true)));
    expect(clock.runUntilIdle()).toBe(30);
    expect(done).toBe(true);
    expect(clock.pendingTimers()).toBe(0);
  });

  test('runUntilIdle stops at its horizon', () => {
    const clock = createClock('virtual', 0);
    clock.setTimer(100_000, () => undefined);
    expect(clock.runUntilIdle(50)).toBe(0);
    expect(clock.pendingTimers()).toBe(1);
  });

  test('a cleared timer never fires', () => {
    const clock = createClock('virtual', 0);
    const run = vi.fn();
    clock.clearTimer(clock.setTimer(10, run));
    clock.advance(1);
    expect(run).not.toHaveBeenCalled();
  });

  test('a failing timer does not stop the others', () => {
    const clock = createClock('virtual', 0);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const after = vi.fn();
    clock.setTimer(1, () => {
      throw new Error('boom');
    });
    clock.setTimer(2, after);
    clock.advance(1);
    expect(after).toHaveBeenCalled();
    error.mockRestore();
  });

  test('refuses to go backwards', () => {
    expect(() => createClock('virtual', 0).advance(-1)).toThrow(RangeError);
  });
});

describe('real clock', () => {
  test('follows the wall clock from its start and can skip ahead', () => {
    const clock = createClock('real', Date.UTC(2030, 0, 1));
    expect(Math.abs(clock.now() - Date.UTC(2030, 0, 1))).toBeLessThan(1000);
    const run = vi.fn();
    clock.setTimer(3_600_000, run);
    clock.advance(3600);
    expect(run).toHaveBeenCalledOnce();
    clock.stop();
  });

  test('fires due timers on its own', async () => {
    vi.useFakeTimers();
    try {
      const clock = createClock('real');
      const run = vi.fn();
      clock.setTimer(50, run);
      await vi.advanceTimersByTimeAsync(60);
      expect(run).toHaveBeenCalledOnce();
      clock.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('background timers', () => {
  test('fire when time passes them, but runUntilIdle does not wait for them', () => {
    const clock = createClock('virtual', 0);
    const backups: number[] = [];
    const nightly = (): void => {
      backups.push(clock.now());
      clock.setTimer(86_400_000, nightly, { background: true });
    };
    clock.setTimer(3_600_000, nightly, { background: true });
    clock.setTimer(60_000, () => undefined);
    expect(clock.pendingTimers()).toBe(1);
    expect(clock.runUntilIdle()).toBe(60);
    expect(backups).toEqual([]);
    clock.advance(2 * 86_400);
    expect(backups).toEqual([3_600_000, 90_000_000]);
    expect(clock.runUntilIdle()).toBe(0);
  });
});
