import * as RadixTooltip from '@radix-ui/react-tooltip';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CopyButton } from './copy-button';

const Harness = ({ value }: { value: string }) => (
  <RadixTooltip.Provider>
    <CopyButton value={value} what="IP address" />
  </RadixTooltip.Provider>
);

describe('CopyButton', () => {
  it('says Copied of the value it copied only, when a table row hands it another row’s value', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Harness value="203.0.113.10" />);
    await user.click(screen.getByRole('button', { name: 'Copy IP address' }));
    expect(await navigator.clipboard.readText()).toBe('203.0.113.10');
    expect(await screen.findByText('Copied IP address: 203.0.113.10')).toBeInTheDocument();

    rerender(<Harness value="198.51.100.7" />);
    expect(screen.queryByText(/Copied/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy IP address' })).not.toHaveClass('copy-button--copied');
  });
});
