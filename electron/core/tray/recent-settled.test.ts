import { describe, expect, it } from 'vitest';
import { createRecentSettled } from './recent-settled';
import { settledAction } from './testing/tray-fixtures';

const ids = (recent: ReturnType<typeof createRecentSettled>) => recent.list().map((settled) => settled.action.id);

describe('createRecentSettled', () => {
  it('keeps the last five, newest first', () => {
    const recent = createRecentSettled();
    for (let id = 1; id <= 7; id += 1) recent.add(settledAction({ id }));
    expect(ids(recent)).toEqual([7, 6, 5, 4, 3]);
  });

  it('lists the same action once', () => {
    const recent = createRecentSettled();
    recent.add(settledAction({ id: 1 }));
    recent.add(settledAction({ id: 2 }));
    recent.add(settledAction({ id: 1, outcome: 'errored' }));
    expect(ids(recent)).toEqual([1, 2]);
    expect(recent.list()[0]?.outcome).toBe('errored');
  });

  it('hands out copies and forgets everything on clear', () => {
    const recent = createRecentSettled(2);
    recent.add(settledAction({ id: 1 }));
    recent.list().pop();
    expect(ids(recent)).toEqual([1]);
    recent.clear();
    expect(recent.list()).toEqual([]);
  });
});
