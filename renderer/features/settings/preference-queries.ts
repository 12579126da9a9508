import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestOf, ResponseOf } from '../../../shared/contract';
import { call } from '../../bridge/call';

export type Preferences = ResponseOf<'preferences.get'>;
export type PreferencesChange = RequestOf<'preferences.update'>;

/** The main side's preferences (notifications, tray): the same whichever account is active. */
export const preferenceQueries = {
  all: () => ['preferences'] as const,
  get: () =>
    queryOptions({
      queryKey: [...preferenceQueries.all()] as const,
      queryFn: () => call('preferences.get', {}),
      // Only this screen changes them, and it writes its answer into the cache.
      staleTime: Infinity,
    }),
};

const applyChange = (current: Preferences, change: PreferencesChange): Preferences => ({
  notifications: { ...current.notifications, ...change.notifications },
  closeToTray: change.closeToTray === undefined ? current.closeToTray : { ...current.closeToTray, enabled: change.closeToTray },
});

/**
 * Saves one change. The control moves at once (the main side answers in a moment, but a toggle that
 * lags reads as broken) and moves back if the main side refuses.
 */
export const useUpdatePreferences = () => {
  const queryClient = useQueryClient();
  const key = preferenceQueries.get().queryKey;
  return useMutation({
    mutationFn: (change: PreferencesChange) => call('preferences.update', change),
    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Preferences>(key);
      if (previous) queryClient.setQueryData<Preferences>(key, applyChange(previous, change));
      return { previous };
    },
    onError: (_error, _change, context) => {
      if (context?.previous) queryClient.setQueryData<Preferences>(key, context.previous);
    },
    onSuccess: (saved) => queryClient.setQueryData<Preferences>(key, saved),
  });
};
