import { Suspense, useEffect, useRef, useState } from 'react';
import { ToastRegion } from '../features/toasts/toast-region';
import { useAppShortcuts } from '../keyboard/use-app-shortcuts';
import { useAddAccountDialogOpen } from '../stores/add-account-dialog-store';
import { useCreateDropletDialog } from '../stores/create-droplet-store';
import { useOpenOverlay } from '../stores/palette-store';
import { useSidebarCollapsed } from '../stores/sidebar-store';
import { ChunkErrorBoundary } from './chunk-error-boundary';
import type { LazyScreen } from './lazy-screen';
import { RateLimitNotice } from './rate-limit-notice';
import { AppRoutes } from './routes';
import { preloadAllScreens, shellDialogs } from './screens';
import { UnreachableNotice } from './unreachable-notice';
import { Sidebar } from './sidebar';
import { useBridgeEvents } from './use-bridge-events';
import { useWindowVisibility } from './use-window-visibility';
import './app-shell.css';

/**
 * A dialog in its own chunk, mounted from the first time its store says it is open and kept mounted
 * after, so it closes (and gives focus back) exactly as if it had always been there. Its store, not
 * its component, holds whether it is open, so nothing of it need load until then.
 */
const OnceOpened = ({ open, dialog }: { open: boolean; dialog: LazyScreen<object> }) => {
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  const { Component } = dialog;
  return (
    <ChunkErrorBoundary fallback={null}>
      <Suspense fallback={null}>
        <Component />
      </Suspense>
    </ChunkErrorBoundary>
  );
};

const ShellDialogs = () => {
  const addAccountOpen = useAddAccountDialogOpen();
  const createDropletOpen = useCreateDropletDialog().open;
  const overlay = useOpenOverlay();
  return (
    <>
      <OnceOpened open={addAccountOpen} dialog={shellDialogs.addAccount} />
      <OnceOpened open={createDropletOpen} dialog={shellDialogs.createDroplet} />
      <OnceOpened open={overlay !== null} dialog={shellDialogs.paletteOverlays} />
    </>
  );
};

/**
 * How long the start is left alone before the other areas load: the start page's own data (a kept
 * list of 10,000 droplets, its first pages) arrives in this time, and evaluating a dozen chunks
 * then would hold up its first rows.
 */
const PRELOAD_AFTER_MS = 3_000;

/** A while after the start, once the app is idle, the other areas and the dialogs load, so using them rarely waits. */
const usePreloadWhenIdle = (): void => {
  useEffect(() => {
    const preload = (): void => void preloadAllScreens().catch(() => undefined);
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(preload, { timeout: 5_000 });
      else preload();
    }, PRELOAD_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
};

/** The frame every area lives in: sidebar on the left, the current area's page on the right. */
export const AppShell = () => {
  useBridgeEvents();
  useWindowVisibility();
  useAppShortcuts();
  usePreloadWhenIdle();
  const collapsed = useSidebarCollapsed();
  const mainRef = useRef<HTMLElement>(null);

  return (
    <div className="app-shell" data-sidebar={collapsed ? 'collapsed' : 'expanded'}>
      {/* A button, not an anchor: with hash routing, href="#main" would be read as a route. */}
      <button type="button" className="app-shell__skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <Sidebar />
      <main ref={mainRef} className="app-shell__main" tabIndex={-1}>
        <UnreachableNotice />
        <RateLimitNotice />
        <AppRoutes />
      </main>
      <ShellDialogs />
      <ToastRegion />
    </div>
  );
};
