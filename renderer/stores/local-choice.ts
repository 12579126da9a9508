import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** A persisted one-of-a-list choice: the hook that reads it, and the one that changes it. */
export interface LocalChoice<T extends string> {
  useChoice: () => T;
  useChoose: () => (choice: T) => void;
}

/**
 * One of a fixed list of choices that is only the user's look and feel (theme, list density), kept in
 * this window's localStorage under `storageKey` as `{ [field]: choice }`. localStorage is outside our
 * control: a stored value not in `choices` keeps `initial` instead.
 */
export const createLocalChoice = <T extends string>(storageKey: string, field: string, choices: readonly T[], initial: T): LocalChoice<T> => {
  const isChoice = (value: unknown): value is T => choices.some((choice) => choice === value);
  const useStore = create<{ choice: T; choose: (choice: T) => void }>()(
    persist(
      (set) => ({
        choice: initial,
        choose: (choice) => set({ choice }),
      }),
      {
        name: storageKey,
        partialize: ({ choice }) => ({ [field]: choice }),
        merge: (persisted, current) => {
          const stored = (persisted as Record<string, unknown> | undefined)?.[field];
          return isChoice(stored) ? { ...current, choice: stored } : current;
        },
      },
    ),
  );
  return {
    useChoice: () => useStore((state) => state.choice),
    useChoose: () => useStore((state) => state.choose),
  };
};
