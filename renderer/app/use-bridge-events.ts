import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { bridge } from '../bridge';
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
    // Every answer from the main side was asked as some account: after a switch, none of them may
    // stay on screen under the new account's name, so all are dropped and asked again.
    const stopAccount = bridge.on('account.changed', () => {
      void queryClient.resetQueries();
    });
    return () => {
      stopNavigate();
      stopAccount();
    };
  }, [navigate, queryClient]);
};
