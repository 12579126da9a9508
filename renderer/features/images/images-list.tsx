import type { UseQueryResult } from '@tanstack/react-query';
import { Archive, Camera, Disc, Layers, Package, SearchX, type LucideIcon } from 'lucide-react';
import { useMemo, type ReactNode } from 'react';
import type { InFlightAction } from '../../../shared/action-types';
import type { ImageRow } from '../../../shared/image-types';
import { areaPath } from '../../routing/area-path';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LinkButton } from '../../components/link-button';
import { TableSkeleton } from '../../components/table-skeleton';
import { VirtualTable } from '../../components/virtual-table';
import { useRecentFailures } from '../../tracking/use-recent-failure';
import { imageColumns } from './image-columns';
import { filterImages, imageTabs, nextSort, type DropletNames, type ImageTab, type ImagesView } from './image-filters';

export interface ImagesListProps {
  tab: ImageTab;
  query: UseQueryResult<ImageRow[]>;
  /** The loaded rows after the tab's split, the tag, search and sort. */
  rows: readonly ImageRow[];
  view: ImagesView;
  onViewChange: (patch: Partial<ImagesView>) => void;
  running: ReadonlyMap<number, InFlightAction>;
  droplets: DropletNames;
  activeId: number | null;
  onActiveChange: (id: number) => void;
  /** Opens the import form (the Custom tab's empty state offers it). */
  onImport: () => void;
}

/** Rows shaped like the table's while the list loads. */
export const ImagesListSkeleton = ({ label }: { label: string }) => <TableSkeleton what={label.toLowerCase()} />;

interface EmptyCopy {
  icon: LucideIcon;
  title: string;
  description: string;
  action?: (onImport: () => void) => ReactNode;
}

const emptyCopy: Record<ImageTab, EmptyCopy> = {
  snapshots: {
    icon: Camera,
    title: 'No snapshots in this account',
    description: 'A snapshot is a full copy of a droplet’s disk. Take one from a droplet’s actions; it appears here when it is done.',
    action: () => (
      <LinkButton href={areaPath('droplets')} variant="secondary">
        Go to Droplets
      </LinkButton>
    ),
  },
  backups: {
    icon: Archive,
    title: 'No backups in this account',
    description: 'DigitalOcean backs up the droplets that have backups enabled, daily or weekly. Enable them from a droplet’s actions.',
    action: () => (
      <LinkButton href={areaPath('droplets')} variant="secondary">
        Go to Droplets
      </LinkButton>
    ),
  },
  custom: {
    icon: Disc,
    title: 'No custom images yet',
    description: 'Import a disk image from a URL (raw, qcow2, vhdx, vdi or vmdk) to create droplets from your own operating system build.',
    action: (onImport) => (
      <Button variant="primary" onClick={onImport}>
        Import an image
      </Button>
    ),
  },
  distributions: {
    icon: Layers,
    title: 'No distributions listed',
    description: 'DigitalOcean listed no public distribution images. Try again later.',
  },
  applications: {
    icon: Package,
    title: 'No applications listed',
    description: 'DigitalOcean listed no 1-Click application images. Try again later.',
  },
};

/** The tab's faces: loading, DigitalOcean's error, nothing of this kind, nothing matching, or the table. */
export const ImagesList = ({ tab, query, rows, view, onViewChange, running, droplets, activeId, onActiveChange, onImport }: ImagesListProps) => {
  const compact = view.image !== null;
  // Asked once there are rows to mark, as when each row asked for itself.
  const failures = useRecentFailures('image', { enabled: query.data !== undefined });
  const columns = useMemo(() => imageColumns(tab, running, droplets, failures, compact), [tab, running, droplets, failures, compact]);
  const label = imageTabs.find((item) => item.id === tab)?.label ?? 'Images';

  if (query.data === undefined) {
    if (query.isError) {
      return (
        <ErrorState
          title={`Couldn't load the ${label.toLowerCase()}`}
          error={panelErrorOf(query.error)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      );
    }
    return <ImagesListSkeleton label={label} />;
  }

  const inTab = filterImages(query.data, tab, { q: '', tag: '' });
  if (inTab.length === 0 && view.tag === '') {
    const { icon, title, description, action } = emptyCopy[tab];
    return <EmptyState icon={icon} title={title} description={description} actions={action?.(onImport)} />;
  }

  if (rows.length === 0) {
    return (
      <EmptyState
        icon={SearchX}
        title="No images match"
        description={
          view.tag !== '' && inTab.length === 0
            ? `No image here carries the tag “${view.tag}”.`
            : 'No image in this tab matches the search and tag. Clear them to see every image again.'
        }
        actions={
          <Button variant="secondary" onClick={() => onViewChange({ q: '', tag: '' })}>
            Clear search and tag
          </Button>
        }
      />
    );
  }

  return (
    <VirtualTable
      label={label}
      rows={rows}
      columns={columns}
      rowKey={(row) => row.id}
      sort={view.sort}
      onSortChange={(columnId) => onViewChange({ sort: nextSort(view.sort, columnId) })}
      activeKey={activeId}
      onActiveChange={onActiveChange}
      openKey={view.image}
      onOpen={(id) => onViewChange({ image: id })}
      onClose={() => onViewChange({ image: null })}
    />
  );
};
