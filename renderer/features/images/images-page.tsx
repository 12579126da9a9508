import { useQuery } from '@tanstack/react-query';
import { Layers } from 'lucide-react';
import { areaPath } from '../../routing/area-path';
import { EmptyState } from '../../components/empty-state';
import { LinkButton } from '../../components/link-button';
import { Page } from '../../components/page';
import { AccountGate } from '../accounts/account-gate';
import { accountQueries } from '../accounts/queries';
import { ImagesScreen } from './images-screen';

export const ImagesPage = () => {
  const current = useQuery(accountQueries.current());
  const connected = current.data?.state === 'active';
  return (
    <Page
      title="Images"
      description="Snapshots, backups and custom images in your DigitalOcean account, and the public images droplets start from."
      layout={connected ? 'fill' : 'reading'}
    >
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
        {() => <ImagesScreen />}
      </AccountGate>
    </Page>
  );
};
