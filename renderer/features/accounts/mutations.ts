import { useMutation, useMutationState, useQueryClient, type QueryClient } from '@tanstack/react-query';
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

const switchAccountKey = ['accounts', 'switch'] as const;

/** Makes an account the one every view works with; the views follow through `account.changed`. */
export const useSwitchAccount = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: switchAccountKey,
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

/**
 * The last switch of account, wherever it was asked for (the sidebar's menu, the command palette, the
 * welcome screen, Accounts), when it failed and nothing was switched since: which account, why, and a
 * way to dismiss it. A palette closes as it runs, so its failures are told here.
 */
export const useLastSwitchFailure = (): { accountId: string; error: Error; dismiss: () => void } | undefined => {
  const queryClient = useQueryClient();
  const switches = useMutationState({ filters: { mutationKey: switchAccountKey }, select: (mutation) => mutation });
  const last = switches.at(-1);
  if (last?.state.status !== 'error' || last.state.error === null || typeof last.state.variables !== 'string') return undefined;
  return {
    accountId: last.state.variables,
    error: last.state.error,
    dismiss: () => queryClient.getMutationCache().remove(last),
  };
};
