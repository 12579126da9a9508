import { QueryClient } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatClock } from '../format/format-date';
import { sampleTrackedSnapshot } from '../testing/droplet-samples';
import { renderWithQuery } from '../testing/render-with-query';
import { trackedActionQueries } from './queries';
import { TrackedStatus } from './tracked-status';

describe('TrackedStatus', () => {
  it('gives the time left in words over a bar drawn at the estimate', () => {
    renderWithQuery(<TrackedStatus action={sampleTrackedSnapshot} />);
    expect(screen.getByText('Snapshot · about 3 min left')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Snapshot progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', 'Snapshot · about 3 min left');
  });

  it('sweeps without a number where there is no estimate', () => {
    renderWithQuery(<TrackedStatus action={{ ...sampleTrackedSnapshot, progress: { kind: 'indeterminate', reason: 'no-basis' } }} />);
    expect(screen.getByText('Snapshot · in progress · 2 min so far')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Snapshot progress' })).not.toHaveAttribute('aria-valuenow');
  });

  it('says on hover that work noticed on the account was started elsewhere, and nothing of the kind for the panel’s own', () => {
    const { container, unmount } = renderWithQuery(<TrackedStatus action={{ ...sampleTrackedSnapshot, startedByUser: false }} />);
    expect(container.querySelector('.tracked-status')).toHaveAttribute('title', expect.stringMatching(/^Started elsewhere .* Running for /));
    unmount();
    const own = renderWithQuery(<TrackedStatus action={sampleTrackedSnapshot} />);
    expect(own.container.querySelector('.tracked-status')).toHaveAttribute('title', expect.stringMatching(/^Running for /));
  });
});

describe('TrackedStatus between polls', () => {
  afterEach(() => vi.useRealTimers());

  it('ticks the time left on the local clock from the tracker’s last report', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T10:00:00Z') });
    // The lists observe the query in the app; here nothing does, so it must outlive the default gc time.
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    queryClient.setQueryData(trackedActionQueries.tracked().queryKey, [sampleTrackedSnapshot]);
    renderWithQuery(<TrackedStatus action={sampleTrackedSnapshot} />, queryClient);
    expect(screen.getByText('Snapshot · about 3 min left')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Snapshot · about 2 min left')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(10 * 60_000));
    // Past the expectation the estimate has failed: no stuck bar, only that it runs.
    expect(screen.getByText(/^Snapshot · in progress · \d+ min so far$/)).toBeInTheDocument();
  });
});

describe('TrackedStatus while its status cannot be confirmed', () => {
  afterEach(() => vi.useRealTimers());

  it('stops animating and says since when the status is unknown, without ticking on', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T14:05:00Z') });
    const since = '2026-12-06T14:02:00.000Z';
    const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Infinity } } });
    const unconfirmed = { ...sampleTrackedSnapshot, unconfirmedSince: since };
    queryClient.setQueryData(trackedActionQueries.tracked().queryKey, [unconfirmed]);
    renderWithQuery(<TrackedStatus action={unconfirmed} />, queryClient);
    const text = `Snapshot · status unknown since ${formatClock(Date.parse(since))}`;
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(document.querySelector('.spinner')).toBeNull();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
