import { useEffect, useLayoutEffect, useRef } from 'react';
import { create } from 'zustand';
import type { IconName } from '../../shared/actions/droplet-kinds';

/** One thing the palette can run that belongs to a view on screen (a droplet's action, a bulk action). */
export interface PaletteCommand {
  id: string;
  label: string;
  icon: IconName;
  danger: boolean;
  /** Why it cannot run now (the catalogue's reason), or null. */
  unavailable: string | null;
  /** Does what the view's own button or menu item does: the same dialog, the same confirmation. */
  run: () => void;
}

/** A view's commands under one heading ("Actions on web-01"). */
export interface PaletteCommandGroup {
  heading: string;
  commands: readonly PaletteCommand[];
}

type Provider = () => PaletteCommandGroup | null;

interface CommandsState {
  providers: ReadonlyMap<string, Provider>;
  actions: {
    provide: (source: string, provider: Provider) => void;
    withdraw: (source: string) => void;
  };
}

/**
 * The commands the views on screen offer the palette. A view registers a function, not a list: the
 * palette asks it when it renders, so what it shows is what the view would show now, and a view that
 * re-renders costs the store nothing.
 */
const useCommandsStore = create<CommandsState>()((set) => ({
  providers: new Map(),
  actions: {
    provide: (source, provider) => set((state) => ({ providers: new Map(state.providers).set(source, provider) })),
    withdraw: (source) =>
      set((state) => {
        const providers = new Map(state.providers);
        providers.delete(source);
        return { providers };
      }),
  },
}));

/** Offers the palette this view's commands while it is mounted; `provide` may change on every render. */
export const useProvidePaletteCommands = (source: string, provide: Provider): void => {
  const latest = useRef(provide);
  useLayoutEffect(() => {
    latest.current = provide;
  });
  const { provide: register, withdraw } = useCommandsStore((state) => state.actions);
  useEffect(() => {
    register(source, () => latest.current());
    return () => withdraw(source);
  }, [source, register, withdraw]);
};

/** Every view's commands as they stand now, in the order the views registered. */
export const usePaletteCommandGroups = (): PaletteCommandGroup[] => {
  const providers = useCommandsStore((state) => state.providers);
  return [...providers.values()].map((provider) => provider()).filter((group): group is PaletteCommandGroup => group !== null && group.commands.length > 0);
};
