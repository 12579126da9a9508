import type { InFlightAction, SettledAction } from '../../../shared/action-types';
import type { ImageRow } from '../../../shared/image-types';
import type { VirtualTableColumn } from '../../components/virtual-table';
import type { DropletNames, ImageTab } from './image-filters';
import { formatGigabytes, typeLabel } from './image-format';
import { compactList } from '../../format/compact-list';
import { FailedMark } from '../../tracking/failed-mark';
import { ImageStatus } from './image-status';
import { formatDate } from '../../format/format-date';

type Column = VirtualTableColumn<ImageRow>;

const Subtle = ({ children = '—' }: { children?: string }) => <span className="resource-cell--subtle">{children}</span>;

/** The first three regions as chips and "+N" for the rest; every region is in the tooltip. */
export const RegionChips = ({ regions }: { regions: readonly string[] }) => {
  if (regions.length === 0) return <Subtle>None</Subtle>;
  const { shown, more } = compactList(regions, 3);
  return (
    <span className="image-chips" title={regions.join(', ')}>
      {shown.map((region) => (
        <span key={region} className="image-chip">
          {region}
        </span>
      ))}
      {more > 0 ? <span className="image-chip image-chip--more">+{more}</span> : null}
    </span>
  );
};

const gigabytes = (value: number | null) => {
  const text = formatGigabytes(value);
  return text === null ? <Subtle /> : <span className="resource-cell--number">{text}</span>;
};

const columnsById = (
  running: ReadonlyMap<number, InFlightAction>,
  droplets: DropletNames,
  failures: ReadonlyMap<number, SettledAction>,
): Record<string, Column> => ({
  name: {
    id: 'name',
    header: 'Name',
    width: 'minmax(180px, 2fr)',
    sortable: true,
    cell: (row) => (
      <span className="resource-name">
        <span className="resource-name__text image-name__text">{row.name}</span>
        <span className="resource-name__id">{row.id}</span>
      </span>
    ),
  },
  type: { id: 'type', priority: 7, header: 'Type', width: 'minmax(80px, 0.5fr)', sortable: true, cell: (row) => typeLabel(row.type) },
  distribution: {
    id: 'distribution',
    priority: 6,
    header: 'Distribution',
    width: 'minmax(100px, 0.8fr)',
    sortable: true,
    cell: (row) => (row.distribution === null ? <Subtle /> : <span className="resource-cell--ellipsis">{row.distribution}</span>),
  },
  slug: {
    id: 'slug',
    priority: 6,
    header: 'Slug',
    width: 'minmax(140px, 1fr)',
    sortable: true,
    cell: (row) => (row.slug === null ? <Subtle /> : <code className="resource-cell--ellipsis">{row.slug}</code>),
  },
  regions: { id: 'regions', priority: 2, header: 'Regions', width: 'minmax(150px, 1fr)', sortable: true, cell: (row) => <RegionChips regions={row.regions} /> },
  size: { id: 'size', priority: 3, header: 'Size', width: 'minmax(72px, 0.5fr)', sortable: true, align: 'end', cell: (row) => gigabytes(row.sizeGigabytes) },
  minDisk: {
    id: 'minDisk',
    priority: 8,
    header: 'Min disk',
    width: 'minmax(72px, 0.5fr)',
    sortable: true,
    align: 'end',
    cell: (row) => (row.minDiskSize === null ? <Subtle /> : <span className="resource-cell--number">{row.minDiskSize} GB</span>),
  },
  status: {
    id: 'status',
    priority: 1,
    header: 'Status',
    width: 'minmax(150px, 1.2fr)',
    sortable: true,
    cell: (row) => {
      const action = running.get(row.id);
      return (
        <span className="resource-status-cell">
          <ImageStatus row={row} action={action} />
          {action ? null : <FailedMark failure={failures.get(row.id)} />}
        </span>
      );
    },
  },
  created: {
    id: 'created',
    priority: 4,
    header: 'Created',
    width: 'minmax(96px, 0.6fr)',
    sortable: true,
    cell: (row) => (row.createdAt === '' ? <Subtle /> : <span className="resource-cell--muted">{formatDate(row.createdAt)}</span>),
  },
  droplet: {
    id: 'droplet',
    priority: 5,
    header: 'Droplet',
    width: 'minmax(120px, 0.9fr)',
    sortable: true,
    cell: (row) => {
      const source = droplets.get(row.id);
      if (!source) return <Subtle />;
      // Named once the droplets are loaded, and while the droplet still exists.
      return <span className="resource-cell--ellipsis">{source.name ?? `Droplet ${source.id}`}</span>;
    },
  },
});

/**
 * Each tab's columns: the account's images have no slug, public ones no droplet; only snapshots and
 * backups came from a droplet.
 */
const tabColumns: Record<ImageTab, readonly string[]> = {
  snapshots: ['name', 'type', 'distribution', 'regions', 'size', 'minDisk', 'status', 'created', 'droplet'],
  backups: ['name', 'type', 'distribution', 'regions', 'size', 'minDisk', 'status', 'created', 'droplet'],
  custom: ['name', 'type', 'distribution', 'regions', 'size', 'minDisk', 'status', 'created'],
  distributions: ['name', 'type', 'distribution', 'slug', 'regions', 'size', 'minDisk', 'status', 'created'],
  applications: ['name', 'type', 'distribution', 'slug', 'regions', 'size', 'minDisk', 'status', 'created'],
};

/**
 * Beside an open pane the list keeps what tells images apart and how they are doing; the pane has the
 * rest. Narrower still, columns go by their `priority`, highest number first.
 */
const compactColumns: readonly string[] = ['name', 'regions', 'size', 'status'];

export const imageColumns = (
  tab: ImageTab,
  running: ReadonlyMap<number, InFlightAction>,
  droplets: DropletNames,
  failures: ReadonlyMap<number, SettledAction>,
  compact = false,
): Column[] => {
  const byId = columnsById(running, droplets, failures);
  return (compact ? compactColumns : tabColumns[tab]).map((id) => byId[id]).filter((column): column is Column => column !== undefined);
};
