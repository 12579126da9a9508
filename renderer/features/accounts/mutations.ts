import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import type { CurrentAccount } from '../../../shared/account-types';
import { call } from '../../bridge/call';
import { accountQueries } from './queries';

/** The list and the current account describe accounts, not data of one: refetched, never dropped. */
const refreshAccounts = (queryClient: QueryClient): Promise<void> =>
  queryClient.invalidateQueries({ queryKey: accountQueries.all() });

/** Validates a token with DigitalOcean and keeps it where asked; the first account becomes the active one. */
export const useAddAccount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (account: RequestOf<'accounts.add'>) => call('accounts.add', account),
    // The variables hold the token: the mutation leaves the cache as soon as no form shows it.
    gcTime: 0,
    onSuccess: (added) => {
      if (!added.active) return;
      const current: CurrentAccount = { state: 'active', account: added };
      queryClient.setQueryData(accountQueries.current().queryKey, current);
    },
    onSettled: () => refreshAccounts(queryClient),
  });
};

/** Makes an account the one every view works with; the views follow through `account.changed`. */
export const useSwitchAccount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('accounts.switch', { id }),
    onSuccess: (current) => queryClient.setQueryData(accountQueries.current().queryKey, current),
    onSettled: () => refreshAccounts(queryClient),
  });
};

/** Forgets an account and deletes its token from wherever it was kept. */
export const useRemoveAccount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call('accounts.remove', { id }),
    onSettled: () => refreshAccounts(queryClient),
  });
};
