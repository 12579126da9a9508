import { CircleCheck, CircleX } from 'lucide-react';
import type { ReactNode } from 'react';
import type { ActionSettled, InFlightAction, TrackedAction, TrackedResource } from '../../../shared/action-types';
import { actionName } from '../../../shared/actions/catalogue';
import { failureReason, foundAfterDoubtLabel, originText, progressDetail, startedElsewhereLabel } from '../../../shared/actions/words';
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

/** Where the work came from, when not a plain click here: a badge, with the whole story on hover. */
const OriginBadge = ({ action }: { action: TrackedAction }) => {
  const text = originText(action);
  if (text === undefined) return null;
  return (
    <span title={text}>
      <Badge>{action.foundAfter === undefined ? startedElsewhereLabel : foundAfterDoubtLabel}</Badge>
    </span>
  );
};

const ItemHead = ({ resource, action, children }: { resource: TrackedResource; action: TrackedAction; children?: ReactNode }) => (
  <div className="activity-item__head">
    <ResourceLink resource={resource} />
    <span className="activity-item__kind">{kindLabel[resource.type]}</span>
    <OriginBadge action={action} />
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
        <ItemHead resource={action.resource} action={action} />
        <ActionProgress action={action} withResource={false} withOrigin={false} />
      </li>
    ))}
  </ul>
);

/**
 * One line per finished action: how it ended (the icon, and the words after it), on what, which
 * action, how long it took and when. A failure adds DigitalOcean's reason underneath.
 */
const FinishedItem = ({ settled }: { settled: ActionSettled }) => {
  const { action, resource } = settled;
  const Outcome = settled.outcome === 'completed' ? CircleCheck : CircleX;
  return (
    <li className="activity-item activity-item--finished" data-outcome={settled.outcome}>
      <div className="activity-line">
        <Outcome className="activity-line__outcome" aria-hidden="true" />
        <ResourceLink resource={resource} />
        <span className="activity-line__action">{actionName(action.type)}</span>
        <OriginBadge action={action} />
        <span className="activity-line__duration">{progressDetail(action)}</span>
        <time className="activity-item__when" dateTime={action.completedAt}>
          {formatDateTime(action.completedAt)}
        </time>
      </div>
      {action.status === 'errored' ? <p className="activity-line__error">{failureReason(action.errorMessage)}</p> : null}
    </li>
  );
};

/** What settled lately, one line each; the full progress bar is only for what still runs. */
export const RecentList = ({ entries }: { entries: readonly ActionSettled[] }) => (
  <ul className="activity-list" aria-label="Finished actions, newest first">
    {entries.map((settled) => (
      <FinishedItem key={settled.action.key} settled={settled} />
    ))}
  </ul>
);
