import { useQuery } from '@tanstack/react-query';
import { KeyRound, Terminal } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';
import { EmptyStateSkeleton } from '../../components/empty-state-skeleton';
import { ExternalLink } from '../../components/external-link';
import { Page } from '../../components/page';
import { QueryView } from '../../components/query-view';
import { AccountCard } from './account-card';
import { tokenGuideUrl, tokensUrl } from './digitalocean-links';
import { accountQueries } from './queries';
import './accounts-page.css';

const NoAccounts = ({ environmentTokenAvailable }: { environmentTokenAvailable: boolean }) => (
  <EmptyState
    icon={KeyRound}
    title="No accounts yet"
    description="The panel works with a DigitalOcean account through a personal access token. Tokens are kept in your operating system's keychain and are never shown again, not even to you."
    actions={
      <>
        <ExternalLink href={tokensUrl} variant="primary">
          Create a token on DigitalOcean
        </ExternalLink>
        <ExternalLink href={tokenGuideUrl} variant="secondary">
          How tokens work
        </ExternalLink>
      </>
    }
  >
    {environmentTokenAvailable ? (
      <p className="accounts-page__env-hint">
        <Terminal />
        <span>
          <code>DIGITALOCEAN_ACCESS_TOKEN</code> was found in the environment the panel was started from.
        </span>
      </p>
    ) : null}
  </EmptyState>
);

export const AccountsPage = () => {
  const current = useQuery(accountQueries.current());
  return (
    <Page title="Accounts" description="The DigitalOcean account the panel works with.">
      <QueryView
        query={current}
        loadingLabel="Loading accounts"
        loading={<EmptyStateSkeleton />}
        errorTitle="Couldn't load accounts"
      >
        {(answer) =>
          answer.state === 'active' ? (
            <AccountCard account={answer.account} />
          ) : (
            <NoAccounts environmentTokenAvailable={answer.environmentTokenAvailable} />
          )
        }
      </QueryView>
    </Page>
  );
};
