import { create } from 'zustand';

/** What the create form starts with when it is opened from somewhere that already knows (an image's pane). */
export interface CreateDropletPrefill {
  /** An image id (the account's own images) or a public image's slug. */
  image?: number | string;
  /** A region that holds the image, chosen first. */
  region?: string;
}

interface CreateDropletDialogState {
  open: boolean;
  /** Changes each time the form opens, so it starts from its prefill instead of an old draft. */
  serial: number;
  prefill: CreateDropletPrefill;
  actions: {
    open: (prefill?: CreateDropletPrefill) => void;
    close: () => void;
  };
}

/**
 * Whether the create-droplet form is open, and with what. It opens from the Droplets toolbar, the
 * empty list and an image's pane, and must outlive the view that opened it (the Images screen gives
 * way to the Droplets screen once the new droplets exist).
 */
const useCreateDropletStore = create<CreateDropletDialogState>()((set) => ({
  open: false,
  serial: 0,
  prefill: {},
  actions: {
    open: (prefill = {}) => set((state) => ({ open: true, serial: state.serial + 1, prefill })),
    close: () => set({ open: false }),
  },
}));

export const useCreateDropletDialog = (): Pick<CreateDropletDialogState, 'open' | 'serial' | 'prefill'> => {
  const open = useCreateDropletStore((state) => state.open);
  const serial = useCreateDropletStore((state) => state.serial);
  const prefill = useCreateDropletStore((state) => state.prefill);
  return { open, serial, prefill };
};

export const useCreateDropletActions = (): CreateDropletDialogState['actions'] => useCreateDropletStore((state) => state.actions);
