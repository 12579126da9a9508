import type { ReactNode } from 'react';
import type { ActionSettled, InFlightAction, TrackedResource } from '../../../shared/action-types';
import { Badge } from '../../components/badge';
import { formatDateTime } from '../../format/format-date';
import { resourceHref } from '../../routing/resource-path';
import { ActionProgress } from '../../tracking/action-progress';

const kindLabel = { droplet: 'Droplet', image: 'Image' } as const;

/** The resource's name, as a link that opens it in its list's detail pane. */
export const ResourceLink = ({ resource }: { resource: Pick<TrackedResource, 'type' | 'id' | 'name'> }) => (
  <a className="activity-item__resource" href={resourceHref(resource.type, resource.id)}>
    {resource.name}
  </a>
);

const ItemHead = ({ resource, startedByUser, children }: { resource: TrackedResource; startedByUser: boolean; children?: ReactNode }) => (
  <div className="activity-item__head">
    <ResourceLink resource={resource} />
    <span className="activity-item__kind">{kindLabel[resource.type]}</span>
    {startedByUser ? null : <Badge>Started elsewhere</Badge>}
    {children}
  </div>
);

/** A section's own line when its list is empty: nothing at all, or nothing that matches the filters. */
export const SectionNote = ({ children }: { children: ReactNode }) => <p className="activity-section__note">{children}</p>;

/** Every action in flight, each a labelled progress bar with elapsed time and the estimated time left. */
export const RunningList = ({ actions }: { actions: readonly InFlightAction[] }) => (
  <ul className="activity-list" aria-label="Running actions">
    {actions.map((action) => (
      <li key={action.key} className="activity-item">
        <ItemHead resource={action.resource} startedByUser={action.startedByUser} />
        <ActionProgress action={action} withResource={false} />
      </li>
    ))}
  </ul>
);

/** What settled lately: done or failed, how long it took, and DigitalOcean's reason for a failure. */
export const RecentList = ({ entries }: { entries: readonly ActionSettled[] }) => (
  <ul className="activity-list" aria-label="Finished actions, newest first">
    {entries.map((settled) => (
      <li key={settled.action.key} className="activity-item">
        <ItemHead resource={settled.resource} startedByUser={settled.startedByUser}>
          <span className="activity-item__when">{formatDateTime(settled.action.completedAt)}</span>
        </ItemHead>
        <ActionProgress action={settled.action} withResource={false} />
      </li>
    ))}
  </ul>
);
