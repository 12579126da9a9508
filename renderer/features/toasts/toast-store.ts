import { create } from 'zustand';

/** One in-page message about an action that settled (browser mode's stand-in for a notification). */
export interface Toast {
  id: string;
  tone: 'success' | 'danger';
  title: string;
  message: string;
  /** Where "View" leads (an in-app `href`). */
  href: string;
  /** Successes fade on their own; failures stay until dismissed. */
  sticky: boolean;
}

/** More than this and the oldest goes: a burst of settles must not cover the page. */
const MAX_TOASTS = 4;

interface ToastState {
  toasts: readonly Toast[];
  actions: {
    show(toast: Toast): void;
    dismiss(id: string): void;
    clear(): void;
  };
}

const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  actions: {
    // One toast per action: a repeat replaces the older one.
    show: (toast) => set(({ toasts }) => ({ toasts: [...toasts.filter((shown) => shown.id !== toast.id), toast].slice(-MAX_TOASTS) })),
    dismiss: (id) => set(({ toasts }) => ({ toasts: toasts.filter((toast) => toast.id !== id) })),
    clear: () => set({ toasts: [] }),
  },
}));

export const useToasts = (): readonly Toast[] => useToastStore((state) => state.toasts);

export const useToastActions = (): ToastState['actions'] => useToastStore((state) => state.actions);
