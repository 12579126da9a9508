import { Server } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';
import { ExternalLink } from '../../components/external-link';
import { Page } from '../../components/page';
import { AccountGate } from '../accounts/account-gate';
import { Welcome } from '../accounts/welcome';

const dropletsConsoleUrl = 'https://cloud.digitalocean.com/droplets';

export const DropletsPage = () => (
  <Page title="Droplets" description="Virtual machines in your DigitalOcean account.">
    {/* The start page: on the first start it welcomes, and once an account is chosen the droplets take its place. */}
    <AccountGate noAccount={<Welcome />}>
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
