import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { defaultNotificationPreferences } from '../../../shared/action-types';
import { bridge } from '../../bridge';
import { preferenceQueries } from '../settings/preference-queries';
import { batchToast, settledToast } from './settled-toast';
import { useToastActions } from './toast-store';

/**
 * Turns each `actions.settled` into a toast, and each bulk send's `actions.batchSettled` into one, as
 * the notification preferences allow (their defaults until they load).
 */
export const useSettledToasts = (): void => {
  const { show } = useToastActions();
  const { data } = useQuery(preferenceQueries.get());
  // Read when the event arrives, so a change in Settings applies to the next one without resubscribing.
  const preferences = useRef(defaultNotificationPreferences);
  const current = data?.notifications ?? defaultNotificationPreferences;
  useEffect(() => {
    preferences.current = current;
  }, [current]);

  useEffect(() => {
    const stopSingles = bridge.on('actions.settled', (settled) => {
      const toast = settledToast(settled, preferences.current);
      if (toast) show(toast);
    });
    const stopBatches = bridge.on('actions.batchSettled', (summary) => {
      const toast = batchToast(summary, preferences.current);
      if (toast) show(toast);
    });
    return () => {
      stopSingles();
      stopBatches();
    };
  }, [show]);
};
