import { Activity } from 'lucide-react';
import { areaPath } from '../../app/area-path';
import { EmptyState } from '../../components/empty-state';
import { LinkButton } from '../../components/link-button';
import { Page } from '../../components/page';

export const ActivityPage = () => (
  <Page title="Activity" description="Long-running actions and their progress.">
    <EmptyState
      icon={Activity}
      title="No actions yet"
      description="Actions you start (power, resize, snapshots, image transfers) appear here with their progress."
      actions={
        <LinkButton href={areaPath('droplets')} variant="secondary">
          Go to Droplets
        </LinkButton>
      }
    />
  </Page>
);
