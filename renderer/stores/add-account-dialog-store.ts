import { create } from 'zustand';

interface AddAccountDialogState {
  open: boolean;
  actions: {
    open: () => void;
    close: () => void;
  };
}

/**
 * Whether the add-account dialog is open. It is opened from the welcome screen, the Accounts page and
 * the account menu, and must outlive the view that opened it: the welcome screen gives way to the
 * droplets as soon as the first account is added, while the dialog still shows what was added.
 */
const useAddAccountDialogStore = create<AddAccountDialogState>()((set) => ({
  open: false,
  actions: {
    open: () => set({ open: true }),
    close: () => set({ open: false }),
  },
}));

export const useAddAccountDialogOpen = (): boolean => useAddAccountDialogStore((state) => state.open);

export const useAddAccountDialogActions = (): AddAccountDialogState['actions'] => useAddAccountDialogStore((state) => state.actions);
