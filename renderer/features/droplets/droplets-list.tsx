import type { UseQueryResult } from '@tanstack/react-query';
import { SearchX, Server } from 'lucide-react';
import { useMemo } from 'react';
import type { InFlightAction } from '../../../shared/action-types';
import type { DropletRow } from '../../../shared/droplet-types';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { ExternalLink } from '../../components/external-link';
import { VirtualTable } from '../../components/virtual-table';
import { useRecentFailures } from '../../tracking/use-recent-failure';
import { useDropletColumnsActions, useDropletColumnWidths, useHiddenDropletColumns } from '../../stores/droplet-columns-store';
import { CreateDropletButton } from './create/create-droplet-button';
import { dropletColumns } from './droplet-columns';
import { emptyFilters, nextSort, type DropletsView } from './droplet-filters';
import { DropletsListSkeleton } from './droplets-list-skeleton';

const dropletsConsoleUrl = 'https://cloud.digitalocean.com/droplets';

export interface DropletsListProps {
  query: UseQueryResult<DropletRow[]>;
  /** The loaded rows after search, filters and sort. */
  rows: readonly DropletRow[];
  view: DropletsView;
  onViewChange: (patch: Partial<DropletsView>) => void;
  running: ReadonlyMap<number, InFlightAction>;
  activeId: number | null;
  onActiveChange: (id: number) => void;
  /** The droplets picked for a bulk action. */
  selected: ReadonlySet<number>;
  onSelectedChange: (selected: ReadonlySet<number>) => void;
  /** Said with "select all" while the rows are not the whole list. */
  partialNote?: string;
}

/** The list's faces: loading, DigitalOcean's error, an empty account, nothing matching, or the table. */
export const DropletsList = ({
  query,
  rows,
  view,
  onViewChange,
  running,
  activeId,
  onActiveChange,
  selected,
  onSelectedChange,
  partialNote,
}: DropletsListProps) => {
  const hidden = useHiddenDropletColumns();
  const widths = useDropletColumnWidths();
  const { setWidth, setLeftOut } = useDropletColumnsActions();
  // Asked once there are rows to mark, as when each row asked for itself.
  const failures = useRecentFailures('droplet', { enabled: query.data !== undefined });
  const columns = useMemo(() => dropletColumns(hidden, running, failures), [hidden, running, failures]);

  if (query.data === undefined) {
    if (query.isError) {
      return (
        <ErrorState
          title="Couldn't load the droplets"
          error={panelErrorOf(query.error)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    return <DropletsListSkeleton />;
  }

  if (query.data.length === 0 && view.tag === '') {
    return (
      <EmptyState
        icon={Server}
        title="No droplets in this account"
        description="DigitalOcean lists no droplets for this account. Droplets created in the DigitalOcean control panel, with doctl or through the API appear here when you refresh."
        actions={
          <>
            <CreateDropletButton />
            <ExternalLink href={dropletsConsoleUrl} variant="secondary">
              Open the DigitalOcean control panel
            </ExternalLink>
          </>
        }
      />
    );
  }

  if (rows.length === 0) {
    return (
      <EmptyState
        icon={SearchX}
        title="No droplets match"
        description={
          view.tag !== '' && query.data.length === 0
            ? `No droplet carries the tag “${view.tag}”.`
            : 'No droplet matches the search and filters. Clear them to see every droplet again.'
        }
        actions={
          <Button variant="secondary" onClick={() => onViewChange(emptyFilters)}>
            Clear search and filters
          </Button>
        }
      />
    );
  }

  return (
    <VirtualTable
      label="Droplets"
      rows={rows}
      columns={columns}
      rowKey={(row) => row.id}
      sort={view.sort}
      onSortChange={(columnId) => onViewChange({ sort: nextSort(view.sort, columnId) })}
      activeKey={activeId}
      onActiveChange={onActiveChange}
      openKey={view.droplet}
      onOpen={(id) => onViewChange({ droplet: id })}
      onClose={() => onViewChange({ droplet: null })}
      selection={{ selected, onChange: onSelectedChange, label: (row) => `Select ${row.name}`, note: partialNote }}
      widths={widths}
      onWidthChange={setWidth}
      onColumnsLeftOut={setLeftOut}
    />
  );
};
