import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { ActionSettled } from '../../shared/action-types';
import { bridge } from '../bridge';
import { accountQueries } from '../features/accounts/queries';
import { dialogOrMenuOpen } from '../keyboard/use-app-shortcuts';
import { usePaletteActions } from '../stores/palette-store';
import { workflowQueries } from '../features/workflows/queries';
import { areaPath, isArea } from '../routing/area-path';
import { createCoalescer } from '../resources/coalescer';
import { refreshSettled } from '../resources/refresh-settled';
import { scheduleSettleBatch } from '../resources/settle-window';
import { resourcePath } from '../routing/resource-path';
import { trackedActionQueries } from '../tracking/queries';

/**
 * Reacts to what the main side pushes: the app menu, tray or a notification asking for an area or the
 * command palette, the
 * current account changing, actions settling and workflows moving on. Mounted once, at the top of the
 * app: no component subscribes on its own.
 */
export const useBridgeEvents = (): void => {
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const { openPalette } = usePaletteActions();

  useEffect(() => {
    const stopNavigate = bridge.on('app.navigate', ({ area, resourceId }) => {
      // The payload crossed a process boundary: a newer main side could name an area we lack.
      if (!isArea(area)) return;
      // A notification or tray entry about one droplet or image opens it in its list's detail pane.
      const resource = area === 'droplets' ? 'droplet' : area === 'images' ? 'image' : null;
      const opens = resource !== null && Number.isSafeInteger(resourceId) && (resourceId ?? 0) > 0;
      navigate(opens ? resourcePath(resource, resourceId as number) : areaPath(area));
    });
    // The menu's "Command palette…": as Ctrl/Cmd+K would, unless a dialog or menu is in the way.
    const stopPalette = bridge.on('app.openPalette', () => openPalette(dialogOrMenuOpen()));
    // Every answer from the main side was asked as some account: after a switch, none of them may
    // stay on screen under the new account's name, so all are dropped and asked again. The accounts
    // themselves are the exception: they are the same whichever is active, and dropping them would
    // blank the account list and menu for the moment of every switch.
    const settles = createCoalescer<ActionSettled>(scheduleSettleBatch, (batch) => void refreshSettled(queryClient, batch));
    const stopAccount = bridge.on('account.changed', () => {
      // Settles gathered under the previous account name its resources, not this one's.
      settles.stop();
      const accountsKey = accountQueries.all();
      void queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== accountsKey[0] });
      void queryClient.invalidateQueries({ queryKey: accountsKey });
    });
    // The tracker's progress is one query's to hold: a push only asks it to refetch now.
    const stopProgress = bridge.on('actions.progress', () => void queryClient.invalidateQueries({ queryKey: trackedActionQueries.tracked().queryKey }));
    // An action that settled changed its resource: the tracker's lists (no API request) are asked at
    // once; the resource itself is refetched by id with the others settling in the same moment.
    const stopSettled = bridge.on('actions.settled', (settled) => {
      void queryClient.invalidateQueries({ queryKey: trackedActionQueries.tracked().queryKey });
      void queryClient.invalidateQueries({ queryKey: trackedActionQueries.recent().queryKey });
      settles.add(settled);
    });
    // A workflow moved on: its one query is asked again, and every view of it follows.
    const stopWorkflows = bridge.on('workflows.changed', () => void queryClient.invalidateQueries({ queryKey: workflowQueries.all() }));
    return () => {
      stopNavigate();
      stopPalette();
      stopAccount();
      stopProgress();
      stopSettled();
      settles.stop();
      stopWorkflows();
    };
  }, [navigate, queryClient, openPalette]);
};
