import { create } from 'zustand';

interface DismissedFailuresState {
  /** Keys (`action:<id>`) of failed actions the person has dismissed from their rows. */
  dismissed: ReadonlySet<string>;
  actions: {
    dismiss: (key: string) => void;
  };
}

// Not persisted: a failure mark lasts ten minutes at most, and a restart starts with a new memory anyway.
const useDismissedFailuresStore = create<DismissedFailuresState>()((set) => ({
  dismissed: new Set(),
  actions: {
    dismiss: (key) => set((state) => ({ dismissed: new Set([...state.dismissed, key]) })),
  },
}));

/** Whether the failure of this tracked action was dismissed from its row. */
export const useFailureDismissed = (key: string | undefined): boolean =>
  useDismissedFailuresStore((state) => key !== undefined && state.dismissed.has(key));

export const useDismissedFailuresActions = (): DismissedFailuresState['actions'] => useDismissedFailuresStore((state) => state.actions);
