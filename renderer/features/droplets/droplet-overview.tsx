import type { Droplet } from '../../../shared/do-types';
import { Badge } from '../../components/badge';
import { CopyButton } from '../../components/copy-button';
import { DetailFact, DetailNone, DetailSection } from '../../components/detail-pane';
import { formatDateTime } from '../../format/format-date';
import { formatMemory } from '../../format/format-memory';
import { dropletStatuses, formatPrice } from './droplet-format';
import { DropletTags } from './droplet-tags';


const Copyable = ({ value, what }: { value: string | undefined; what: string }) =>
  value ? (
    <span className="detail-copyable">
      <code>{value}</code>
      <CopyButton value={value} what={what} />
    </span>
  ) : (
    <DetailNone>—</DetailNone>
  );

/** DigitalOcean answers a private interface's gateway with the string "nil" (FACTS.md §11.7): it means none. */
const reported = (value: string | undefined): string | undefined => (value === undefined || value === '' || value === 'nil' ? undefined : value);

const IdList = ({ ids }: { ids: readonly (number | string)[] }) =>
  ids.length === 0 ? <DetailNone /> : <span className="detail-chips">{ids.map((id) => <code key={id}>{id}</code>)}</span>;

const Networks = ({ droplet }: { droplet: Droplet }) => {
  const rows = [
    ...(droplet.networks.v4 ?? []).map((network) => ({ version: 'IPv4', type: network.type, address: network.ip_address, netmask: network.netmask, gateway: reported(network.gateway) })),
    ...(droplet.networks.v6 ?? []).map((network) => ({
      version: 'IPv6',
      type: network.type,
      address: network.ip_address,
      netmask: network.netmask === undefined ? undefined : `/${network.netmask}`,
      gateway: reported(network.gateway),
    })),
  ];
  if (rows.length === 0) return <DetailNone>No network interfaces reported.</DetailNone>;
  return (
    <table className="droplet-networks">
      <thead>
        <tr>
          <th scope="col">Interface</th>
          <th scope="col">Address</th>
          <th scope="col">Netmask</th>
          <th scope="col">Gateway</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={`${row.version}-${row.address ?? index}`}>
            <th scope="row">
              {row.version} {row.type ?? ''}
            </th>
            <td>
              <Copyable value={row.address} what={`${row.type ?? ''} ${row.version} address`.trim()} />
            </td>
            <td>{row.netmask ? <code>{row.netmask}</code> : <DetailNone>—</DetailNone>}</td>
            <td>
              <Copyable value={row.gateway} what={`${row.version} gateway`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

/** Everything DigitalOcean says about the droplet, grouped as the web panel does. */
export const DropletOverview = ({ droplet }: { droplet: Droplet }) => (
  <div className="droplet-overview">
    <DetailSection title="Droplet">
      <dl className="detail-facts">
        <DetailFact term="ID">
          <Copyable value={String(droplet.id)} what="droplet ID" />
        </DetailFact>
        <DetailFact term="Status">{dropletStatuses[droplet.status].label}</DetailFact>
        <DetailFact term="Locked">{droplet.locked ? 'Yes: an action is running' : 'No'}</DetailFact>
        <DetailFact term="Created">{formatDateTime(droplet.created_at)}</DetailFact>
        <DetailFact term="Region">
          {droplet.region.name} <code>{droplet.region.slug}</code>
        </DetailFact>
        <DetailFact term="VPC">{droplet.vpc_uuid ? <Copyable value={droplet.vpc_uuid} what="VPC ID" /> : <DetailNone />}</DetailFact>
      </dl>
    </DetailSection>
    <DetailSection title="Size">
      <dl className="detail-facts">
        <DetailFact term="Size">
          <code>{droplet.size_slug}</code>
        </DetailFact>
        <DetailFact term="Monthly price">{formatPrice(droplet.size.price_monthly)}</DetailFact>
        <DetailFact term="vCPUs">{droplet.vcpus}</DetailFact>
        <DetailFact term="Memory">{formatMemory(droplet.memory)}</DetailFact>
        <DetailFact term="Disk">{droplet.disk} GB</DetailFact>
        <DetailFact term="Transfer">{droplet.size.transfer} TB</DetailFact>
      </dl>
    </DetailSection>
    <DetailSection title="Image and kernel">
      <dl className="detail-facts">
        <DetailFact term="Image">
          {[droplet.image.distribution, droplet.image.name].filter(Boolean).join(' ') || <DetailNone>Unknown</DetailNone>}
        </DetailFact>
        <DetailFact term="Image slug">{droplet.image.slug ? <code>{droplet.image.slug}</code> : <DetailNone>No slug (custom or snapshot)</DetailNone>}</DetailFact>
        <DetailFact term="Kernel">
          {droplet.kernel?.name ? `${droplet.kernel.name}${droplet.kernel.version ? ` (${droplet.kernel.version})` : ''}` : <DetailNone>Managed inside the droplet</DetailNone>}
        </DetailFact>
        <DetailFact term="Features">
          {droplet.features.length === 0 ? (
            <DetailNone />
          ) : (
            <span className="detail-chips">
              {droplet.features.map((feature) => (
                <Badge key={feature}>{feature}</Badge>
              ))}
            </span>
          )}
        </DetailFact>
        <DetailFact term="Tags">
          <DropletTags id={droplet.id} tags={droplet.tags} />
        </DetailFact>
      </dl>
    </DetailSection>
    <DetailSection title="Networking">
      <Networks droplet={droplet} />
    </DetailSection>
    <DetailSection title="Backups and snapshots">
      <dl className="detail-facts">
        <DetailFact term="Backup IDs">
          <IdList ids={droplet.backup_ids} />
        </DetailFact>
        <DetailFact term="Next backup window">
          {droplet.next_backup_window?.start ? (
            `${formatDateTime(droplet.next_backup_window.start)}${droplet.next_backup_window.end ? ` – ${formatDateTime(droplet.next_backup_window.end)}` : ''}`
          ) : (
            <DetailNone>{droplet.features.includes('backups') ? 'Not scheduled yet' : 'Backups are off'}</DetailNone>
          )}
        </DetailFact>
        <DetailFact term="Snapshot IDs">
          <IdList ids={droplet.snapshot_ids} />
        </DetailFact>
        <DetailFact term="Volume IDs">
          <IdList ids={droplet.volume_ids} />
        </DetailFact>
      </dl>
    </DetailSection>
  </div>
);
