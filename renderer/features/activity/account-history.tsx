import type { UseQueryResult } from '@tanstack/react-query';
import type { ActionHistoryPage } from '../../../shared/action-history-types';
import type { Action } from '../../../shared/do-types';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Badge, type BadgeTone } from '../../components/badge';
import { ErrorState } from '../../components/error-state';
import { GuardedButton } from '../../components/guarded-button';
import { Skeleton } from '../../components/skeleton';
import { formatDateTime } from '../../format/format-date';
import { actionName } from '../../../shared/actions/catalogue';
import { formatDuration } from '../../../shared/actions/words';
import { isFiltered, matchesActivity, type ActivityEntry, type ActivityStatus, type ActivityView } from './activity-filters';
import { ResourceLink, SectionNote } from './activity-lists';

const statusOf: Record<NonNullable<Action['status']>, ActivityStatus> = { 'in-progress': 'running', completed: 'completed', errored: 'errored' };
const statusLabel: Record<ActivityStatus, string> = { running: 'In progress', completed: 'Completed', errored: 'Errored' };
const statusTone: Record<ActivityStatus, BadgeTone> = { running: 'accent', completed: 'success', errored: 'danger' };

/** Names the panel knows, by `type:id`: DigitalOcean's history gives only ids. */
export type KnownNames = ReadonlyMap<string, string>;

export const nameKey = (type: string, id: number): string => `${type}:${id}`;

export const historyEntry = (action: Action, names: KnownNames): ActivityEntry => {
  const resourceType = action.resource_type ?? '';
  const resourceId = action.resource_id ?? null;
  return {
    resourceType,
    resourceId,
    name: resourceId === null ? null : (names.get(nameKey(resourceType, resourceId)) ?? null),
    status: statusOf[action.status ?? 'in-progress'],
    type: action.type ?? '',
  };
};

const durationText = (action: Action): string => {
  if (!action.started_at) return '—';
  const started = Date.parse(action.started_at);
  if (action.completed_at) return formatDuration(Date.parse(action.completed_at) - started);
  return action.status === 'in-progress' ? 'Still running' : '—';
};

const Resource = ({ entry }: { entry: ActivityEntry }) => {
  if (entry.resourceId === null) return <span className="activity-history__muted">None</span>;
  const kind = entry.resourceType === 'droplet' ? 'Droplet' : entry.resourceType === 'image' ? 'Image' : entry.resourceType || 'Resource';
  const name = entry.name ?? `${kind} ${entry.resourceId}`;
  if (entry.resourceType === 'droplet' || entry.resourceType === 'image') {
    return <ResourceLink resource={{ type: entry.resourceType, id: entry.resourceId, name }} />;
  }
  return <span>{name}</span>;
};

export interface AccountHistoryProps {
  query: UseQueryResult<ActionHistoryPage>;
  view: ActivityView;
  names: KnownNames;
  onPage: (page: number) => void;
}

/** One page of every action on the account, newest first, whoever started it. */
export const AccountHistory = ({ query, view, names, onPage }: AccountHistoryProps) => {
  if (query.data === undefined) {
    if (query.isError) {
      return <ErrorState title="Couldn't load the account's history" error={panelErrorOf(query.error)} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
    }
    return (
      <div role="status" aria-busy="true" className="activity-history__loading">
        <span className="visually-hidden">Loading the account's history</span>
        <Skeleton width="100%" />
        <Skeleton width="100%" />
        <Skeleton width="100%" />
      </div>
    );
  }
  const { actions, page, perPage, total } = query.data;
  const pages = Math.max(1, Math.ceil(total / perPage));
  const rows = actions.map((action) => ({ action, entry: historyEntry(action, names) })).filter(({ entry }) => matchesActivity(entry, view));
  return (
    <>
      {rows.length === 0 ? (
        <SectionNote>{total === 0 ? 'DigitalOcean has no actions on record for this account.' : 'No action on this page matches the filters.'}</SectionNote>
      ) : (
        <div className="activity-history__scroll">
          <table className="activity-history">
            <caption className="visually-hidden">The account's actions, newest first (page {page} of {pages})</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Resource</th>
                <th scope="col">Status</th>
                <th scope="col">Started</th>
                <th scope="col">Duration</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ action, entry }, index) => (
                <tr key={action.id ?? `row-${index}`}>
                  <td>{actionName(action.type ?? 'action')}</td>
                  <td>
                    <Resource entry={entry} />
                  </td>
                  <td>
                    <Badge tone={statusTone[entry.status]}>{statusLabel[entry.status]}</Badge>
                  </td>
                  <td>{action.started_at ? formatDateTime(action.started_at) : '—'}</td>
                  <td className="activity-history__duration">{durationText(action)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > perPage ? (
        <nav className="activity-pager" aria-label="History pages">
          <GuardedButton variant="secondary" size="sm" unavailable={page <= 1 ? 'This is the newest page.' : null} onClick={() => onPage(page - 1)}>
            Newer
          </GuardedButton>
          <span className="activity-pager__position" aria-live="polite">
            Page {page} of {pages} · {total} actions
          </span>
          <GuardedButton variant="secondary" size="sm" unavailable={page >= pages ? 'This is the oldest page.' : null} onClick={() => onPage(page + 1)}>
            Older
          </GuardedButton>
        </nav>
      ) : null}
      {isFiltered(view) ? <SectionNote>Filters apply to the page shown: DigitalOcean lists the account's actions only by page.</SectionNote> : null}
    </>
  );
};
