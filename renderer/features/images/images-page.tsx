import { Layers } from 'lucide-react';
import { areaPath } from '../../app/area-path';
import { EmptyState } from '../../components/empty-state';
import { ExternalLink } from '../../components/external-link';
import { LinkButton } from '../../components/link-button';
import { Page } from '../../components/page';
import { AccountGate } from '../accounts/account-gate';

const imagesConsoleUrl = 'https://cloud.digitalocean.com/images/snapshots/droplets';

export const ImagesPage = () => (
  <Page title="Images" description="Snapshots, backups and custom images in your DigitalOcean account.">
    <AccountGate
      noAccount={
        <EmptyState
          icon={Layers}
          title="No images to show yet"
          description="Your snapshots, backups and custom images appear here once a DigitalOcean account is connected."
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
          icon={Layers}
          title="Images are not listed in this version yet"
          description={`You are connected as ${account.email}. Until the panel can list and manage images, the DigitalOcean control panel has them.`}
          actions={
            <ExternalLink href={imagesConsoleUrl} variant="secondary">
              Open the DigitalOcean control panel
            </ExternalLink>
          }
        />
      )}
    </AccountGate>
  </Page>
);
