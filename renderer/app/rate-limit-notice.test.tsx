import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatClock } from '../format/format-date';
import { emit, resetFakeBridge } from '../testing/fake-bridge';
import { RateLimitNotice } from './rate-limit-notice';

vi.mock('../bridge', () => import('../testing/fake-bridge'));

beforeEach(() => {
  resetFakeBridge();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('RateLimitNotice', () => {
  it('stays out of the way until the main side reports a rate limit', () => {
    render(<RateLimitNotice />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('counts down to the retry, then disappears', () => {
    render(<RateLimitNotice />);
    act(() => emit('api.rateLimited', { retryInMs: 3_000 }));
    expect(screen.getByRole('status')).toHaveTextContent(`rate limiting this account since ${formatClock(Date.now())}. The panel retries in 3 s.`);
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.getByRole('status')).toHaveTextContent('retries in 2 s');
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps the later of two waits', () => {
    render(<RateLimitNotice />);
    act(() => emit('api.rateLimited', { retryInMs: 10_000 }));
    act(() => emit('api.rateLimited', { retryInMs: 2_000 }));
    expect(screen.getByRole('status')).toHaveTextContent('retries in 10 s');
  });
});
