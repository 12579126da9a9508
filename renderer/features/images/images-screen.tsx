import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import type { ImageRow } from '../../../shared/image-types';
import { imageQueries } from '../../catalog/queries';
import { LastKnownNote } from '../../components/last-known-note';
import { RefreshFailed } from '../../components/refresh-failed';
import { lastKnownCount } from '../../format/last-known-words';
import { useLastKnownSince } from '../../resources/last-known';
import { ListProgressNote } from '../../components/list-progress-note';
import { isPartial, useListProgress } from '../../resources/list-progress';
import { partialCountText } from '../../resources/list-words';
import { Tabs } from '../../components/tabs';
import { useGone } from '../../resources/gone';
import { useTrackedByResource } from '../../tracking/use-tracked-actions';
import { defaultTab, filterImages, imageSearchIndex, imageTabs, sortImages, tabOfOwnImage, type ImageTab } from './image-filters';
import { rowOfImage } from './image-format';
import { ImagePane } from './image-pane';
import { ImageTombstone } from './image-tombstone';
import { ImagesList, ImagesListSkeleton } from './images-list';
import { ImagesToolbar } from './images-toolbar';
import { ImportImageDialog } from './import-image-dialog';
import { tabFilter, useImageDroplets } from './queries';
import { useImagesView } from './use-images-view';
import '../../components/resource-screen.css';
import './images-screen.css';

/**
 * The tab to show when the address names an image but no tab (a notification, the tray): the tab
 * that holds it, once the account's images (or the image itself) say which.
 */
const useResolvedTab = (tab: ImageTab | null, image: number | null, tag: string): ImageTab | 'resolving' => {
  const resolving = tab === null && image !== null;
  const own = useQuery({ ...imageQueries.list(tabFilter('snapshots', tag)), enabled: resolving });
  const ownRow = own.data?.find((row) => row.id === image);
  const lookUp = resolving && own.data !== undefined && ownRow === undefined;
  const detail = useQuery({ ...imageQueries.detail(image ?? 0), enabled: lookUp });
  if (tab !== null) return tab;
  if (image === null) return defaultTab;
  if (ownRow) return tabOfOwnImage(ownRow) ?? defaultTab;
  if (own.isError) return defaultTab;
  if (!lookUp) return 'resolving';
  if (detail.data) {
    const row = rowOfImage(detail.data, image);
    return tabOfOwnImage(row) ?? (row.public && row.type !== 'base' ? 'applications' : row.public ? 'distributions' : defaultTab);
  }
  return detail.isError ? defaultTab : 'resolving';
};

/** The tabs, each with its list, search and tag filter, and the open image's details beside them. */
export const ImagesScreen = () => {
  const [view, update] = useImagesView();
  const resolved = useResolvedTab(view.tab, view.image, view.tag);
  const tab = resolved === 'resolving' ? defaultTab : resolved;
  const listOptions = imageQueries.list(tabFilter(tab, view.tag));
  const list = useQuery({ ...listOptions, enabled: resolved !== 'resolving' });
  // A kept list shown until the fresh one arrives: its count is not the account's count now.
  const lastKnownSince = useLastKnownSince(listOptions.queryKey);
  const progress = useListProgress(listOptions.queryKey);
  // Rows still arriving, or a page that never came: what is shown is not the whole list, and says so.
  const partial = isPartial(progress) ? progress : undefined;
  const running = useTrackedByResource('image');
  const droplets = useImageDroplets(tab === 'snapshots' || tab === 'backups');
  const [activeId, setActiveId] = useState<number | null>(view.image);
  const [importing, setImporting] = useState({ open: false, serial: 0 });
  const listRef = useRef<HTMLDivElement>(null);

  // As on the droplet list: the tab's rows are sorted and indexed once per list, tab, tag or sort
  // change, and a keystroke only searches the index, in the same render (bench/ui-list).
  const inTab = useMemo(() => (list.data ? filterImages(list.data, tab, { q: '', tag: view.tag }) : []), [list.data, tab, view.tag]);
  const sorted = useMemo(
    () => sortImages(inTab, view.sort, droplets),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [inTab, view.sort.columnId, view.sort.direction, droplets],
  );
  const index = useMemo(() => imageSearchIndex(sorted), [sorted]);
  const rows = useMemo(() => index.search(view.q), [index, view.q]);

  const closePane = () => {
    update({ image: null });
    listRef.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };

  const openImport = () => setImporting((last) => ({ open: true, serial: last.serial + 1 }));
  const onImported = (row: ImageRow) => {
    setImporting((last) => ({ ...last, open: false }));
    setActiveId(row.id);
    update({ tab: 'custom', q: '', image: row.id });
  };

  const count = rows.length === inTab.length ? `${inTab.length} image${inTab.length === 1 ? '' : 's'}` : `${rows.length} of ${inTab.length} images`;
  const openRow = view.image === null ? undefined : list.data?.find((row) => row.id === view.image);
  // DigitalOcean answered 404 for it (a settle, the pane, an action): its tombstone, not a live pane.
  const gone = useGone('image', view.image ?? 0);

  if (resolved === 'resolving') {
    return (
      <div className="resource-screen images-screen">
        <ImagesListSkeleton label="Images" />
      </div>
    );
  }

  return (
    <div className="resource-screen images-screen">
      <Tabs label="Image kinds" tabs={imageTabs} selected={tab} onSelect={(next) => update({ tab: next, image: null })}>
        <div className="resource-screen__bar">
          <ImagesToolbar view={view} onChange={update} onImport={tab === 'custom' ? openImport : undefined} />
          {list.data ? (
            // Not announced page by page while rows arrive: the progress note says once that they do.
            <p className="resource-screen__count" role="status" aria-live={partial?.loading ? 'off' : undefined}>
              {partial ? partialCountText(rows.length, list.data.length, partial.total, 'images', true) : lastKnownSince === null ? count : lastKnownCount(count)}
            </p>
          ) : null}
          {lastKnownSince === null ? null : <LastKnownNote since={lastKnownSince} refreshing={list.isFetching} />}
        </div>
        <ListProgressNote progress={progress} noun="images" hasRows={list.data !== undefined} retrying={list.isFetching} onRetry={() => void list.refetch()} />
        {progress?.incomplete ? null : <RefreshFailed query={list} />}
        <div className="resource-screen__body" data-pane={view.image === null ? undefined : 'open'}>
          <div ref={listRef} className="resource-screen__list">
            <ImagesList
              tab={tab}
              query={list}
              rows={rows}
              view={view}
              onViewChange={(patch) => (patch.image === null ? closePane() : update(patch))}
              running={running}
              droplets={droplets}
              activeId={activeId}
              onActiveChange={setActiveId}
              onImport={openImport}
            />
          </div>
          {view.image === null ? null : gone ? (
            <ImageTombstone key={view.image} gone={gone} onClose={closePane} />
          ) : (
            <ImagePane
              key={view.image}
              id={view.image}
              row={openRow}
              action={running.get(view.image)}
              droplet={droplets.get(view.image)}
              onClose={closePane}
              onDeleted={closePane}
            />
          )}
        </div>
      </Tabs>
      {importing.serial === 0 ? null : (
        <ImportImageDialog key={importing.serial} open={importing.open} onClose={() => setImporting((last) => ({ ...last, open: false }))} onImported={onImported} />
      )}
    </div>
  );
};
