import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { bridge } from '../bridge';
import { accountQueries } from '../features/accounts/queries';
import { areaPath, isArea } from './area-path';

/**
 * Reacts to what the main side pushes: the app menu, tray or a notification asking for an area, and
 * the current account changing. Mounted once, at the top of the app.
 */
export const useBridgeEvents = (): void => {
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    const stopNavigate = bridge.on('app.navigate', ({ area }) => {
      // The payload crossed a process boundary: a newer main side could name an area we lack.
      if (isArea(area)) navigate(areaPath(area));
    });
    const stopAccount = bridge.on('account.changed', () => {
      void queryClient.invalidateQueries({ queryKey: accountQueries.all() });
    });
    return () => {
      stopNavigate();
      stopAccount();
    };
  }, [navigate, queryClient]);
};
