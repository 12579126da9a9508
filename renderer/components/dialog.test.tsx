import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from './dialog';

/** A button that opens a dialog, and a search field a shortcut may focus the moment it closes. */
const Harness = () => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <input type="search" aria-label="Search" />
      <Dialog open={open} onOpenChange={setOpen} title="Shortcuts">
        <p>Every shortcut</p>
      </Dialog>
    </>
  );
};

const openDialog = async () => {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(await screen.findByRole('dialog', { name: 'Shortcuts' })).toHaveFocus();
  return user;
};

describe('Dialog focus on close', () => {
  it('goes back to what opened it', async () => {
    const user = await openDialog();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Open' })).toHaveFocus());
  });

  it('stays where a key put it in the moment after the dialog went (Escape, then / for the search)', async () => {
    await openDialog();
    const search = screen.getByRole('searchbox', { name: 'Search', hidden: true });
    // Escape and the focus in one go, before Radix's deferred return of focus runs.
    act(() => {
      fireEvent.keyDown(screen.getByRole('dialog', { name: 'Shortcuts' }), { key: 'Escape' });
    });
    act(() => search.focus());
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(search).toHaveFocus();
  });
});
