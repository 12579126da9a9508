import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { CurrentAccount } from '../../../shared/account-types';
import { EmptyStateSkeleton } from '../../components/empty-state-skeleton';
import { QueryView } from '../../components/query-view';
import { accountQueries } from './queries';

export type ConnectedAccount = Extract<CurrentAccount, { state: 'active' }>['account'];

export interface AccountGateProps {
  /** What the area shows when no account is connected: usually an empty state pointing to Accounts. */
  noAccount: ReactNode;
  children: (account: ConnectedAccount) => ReactNode;
}

/** For areas that only make sense with an account: loading, error and "no account" handled once. */
export const AccountGate = ({ noAccount, children }: AccountGateProps) => {
  const status = useQuery(accountQueries.current());
  return (
    <QueryView
      query={status}
      loadingLabel="Checking the account"
      loading={<EmptyStateSkeleton />}
      errorTitle="Couldn't check the account"
    >
      {(current) => (current.state === 'active' ? children(current.account) : noAccount)}
    </QueryView>
  );
};
