import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Action, DropletSnapshot } from '../../../shared/do-types';
import { Badge, type BadgeTone } from '../../components/badge';
import { QueryView } from '../../components/query-view';
import { Skeleton } from '../../components/skeleton';
import { formatDateTime } from '../../format/format-date';
import { actionName } from '../../../shared/actions/catalogue';
import { formatDuration } from '../../../shared/actions/words';
import { formatImage } from './droplet-format';
import { DropletStatus } from './droplet-status';
import { dropletQueries } from './queries';

const ListSkeleton = () => (
  <div className="detail-list-skeleton">
    <Skeleton width="70%" />
    <Skeleton width="55%" />
    <Skeleton width="62%" />
  </div>
);

/** One tab's list: each tab calls its own query when it is opened, never before. */
const TabQuery = <T,>({
  query,
  what,
  empty,
  children,
}: {
  query: UseQueryResult<T[]>;
  what: string;
  empty: string;
  children: (items: T[]) => ReactNode;
}) => (
    <QueryView query={query} loadingLabel={`Loading ${what}`} loading={<ListSkeleton />} errorTitle={`Couldn't load the ${what}`}>
      {(items) => (items.length === 0 ? <p className="droplet-tab-empty">{empty}</p> : children(items))}
    </QueryView>
);

const ImageList = ({ items }: { items: DropletSnapshot[] }) => (
  <ul className="detail-list">
    {items.map((item) => (
      <li key={item.id} className="detail-list__item">
        <div className="detail-list__main">
          <span className="detail-list__title">{item.name}</span>
          <span className="detail-list__meta">
            {formatDateTime(item.created_at)} · {item.regions.join(', ') || 'no region'} · ID {item.id}
          </span>
        </div>
        <span className="droplet-list__side">{item.size_gigabytes} GB</span>
      </li>
    ))}
  </ul>
);

export const SnapshotsTab = ({ id }: { id: number }) => (
  <TabQuery query={useQuery(dropletQueries.snapshots(id))} what="snapshots" empty="This droplet has no snapshots.">
    {(items) => <ImageList items={items} />}
  </TabQuery>
);

export const BackupsTab = ({ id }: { id: number }) => (
  <TabQuery query={useQuery(dropletQueries.backups(id))} what="backups" empty="This droplet has no backups. Backups are kept only while backups are enabled.">
    {(items) => <ImageList items={items} />}
  </TabQuery>
);

export const KernelsTab = ({ id }: { id: number }) => (
  <TabQuery
    query={useQuery(dropletQueries.kernels(id))}
    what="kernels"
    empty="No kernels to choose from: this droplet's kernel is managed inside the droplet, as on every current image."
  >
    {(items) => (
      <ul className="detail-list">
        {items.map((kernel, index) => (
          <li key={kernel.id ?? index} className="detail-list__item">
            <div className="detail-list__main">
              <span className="detail-list__title">{kernel.name ?? 'Unnamed kernel'}</span>
              <span className="detail-list__meta">
                {kernel.version ?? 'unknown version'} · ID {kernel.id ?? '—'}
              </span>
            </div>
          </li>
        ))}
      </ul>
    )}
  </TabQuery>
);

export const NeighborsTab = ({ id }: { id: number }) => (
  <TabQuery query={useQuery(dropletQueries.neighbors(id))} what="neighbors" empty="None of your other droplets share this droplet's physical server.">
    {(items) => (
      <ul className="detail-list">
        {items.map((row) => (
          <li key={row.id} className="detail-list__item">
            <div className="detail-list__main">
              <span className="detail-list__title">{row.name}</span>
              <span className="detail-list__meta">
                {row.region.slug} · {formatImage(row.image)} · ID {row.id}
              </span>
            </div>
            <DropletStatus status={row.status} />
          </li>
        ))}
      </ul>
    )}
  </TabQuery>
);

const actionTones: Record<NonNullable<Action['status']>, BadgeTone> = { completed: 'success', errored: 'danger', 'in-progress': 'accent' };
const actionLabels: Record<NonNullable<Action['status']>, string> = { completed: 'Completed', errored: 'Errored', 'in-progress': 'In progress' };

const durationOf = (action: Action): string | null => {
  if (!action.started_at) return null;
  const started = Date.parse(action.started_at);
  if (action.completed_at) return `took ${formatDuration(Date.parse(action.completed_at) - started)}`;
  return action.status === 'in-progress' ? `running for ${formatDuration(Date.now() - started)}` : null;
};

const newestFirst = (a: Action, b: Action) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || (b.id ?? 0) - (a.id ?? 0);

export const HistoryTab = ({ id }: { id: number }) => (
  <TabQuery query={useQuery(dropletQueries.history(id))} what="history" empty="DigitalOcean has no actions on record for this droplet.">
    {(items) => (
      <ol className="detail-list" aria-label="Actions, newest first">
        {[...items].sort(newestFirst).map((action, index) => (
          <li key={action.id ?? index} className="detail-list__item">
            <div className="detail-list__main">
              <span className="detail-list__title">{actionName(action.type ?? 'action')}</span>
              <span className="detail-list__meta">
                {action.started_at ? formatDateTime(action.started_at) : 'start unknown'}
                {durationOf(action) ? ` · ${durationOf(action)}` : ''}
              </span>
            </div>
            {action.status ? <Badge tone={actionTones[action.status]}>{actionLabels[action.status]}</Badge> : null}
          </li>
        ))}
      </ol>
    )}
  </TabQuery>
);
