import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Terminal, X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import type { InFlightAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { Button } from '../../components/button';
import { CopyAnnouncement, useClipboard } from '../../components/copy-button';
import { CopyJsonButton } from '../../components/copy-json-button';
import { ExternalLink } from '../../components/external-link';
import { IconButton } from '../../components/icon-button';
import { QueryView } from '../../components/query-view';
import { RefreshFailed } from '../../components/refresh-failed';
import { Skeleton } from '../../components/skeleton';
import { Tabs } from '../../components/tabs';
import { ActionProgress } from '../../tracking/action-progress';
import { useRecentOutcome } from '../../tracking/use-recent-outcome';
import { dropletConsoleUrl, formatSize, sshCommand } from './droplet-format';
import { DropletActions } from './droplet-actions';
import { GraphsTab } from './droplet-graphs-tab';
import { DropletOverview } from './droplet-overview';
import { DropletStatus } from './droplet-status';
import { BackupsTab, HistoryTab, KernelsTab, NeighborsTab, SnapshotsTab } from './droplet-tab-panels';
import { dropletQueries } from './queries';
import '../../components/detail-pane.css';
import './droplet-pane.css';

const tabs = [
  { id: 'overview', label: 'Overview' },
  { id: 'graphs', label: 'Graphs' },
  { id: 'snapshots', label: 'Snapshots' },
  { id: 'backups', label: 'Backups' },
  { id: 'kernels', label: 'Kernels' },
  { id: 'neighbors', label: 'Neighbors' },
  { id: 'history', label: 'History' },
] as const;

type TabId = (typeof tabs)[number]['id'];

const OverviewSkeleton = () => (
  <div className="detail-list-skeleton">
    <Skeleton width="40%" />
    <Skeleton width="75%" />
    <Skeleton width="60%" />
    <Skeleton width="70%" />
  </div>
);

const CopySsh = ({ ip }: { ip: string }) => {
  const { outcome, copy } = useClipboard();
  const command = sshCommand(ip);
  return (
    <>
      <Button variant="secondary" size="sm" icon={<Terminal />} onClick={() => copy(command)}>
        {outcome === 'copied' ? 'Copied' : 'Copy SSH command'}
      </Button>
      <CopyAnnouncement outcome={outcome} what="SSH command" value={command} />
    </>
  );
};

export interface DropletPaneProps {
  id: number;
  /** The list's row, shown at once while DigitalOcean's full description loads. */
  row: DropletRow | undefined;
  action: InFlightAction | undefined;
  onClose: () => void;
  /** The droplet was deleted from here. */
  onDeleted: () => void;
}

/** The details of one droplet, beside the list, with what can be done to it. */
export const DropletPane = ({ id, row, action, onClose, onDeleted }: DropletPaneProps) => {
  const [tab, setTab] = useState<TabId>('overview');
  const detail = useQuery(dropletQueries.detail(id));
  const queryClient = useQueryClient();
  // The running action, or for a while how the last one ended (done, or failed with why).
  const outcome = useRecentOutcome('droplet', id);
  const shownAction = action ?? outcome;
  const name = detail.data?.name ?? row?.name ?? `Droplet ${id}`;
  const status = detail.data?.status ?? row?.status;
  const publicIpv4 = row?.publicIpv4 ?? detail.data?.networks.v4?.find((network) => network.type === 'public')?.ip_address ?? null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside className="detail-pane" aria-label={`Droplet ${name}`} onKeyDown={onKeyDown}>
      <header className="detail-pane__header">
        <div className="detail-pane__heading">
          <h2 className="detail-pane__title">{name}</h2>
          <div className="detail-pane__summary droplet-pane__summary">
            {status ? <DropletStatus status={status} action={action} bar={false} /> : null}
            {row ? (
              <span className="detail-pane__facts">
                {publicIpv4 ?? 'no public IPv4'} · {row.region.slug} · {formatSize(row.size)}
              </span>
            ) : null}
          </div>
        </div>
        <IconButton label="Close details" icon={<X />} size="sm" onClick={onClose} />
        {shownAction ? <ActionProgress action={shownAction} withResource={false} className="droplet-pane__progress" /> : null}
        {status ? (
          <DropletActions
            id={id}
            name={name}
            diskGb={detail.data?.disk ?? row?.size.diskGb}
            facts={
              detail.data
                ? {
                    regionSlug: detail.data.region.slug,
                    sizeSlug: detail.data.size_slug,
                    vcpus: detail.data.vcpus,
                    memoryMb: detail.data.memory,
                    priceMonthly: detail.data.size.price_monthly,
                    diskGb: detail.data.disk,
                    status,
                    kernel: detail.data.kernel,
                  }
                : row
                  ? {
                      regionSlug: row.region.slug,
                      sizeSlug: row.size.slug,
                      vcpus: row.size.vcpus,
                      memoryMb: row.size.memoryMb,
                      priceMonthly: row.size.priceMonthly,
                      diskGb: row.size.diskGb,
                      status,
                      kernel: undefined,
                    }
                  : undefined
            }
            state={{
              status,
              locked: detail.data?.locked ?? row?.locked ?? false,
              busy: action !== undefined,
              backupsEnabled: detail.data ? detail.data.features.includes('backups') : (row?.backupsEnabled ?? false),
              ipv6Enabled: detail.data ? detail.data.features.includes('ipv6') : (row?.ipv6Enabled ?? false),
              privateNetworking: detail.data
                ? detail.data.features.includes('private_networking') || (detail.data.networks.v4 ?? []).some((network) => network.type === 'private')
                : row?.privateIpv4 !== null && row?.privateIpv4 !== undefined,
              privateNetworkingOffered: detail.data ? detail.data.region.features.includes('private_networking') : undefined,
              backupCount: detail.data?.backup_ids.length,
              kernelManagedInside: detail.data ? !detail.data.kernel : undefined,
            }}
            onDeleted={onDeleted}
          />
        ) : null}
      </header>
      <div className="droplet-pane__actions">
        <ExternalLink href={dropletConsoleUrl(id)} variant="secondary">
          Open in the DigitalOcean web panel
        </ExternalLink>
        {publicIpv4 ? <CopySsh ip={publicIpv4} /> : null}
        <CopyJsonButton what="the droplet" load={() => queryClient.ensureQueryData(dropletQueries.detail(id))} />
      </div>
      <div className="detail-pane__body">
        <RefreshFailed query={detail} />
        <Tabs label="Droplet details" tabs={tabs} selected={tab} onSelect={setTab}>
          {tab === 'overview' ? (
            <QueryView query={detail} loadingLabel="Loading the droplet" loading={<OverviewSkeleton />} errorTitle="Couldn't load the droplet">
              {(droplet) => <DropletOverview droplet={droplet} />}
            </QueryView>
          ) : tab === 'graphs' ? (
            <GraphsTab id={id} />
          ) : tab === 'snapshots' ? (
            <SnapshotsTab id={id} />
          ) : tab === 'backups' ? (
            <BackupsTab id={id} />
          ) : tab === 'kernels' ? (
            <KernelsTab id={id} />
          ) : tab === 'neighbors' ? (
            <NeighborsTab id={id} />
          ) : (
            <HistoryTab id={id} />
          )}
        </Tabs>
      </div>
    </aside>
  );
};
