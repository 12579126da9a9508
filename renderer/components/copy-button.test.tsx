import * as RadixTooltip from '@radix-ui/react-tooltip';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CopyButton } from './copy-button';

const Harness = ({ value, plainHint = false }: { value: string; plainHint?: boolean }) => (
  <RadixTooltip.Provider>
    <CopyButton value={value} what="IP address" plainHint={plainHint} />
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

  it('shows its hint in the app’s tooltip on hover, or as the system’s own (title) with plainHint, and says Copied there too', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness value="203.0.113.10" />);
    const button = screen.getByRole('button', { name: 'Copy IP address' });
    expect(button).not.toHaveAttribute('title');
    await user.hover(button);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Copy IP address');
    unmount();

    render(<Harness value="203.0.113.10" plainHint />);
    const plain = screen.getByRole('button', { name: 'Copy IP address' });
    expect(plain).toHaveAttribute('title', 'Copy IP address');
    await user.hover(plain);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    await user.click(plain);
    expect(await screen.findByText('Copied IP address: 203.0.113.10')).toBeInTheDocument();
    expect(plain).toHaveAttribute('title', 'Copied');
  });
});
