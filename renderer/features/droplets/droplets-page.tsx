import { Server } from 'lucide-react';
import { areaPath } from '../../app/area-path';
import { EmptyState } from '../../components/empty-state';
import { ExternalLink } from '../../components/external-link';
import { LinkButton } from '../../components/link-button';
import { Page } from '../../components/page';
import { AccountGate } from '../accounts/account-gate';

const dropletsConsoleUrl = 'https://cloud.digitalocean.com/droplets';

export const DropletsPage = () => (
  <Page title="Droplets" description="Virtual machines in your DigitalOcean account.">
    <AccountGate
      noAccount={
        <EmptyState
          icon={Server}
          title="No account connected yet"
          description="Your droplets appear here once a DigitalOcean account is connected. Connecting one takes a personal access token from your DigitalOcean account."
          actions={
            <LinkButton href={areaPath('accounts')} variant="primary">
              Go to Accounts
            </LinkButton>
          }
        />
      }
    >
      {(account) => (
        <EmptyState
          icon={Server}
          title="Droplets are not listed in this version yet"
          description={`You are connected as ${account.email}. Until the panel can list and manage droplets, the DigitalOcean control panel has them.`}
          actions={
            <ExternalLink href={dropletsConsoleUrl} variant="secondary">
              Open the DigitalOcean control panel
            </ExternalLink>
          }
        />
      )}
    </AccountGate>
  </Page>
);
