import { useQuery } from '@tanstack/react-query';
import { Plus } from 'lucide-react';
import { useId, useRef } from 'react';
import type { AccountList as AccountListData } from '../../../shared/account-types';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { Skeleton } from '../../components/skeleton';
import { useAddAccountDialogActions } from '../../stores/add-account-dialog-store';
import { AccountCard } from './account-card';
import { AccountList } from './account-list';
import { accountQueries } from './queries';
import './accounts-page.css';

const AccountsSkeleton = () => (
  <div className="accounts-page__skeleton" aria-hidden="true">
    <Skeleton shape="block" height={132} />
    <Skeleton width={120} height={14} />
    <Skeleton shape="block" height={180} />
  </div>
);

/** The active account in detail, then every account to switch to or remove. */
const AccountsOverview = ({ list }: { list: AccountListData }) => {
  const current = useQuery(accountQueries.current());
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const active = current.data?.state === 'active' && list.activeId !== null ? current.data.account : undefined;

  return (
    <div className="accounts-page">
      {active ? (
        <AccountCard account={active} />
      ) : list.activeId === null ? (
        <Callout tone="info" title="No account is active">
          <p>Switch to one below, add a DigitalOcean token, or try the demo account.</p>
        </Callout>
      ) : null}
      <section className="accounts-page__section" aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="accounts-page__heading">
          All accounts
        </h2>
        <AccountList accounts={list.accounts} onRemovedFocus={() => headingRef.current?.focus()} />
        <p className="accounts-page__footnote">
          Accounts kept for this session only are forgotten when the panel quits. The demo and{' '}
          <code>DIGITALOCEAN_ACCESS_TOKEN</code> cannot be removed here.
        </p>
      </section>
    </div>
  );
};

export const AccountsPage = () => {
  const list = useQuery(accountQueries.list());
  const { open: openAddAccount } = useAddAccountDialogActions();
  return (
    <Page
      title="Accounts"
      description="The DigitalOcean accounts the panel can work with, and where their tokens are kept."
      actions={
        <Button variant="primary" icon={<Plus />} onClick={openAddAccount}>
          Add account
        </Button>
      }
    >
      <QueryView query={list} loadingLabel="Loading accounts" loading={<AccountsSkeleton />} errorTitle="Couldn't load accounts">
        {(answer) => <AccountsOverview list={answer} />}
      </QueryView>
    </Page>
  );
};
