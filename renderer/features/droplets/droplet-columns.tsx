import type { InFlightAction, SettledAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { CopyButton } from '../../components/copy-button';
import type { VirtualTableColumn } from '../../components/virtual-table';
import { compactList } from '../../format/compact-list';
import { formatDate } from '../../format/format-date';
import { FailedMark } from '../../tracking/failed-mark';
import type { DropletColumnId } from '../../stores/droplet-columns-store';
import { formatImage, formatPrice, formatSize } from './droplet-format';
import { DropletStatus } from './droplet-status';

type Column = VirtualTableColumn<DropletRow>;

/** How many tags a row draws as chips before "+N"; the chips shrink (with an ellipsis) rather than wrap. */
const tagChipsShown = 2;

/**
 * A row's tags on one line: the first chips and "+N" for the rest. Every tag is in the tooltip, and
 * screen readers get the whole list instead of the chips.
 */
export const TagChips = ({ tags }: { tags: readonly string[] }) => {
  if (tags.length === 0) return <span className="resource-cell--subtle">—</span>;
  const { shown, more } = compactList(tags, tagChipsShown);
  return (
    <span className="droplet-chips" title={tags.join(', ')}>
      <span className="visually-hidden">{`Tags: ${tags.join(', ')}`}</span>
      {shown.map((tag) => (
        <span key={tag} className="droplet-chip" aria-hidden="true">
          {tag}
        </span>
      ))}
      {more > 0 ? (
        <span className="droplet-chip droplet-chip--more" aria-hidden="true">
          +{more}
        </span>
      ) : null}
    </span>
  );
};

const nameColumn: Column = {
  id: 'name',
  header: 'Name',
  width: 'minmax(170px, 1.5fr)',
  sortable: true,
  cell: (row) => (
    <span className="resource-name">
      <span className="resource-name__text droplet-name__text">{row.name}</span>
      <span className="resource-name__id">{row.id}</span>
    </span>
  ),
};

/**
 * The optional columns, in order, labelled as the column chooser shows them. Each has a `priority`:
 * when the list is narrow (the pane open, a small window) the highest numbers are left out first.
 */
export const optionalColumnLabels: Record<DropletColumnId, string> = {
  status: 'Status',
  publicIpv4: 'Public IPv4',
  region: 'Region',
  size: 'Size',
  image: 'Image',
  tags: 'Tags',
  created: 'Created',
  price: 'Monthly',
};

const optionalColumns = (running: ReadonlyMap<number, InFlightAction>, failures: ReadonlyMap<number, SettledAction>): Record<DropletColumnId, Column> => ({
  status: {
    id: 'status',
    priority: 1,
    header: 'Status',
    width: 'minmax(150px, 1.3fr)',
    sortable: true,
    cell: (row) => {
      const action = running.get(row.id);
      return (
        <span className="resource-status-cell">
          <DropletStatus status={row.status} action={action} />
          {action ? null : <FailedMark failure={failures.get(row.id)} />}
        </span>
      );
    },
  },
  publicIpv4: {
    id: 'publicIpv4',
    priority: 2,
    header: 'Public IPv4',
    width: 'minmax(140px, 0.8fr)',
    sortable: true,
    cell: (row) =>
      row.publicIpv4 === null ? (
        <span className="resource-cell--subtle">None</span>
      ) : (
        // The address is text, so a click on it opens the row like anywhere else; only the button copies.
        <>
          <span className="resource-cell--ellipsis">{row.publicIpv4}</span>
          <CopyButton value={row.publicIpv4} what="IP address" tabIndex={-1} plainHint />
        </>
      ),
  },
  region: {
    id: 'region',
    priority: 3,
    header: 'Region',
    width: 'minmax(56px, 0.4fr)',
    sortable: true,
    cell: (row) => <span title={row.region.name}>{row.region.slug}</span>,
  },
  size: {
    id: 'size',
    priority: 4,
    header: 'Size',
    width: 'minmax(140px, 0.9fr)',
    sortable: true,
    cell: (row) => (
      <span className="resource-cell--ellipsis" title={row.size.slug}>
        {formatSize(row.size)}
      </span>
    ),
  },
  image: {
    id: 'image',
    priority: 6,
    header: 'Image',
    width: 'minmax(110px, 1fr)',
    sortable: true,
    cell: (row) => (
      <span className="resource-cell--ellipsis" title={row.image.slug ?? undefined}>
        {formatImage(row.image)}
      </span>
    ),
  },
  tags: { id: 'tags', header: 'Tags', priority: 5, width: 'minmax(100px, 1fr)', cell: (row) => <TagChips tags={row.tags} /> },
  created: {
    id: 'created',
    priority: 7,
    header: 'Created',
    width: 'minmax(92px, 0.6fr)',
    sortable: true,
    cell: (row) => <span className="resource-cell--muted">{formatDate(row.createdAt)}</span>,
  },
  price: {
    id: 'price',
    priority: 8,
    header: 'Monthly',
    width: 'minmax(64px, 0.4fr)',
    sortable: true,
    align: 'end',
    cell: (row) => <span className="resource-cell--number">{formatPrice(row.size.priceMonthly)}</span>,
  },
});

export const dropletColumns = (
  hidden: readonly DropletColumnId[],
  running: ReadonlyMap<number, InFlightAction>,
  failures: ReadonlyMap<number, SettledAction>,
): Column[] => {
  const optional = optionalColumns(running, failures);
  return [nameColumn, ...(Object.keys(optional) as DropletColumnId[]).filter((id) => !hidden.includes(id)).map((id) => optional[id])];
};
