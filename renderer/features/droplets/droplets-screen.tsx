import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { BulkActions } from './bulk-actions';
import { DropletPane } from './droplet-pane';
import { DropletTombstone } from './droplet-tombstone';
import { dropletSearchIndex, filterIndexedDroplets, sortDroplets } from './droplet-filters';
import { DropletsList } from './droplets-list';
import { DropletsToolbar } from './droplets-toolbar';
import { dropletQueries } from './queries';
import { useDropletsView } from './use-droplets-view';
import { useTrackedDropletActions } from '../../tracking/use-tracked-actions';
import { useGone } from '../../resources/gone';
import { RefreshFailed } from '../../components/refresh-failed';
import { lastKnownCount } from '../../format/last-known-words';
import { useLastKnownSince } from '../../resources/last-known';
import { ListProgressNote } from '../../components/list-progress-note';
import { isPartial, useListProgress } from '../../resources/list-progress';
import { partialCountText, partialSelectionNote } from '../../resources/list-words';
import '../../components/resource-screen.css';
import './droplets-screen.css';

/** The list with its search and filters, and the open droplet's details beside it. */
export const DropletsScreen = () => {
  const [view, update] = useDropletsView();
  const listOptions = dropletQueries.list(view.tag === '' ? null : view.tag);
  const list = useQuery(listOptions);
  // A kept list shown until the fresh one arrives: its count is not the account's count now.
  const lastKnown = useLastKnownSince(listOptions.queryKey) !== null;
  const progress = useListProgress(listOptions.queryKey);
  // Rows still arriving, or a page that never came: what is shown is not the whole list, and says so.
  const partial = isPartial(progress) ? progress : undefined;
  const running = useTrackedDropletActions();
  const [activeId, setActiveId] = useState<number | null>(view.droplet);
  const listRef = useRef<HTMLDivElement>(null);
  // Filtered in the same render as the keystroke (bench/ui-list times it until the grid changes): the
  // rows are sorted and indexed once per list or sort change, and a keystroke only searches the index.
  const sorted = useMemo(
    () => (list.data ? sortDroplets(list.data, view.sort) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [list.data, view.sort.columnId, view.sort.direction],
  );
  const index = useMemo(() => dropletSearchIndex(sorted), [sorted]);
  const rows = useMemo(
    () => filterIndexedDroplets(index, view),
    // The view object is new on every address change; these are the parts that change the rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, view.q, view.status, view.region, view.size, view.tag],
  );

  // Picked for a bulk action. A row that leaves the list (deleted, or hidden by a search or filter)
  // leaves the selection too, so clearing a filter never brings back a pick the person could not see.
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const shownIds = useMemo(() => new Set(rows.map((row) => row.id)), [rows]);
  if (list.data !== undefined && [...selected].some((id) => !shownIds.has(id))) {
    setSelected(new Set([...selected].filter((id) => shownIds.has(id))));
  }
  const selectedRows = useMemo(() => (selected.size === 0 ? [] : rows.filter((row) => selected.has(row.id))), [rows, selected]);

  const closePane = () => {
    update({ droplet: null });
    listRef.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };

  const openRow = view.droplet === null ? undefined : list.data?.find((row) => row.id === view.droplet);
  // DigitalOcean answered 404 for it (a settle, the pane, an action): its tombstone, not a live pane.
  const gone = useGone('droplet', view.droplet ?? 0);
  const total = list.data?.length ?? 0;
  const count = rows.length === total ? `${total} droplet${total === 1 ? '' : 's'}` : `${rows.length} of ${total} droplets`;

  return (
    <div className="resource-screen droplets-screen">
      <div className="resource-screen__bar">
        <DropletsToolbar filters={view} onChange={update} rows={list.data ?? []} />
        {list.data ? (
          // Not announced page by page while rows arrive: the progress note says once that they do.
          <p className="resource-screen__count" role="status" aria-live={partial?.loading ? 'off' : undefined}>
            {partial ? partialCountText(rows.length, list.data.length, partial.total, 'droplets', rows.length !== total) : lastKnown ? lastKnownCount(count) : count}
          </p>
        ) : null}
      </div>
      <ListProgressNote progress={progress} noun="droplets" hasRows={list.data !== undefined} retrying={list.isFetching} onRetry={() => void list.refetch()} />
      {progress?.incomplete ? null : <RefreshFailed query={list} />}
      {selectedRows.length === 0 ? null : (
        <BulkActions
          rows={selectedRows}
          running={running}
          onClear={() => setSelected(new Set())}
          partial={partial ? partialSelectionNote(total, partial.total) : undefined}
        />
      )}
      <div className="resource-screen__body" data-pane={view.droplet === null ? undefined : 'open'}>
        <div ref={listRef} className="resource-screen__list">
          <DropletsList
            query={list}
            rows={rows}
            view={view}
            onViewChange={(patch) => (patch.droplet === null ? closePane() : update(patch))}
            running={running}
            activeId={activeId}
            onActiveChange={setActiveId}
            selected={selected}
            onSelectedChange={setSelected}
            partialNote={partial ? partialSelectionNote(total, partial.total) : undefined}
          />
        </div>
        {view.droplet === null ? null : gone ? (
          <DropletTombstone key={view.droplet} gone={gone} onClose={closePane} />
        ) : (
          <DropletPane key={view.droplet} id={view.droplet} row={openRow} action={running.get(view.droplet)} onClose={closePane} onDeleted={closePane} />
        )}
      </div>
    </div>
  );
};
