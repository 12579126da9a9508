import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleTrackedSnapshot } from '../testing/droplet-samples';
import { TrackedStatus } from './tracked-status';

describe('TrackedStatus', () => {
  it('gives the time left in words over a bar drawn at the estimate', () => {
    render(<TrackedStatus action={sampleTrackedSnapshot} />);
    expect(screen.getByText('Snapshot · about 3 min left')).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Snapshot progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', 'Snapshot · about 3 min left');
  });

  it('sweeps without a number where there is no estimate', () => {
    render(<TrackedStatus action={{ ...sampleTrackedSnapshot, progress: { kind: 'indeterminate', reason: 'no-basis' } }} />);
    expect(screen.getByText('Snapshot · in progress · 2 min so far')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Snapshot progress' })).not.toHaveAttribute('aria-valuenow');
  });
});
