import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleTrackedSnapshot } from '../../testing/droplet-samples';
import { renderWithQuery } from '../../testing/render-with-query';
import { RunningList } from './activity-lists';

describe('RunningList', () => {
  it('badges work found after a failed send apart from work started elsewhere, with the whole story on hover', () => {
    const found = { ...sampleTrackedSnapshot, key: 'action:1', id: 1, foundAfter: 'timeout' as const };
    const elsewhere = { ...sampleTrackedSnapshot, key: 'action:2', id: 2, startedByUser: false };
    const own = { ...sampleTrackedSnapshot, key: 'action:3', id: 3 };
    renderWithQuery(<RunningList actions={[found, elsewhere, own]} />);
    const [first, second, third] = screen.getAllByRole('listitem') as HTMLElement[];
    const badge = within(first as HTMLElement).getByText('Found after a failed send');
    expect(badge.closest('[title]')).toHaveAttribute('title', expect.stringMatching(/^DigitalOcean did not answer in time, but DigitalOcean had received/));
    expect(within(second as HTMLElement).getByText('Started elsewhere')).toBeInTheDocument();
    expect(within(third as HTMLElement).queryByText(/Started elsewhere|Found after/)).not.toBeInTheDocument();
    // Said once, by the badge: the bar's own origin line stays off here.
    expect(screen.queryByText(/not sent again/)).not.toBeInTheDocument();
  });
});
