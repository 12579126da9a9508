import type { ReactNode } from 'react';
import type { Droplet } from '../../../shared/do-types';
import { Badge } from '../../components/badge';
import { CopyButton } from '../../components/copy-button';
import { dropletStatuses, formatDateTime, formatMemory, formatPrice } from './droplet-format';
import { DropletTags } from './droplet-tags';

const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="droplet-facts__item">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <section className="droplet-section" aria-label={title}>
    <h3 className="droplet-section__title">{title}</h3>
    {children}
  </section>
);

const None = ({ children = 'None' }: { children?: ReactNode }) => <span className="droplet-cell--subtle">{children}</span>;

const Copyable = ({ value, what }: { value: string | undefined; what: string }) =>
  value ? (
    <span className="droplet-copyable">
      <code>{value}</code>
      <CopyButton value={value} what={what} />
    </span>
  ) : (
    <None>—</None>
  );

const IdList = ({ ids }: { ids: readonly (number | string)[] }) =>
  ids.length === 0 ? <None /> : <span className="droplet-ids">{ids.map((id) => <code key={id}>{id}</code>)}</span>;

const Networks = ({ droplet }: { droplet: Droplet }) => {
  const rows = [
    ...(droplet.networks.v4 ?? []).map((network) => ({ version: 'IPv4', type: network.type, address: network.ip_address, netmask: network.netmask, gateway: network.gateway })),
    ...(droplet.networks.v6 ?? []).map((network) => ({
      version: 'IPv6',
      type: network.type,
      address: network.ip_address,
      netmask: network.netmask === undefined ? undefined : `/${network.netmask}`,
      gateway: network.gateway,
    })),
  ];
  if (rows.length === 0) return <None>No network interfaces reported.</None>;
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
            <td>{row.netmask ? <code>{row.netmask}</code> : <None>—</None>}</td>
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
    <Section title="Droplet">
      <dl className="droplet-facts">
        <Fact term="ID">
          <Copyable value={String(droplet.id)} what="droplet ID" />
        </Fact>
        <Fact term="Status">
          {dropletStatuses[droplet.status].label} <code>{droplet.status}</code>
        </Fact>
        <Fact term="Locked">{droplet.locked ? 'Yes: an action is running' : 'No'}</Fact>
        <Fact term="Created">{formatDateTime(droplet.created_at)}</Fact>
        <Fact term="Region">
          {droplet.region.name} <code>{droplet.region.slug}</code>
        </Fact>
        <Fact term="VPC">{droplet.vpc_uuid ? <Copyable value={droplet.vpc_uuid} what="VPC ID" /> : <None />}</Fact>
      </dl>
    </Section>
    <Section title="Size">
      <dl className="droplet-facts">
        <Fact term="Size">
          <code>{droplet.size_slug}</code>
        </Fact>
        <Fact term="Monthly price">{formatPrice(droplet.size.price_monthly)}</Fact>
        <Fact term="vCPUs">{droplet.vcpus}</Fact>
        <Fact term="Memory">{formatMemory(droplet.memory)}</Fact>
        <Fact term="Disk">{droplet.disk} GB</Fact>
        <Fact term="Transfer">{droplet.size.transfer} TB</Fact>
      </dl>
    </Section>
    <Section title="Image and kernel">
      <dl className="droplet-facts">
        <Fact term="Image">
          {[droplet.image.distribution, droplet.image.name].filter(Boolean).join(' ') || <None>Unknown</None>}
        </Fact>
        <Fact term="Image slug">{droplet.image.slug ? <code>{droplet.image.slug}</code> : <None>No slug (custom or snapshot)</None>}</Fact>
        <Fact term="Kernel">
          {droplet.kernel?.name ? `${droplet.kernel.name}${droplet.kernel.version ? ` (${droplet.kernel.version})` : ''}` : <None>Managed inside the droplet</None>}
        </Fact>
        <Fact term="Features">
          {droplet.features.length === 0 ? (
            <None />
          ) : (
            <span className="droplet-badges">
              {droplet.features.map((feature) => (
                <Badge key={feature}>{feature}</Badge>
              ))}
            </span>
          )}
        </Fact>
        <Fact term="Tags">
          <DropletTags id={droplet.id} tags={droplet.tags} />
        </Fact>
      </dl>
    </Section>
    <Section title="Networking">
      <Networks droplet={droplet} />
    </Section>
    <Section title="Backups and snapshots">
      <dl className="droplet-facts">
        <Fact term="Backup IDs">
          <IdList ids={droplet.backup_ids} />
        </Fact>
        <Fact term="Next backup window">
          {droplet.next_backup_window?.start ? (
            `${formatDateTime(droplet.next_backup_window.start)}${droplet.next_backup_window.end ? ` – ${formatDateTime(droplet.next_backup_window.end)}` : ''}`
          ) : (
            <None>{droplet.features.includes('backups') ? 'Not scheduled yet' : 'Backups are off'}</None>
          )}
        </Fact>
        <Fact term="Snapshot IDs">
          <IdList ids={droplet.snapshot_ids} />
        </Fact>
        <Fact term="Volume IDs">
          <IdList ids={droplet.volume_ids} />
        </Fact>
      </dl>
    </Section>
  </div>
);
