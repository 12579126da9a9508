import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettledAction } from '../../shared/action-types';
import { formatClock } from '../format/format-date';
import { sampleTrackedSnapshot } from '../testing/droplet-samples';
import { renderWithQuery } from '../testing/render-with-query';
import { ActionProgress } from './action-progress';

describe('ActionProgress', () => {
  it('gives elapsed time and time left as an estimate, never a percent', () => {
    const progress = { kind: 'estimate' as const, fraction: 0.4, etaMs: 135_000, expectedMs: 225_000, lowMs: 180_000, highMs: 390_000, basis: 'prior' as const };
    const running = { ...sampleTrackedSnapshot, elapsedMs: 90_000, progress };
    renderWithQuery(<ActionProgress action={running} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '1 min 30 s elapsed · about 2–5 min left (estimate)');
    expect(bar.closest('[title]')).toHaveAttribute('title', expect.stringMatching(/About 3–7 min in all \(DigitalOcean documents about 2 minutes per GB\)/));
    expect(document.body.textContent).not.toMatch(/%/);
  });

  it('is indeterminate without an estimate', () => {
    renderWithQuery(<ActionProgress action={{ ...sampleTrackedSnapshot, progress: { kind: 'indeterminate', reason: 'no-basis' } }} />);
    expect(screen.getByRole('progressbar')).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByRole('progressbar').className).toContain('indeterminate');
  });

  it('holds still and says since when the status is unknown while it cannot be confirmed', () => {
    const since = '2026-12-06T14:02:00.000Z';
    const running = { ...sampleTrackedSnapshot, elapsedMs: 90_000, unconfirmedSince: since, progress: { kind: 'indeterminate' as const, reason: 'no-basis' as const } };
    renderWithQuery(<ActionProgress action={running} />);
    const bar = screen.getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuetext', `1 min 30 s elapsed · status unknown since ${formatClock(Date.parse(since))}`);
    expect(bar).not.toHaveAttribute('aria-busy');
    expect(bar).not.toHaveClass('progress-bar--indeterminate');
  });

  it('says under the bar when it was found after a failed send, or noticed as started elsewhere, and nothing for a plain click', () => {
    const { unmount } = renderWithQuery(<ActionProgress action={{ ...sampleTrackedSnapshot, foundAfter: 'connection' }} />);
    expect(screen.getByText(/^The connection broke while the request was being sent, but DigitalOcean had received the Snapshot request/)).toHaveTextContent('It was not sent again.');
    unmount();
    const elsewhere = renderWithQuery(<ActionProgress action={{ ...sampleTrackedSnapshot, startedByUser: false }} />);
    expect(screen.getByText(/^Started elsewhere/)).toBeInTheDocument();
    elsewhere.unmount();
    renderWithQuery(<ActionProgress action={sampleTrackedSnapshot} />);
    expect(screen.queryByText(/Started elsewhere|not sent again/)).not.toBeInTheDocument();
  });

  it('leaves the origin to a badge where one says it', () => {
    renderWithQuery(<ActionProgress action={{ ...sampleTrackedSnapshot, startedByUser: false }} withOrigin={false} />);
    expect(screen.queryByText(/Started elsewhere/)).not.toBeInTheDocument();
  });

  it('shows a failure with DigitalOcean’s reason', () => {
    const failed: SettledAction = {
      ...sampleTrackedSnapshot,
      status: 'errored',
      completedAt: new Date(Date.parse(sampleTrackedSnapshot.startedAt) + 65_000).toISOString(),
      errorMessage: 'The image could not be downloaded.',
    };
    renderWithQuery(<ActionProgress action={failed} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', 'Failed after 1 min 5 s');
    expect(screen.getByText('The image could not be downloaded.')).toBeInTheDocument();
  });
});
