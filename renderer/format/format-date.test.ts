import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatMoment } from './format-date';

describe('formatMoment', () => {
  it('is the clock for a moment today, and says the date for another day', () => {
    const now = new Date(2026, 11, 7, 16, 30).getTime();
    const earlierToday = new Date(2026, 11, 7, 14, 2).getTime();
    const yesterday = new Date(2026, 11, 6, 14, 2);
    expect(formatMoment(earlierToday, now)).toBe(formatClock(earlierToday));
    expect(formatMoment(yesterday.getTime(), now)).toBe(formatDateTime(yesterday.toISOString()));
    expect(formatMoment(yesterday.getTime(), now)).not.toBe(formatClock(yesterday.getTime()));
  });
});
