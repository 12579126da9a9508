import { X } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import type { TrackedResourceType } from '../../shared/action-types';
import { actionName } from '../../shared/actions/catalogue';
import type { Action } from '../../shared/do-types';
import { formatDateTime } from '../format/format-date';
import type { GoneResource } from '../resources/gone';
import { Badge } from './badge';
import { Callout } from './callout';
import { DetailSection } from './detail-pane';
import { GuardedButton } from './guarded-button';
import { IconButton } from './icon-button';
import './detail-pane.css';
import './tombstone-pane.css';

const words: Record<TrackedResourceType, { title: string; noun: string }> = {
  droplet: { title: 'Droplet', noun: 'droplet' },
  image: { title: 'Image', noun: 'image' },
};

const newestFirst = (a: Action, b: Action) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || (b.id ?? 0) - (a.id ?? 0);

export interface TombstonePaneProps {
  type: TrackedResourceType;
  gone: GoneResource;
  /** The verbs the live pane offers, shown unavailable so the person sees why nothing can be done. */
  actions: readonly string[];
  /** Its history as last loaded, if it ever was: DigitalOcean answers 404 for a deleted resource's actions too. */
  history: readonly Action[] | undefined;
  onClose: () => void;
}

/** What the detail pane shows for a droplet or image DigitalOcean answered 404 for: that it is gone, since when, and what it did. */
export const TombstonePane = ({ type, gone, actions, history, onClose }: TombstonePaneProps) => {
  const { title, noun } = words[type];
  const name = gone.name ?? `${title} ${gone.id}`;
  const foundGone = `Deleted — found gone at ${formatDateTime(gone.goneAt)}`;
  const why = `This ${noun} was deleted: DigitalOcean no longer has it, so nothing can be done to it.`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside className="detail-pane" aria-label={`${title} ${name}`} onKeyDown={onKeyDown}>
      <header className="detail-pane__header">
        <div className="detail-pane__heading">
          <h2 className="detail-pane__title">{name}</h2>
          <div className="detail-pane__summary">
            <Badge tone="danger">Deleted</Badge>
            <span className="detail-pane__facts">ID {gone.id}</span>
          </div>
        </div>
        <IconButton label="Close details" icon={<X />} size="sm" onClick={onClose} />
        <div className="tombstone-pane__actions" role="group" aria-label={`${title} actions`}>
          {actions.map((verb) => (
            <GuardedButton key={verb} size="sm" unavailable={why}>
              {verb}
            </GuardedButton>
          ))}
        </div>
      </header>
      <div className="detail-pane__body">
        <Callout tone="warning" title={foundGone}>
          <p>{why} It has left every list.</p>
        </Callout>
        <DetailSection title="History">
          {history === undefined || history.length === 0 ? (
            <p className="resource-cell--subtle">No history of this {noun} was loaded before it was deleted.</p>
          ) : (
            <ol className="detail-list" aria-label="Actions, newest first">
              {[...history].sort(newestFirst).map((action, index) => (
                <li key={action.id ?? index} className="detail-list__item">
                  <div className="detail-list__main">
                    <span className="detail-list__title">{actionName(action.type ?? 'action')}</span>
                    <span className="detail-list__meta">{action.started_at ? formatDateTime(action.started_at) : 'start unknown'}</span>
                  </div>
                  {action.status ? <Badge tone={action.status === 'errored' ? 'danger' : 'neutral'}>{action.status}</Badge> : null}
                </li>
              ))}
            </ol>
          )}
        </DetailSection>
      </div>
    </aside>
  );
};
