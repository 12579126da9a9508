import { useRef } from 'react';
import { AddAccountDialog } from '../features/accounts/add-account-dialog';
import { CreateDropletDialog } from '../features/droplets/create/create-droplet-dialog';
import { PaletteOverlays } from '../features/palette/palette-overlays';
import { ToastRegion } from '../features/toasts/toast-region';
import { useAppShortcuts } from '../keyboard/use-app-shortcuts';
import { useSidebarCollapsed } from '../stores/sidebar-store';
import { RateLimitNotice } from './rate-limit-notice';
import { AppRoutes } from './routes';
import { UnreachableNotice } from './unreachable-notice';
import { Sidebar } from './sidebar';
import { useBridgeEvents } from './use-bridge-events';
import { useWindowVisibility } from './use-window-visibility';
import './app-shell.css';

/** The frame every area lives in: sidebar on the left, the current area's page on the right. */
export const AppShell = () => {
  useBridgeEvents();
  useWindowVisibility();
  useAppShortcuts();
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
      <AddAccountDialog />
      <CreateDropletDialog />
      <PaletteOverlays />
      <ToastRegion />
    </div>
  );
};
