import { useQuery, useQueryClient } from '@tanstack/react-query';
import { X } from 'lucide-react';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { InFlightAction } from '../../../shared/action-types';
import type { Action } from '../../../shared/do-types';
import type { ImageRow } from '../../../shared/image-types';
import { imageQueries } from '../../catalog/queries';
import { Badge, type BadgeTone } from '../../components/badge';
import { Callout } from '../../components/callout';
import { CopyButton } from '../../components/copy-button';
import { CopyJsonButton } from '../../components/copy-json-button';
import { DetailFact, DetailNone, DetailSection } from '../../components/detail-pane';
import { IconButton } from '../../components/icon-button';
import { LinkButton } from '../../components/link-button';
import { QueryView } from '../../components/query-view';
import { RefreshFailed } from '../../components/refresh-failed';
import { Skeleton } from '../../components/skeleton';
import { formatDateTime } from '../../format/format-date';
import { ActionProgress } from '../../tracking/action-progress';
import { useRecentOutcome } from '../../tracking/use-recent-outcome';
import { actionName } from '../../../shared/actions/catalogue';
import { formatDuration } from '../../../shared/actions/words';
import { ImageActions } from './image-actions';
import { formatGigabytes, importFailed, rowOfImage, statusLabel, typeLabel } from './image-format';
import { ImageStatus } from './image-status';
import './image-pane.css';

/** A fact of the image; the end-to-end tests find one by `image-facts__item`. */
const Fact = (props: { term: string; children: ReactNode }) => <DetailFact className="image-facts__item" {...props} />;

const Chips = ({ items, tone = 'neutral' }: { items: readonly string[]; tone?: BadgeTone }) =>
  items.length === 0 ? (
    <DetailNone />
  ) : (
    <span className="detail-chips">
      {items.map((item) => (
        <Badge key={item} tone={tone}>
          {item}
        </Badge>
      ))}
    </span>
  );

/** Every field DigitalOcean returns for an image. */
const ImageFacts = ({ row }: { row: ImageRow }) => (
  <dl className="detail-facts image-facts">
    <Fact term="ID">
      <span className="detail-copyable">
        <code>{row.id}</code>
        <CopyButton value={String(row.id)} what="image ID" />
      </span>
    </Fact>
    <Fact term="Name">{row.name}</Fact>
    <Fact term="Description">{row.description === '' ? <DetailNone /> : row.description}</Fact>
    <Fact term="Type">
      {typeLabel(row.type)} {row.type === null ? null : <code>{row.type}</code>}
    </Fact>
    <Fact term="Distribution">{row.distribution ?? <DetailNone>Unknown</DetailNone>}</Fact>
    <Fact term="Slug">{row.slug === null ? <DetailNone>No slug (private image)</DetailNone> : <code>{row.slug}</code>}</Fact>
    <Fact term="Public">{row.public ? 'Yes: published by DigitalOcean' : 'No: this account’s own'}</Fact>
    <Fact term="Regions">
      <Chips items={row.regions} />
    </Fact>
    <Fact term="Min disk size">{row.minDiskSize === null ? <DetailNone>Not known yet</DetailNone> : `${row.minDiskSize} GB`}</Fact>
    <Fact term="Size">{formatGigabytes(row.sizeGigabytes) ?? <DetailNone>Not known yet</DetailNone>}</Fact>
    <Fact term="Created">{row.createdAt === '' ? <DetailNone>Not reported</DetailNone> : formatDateTime(row.createdAt)}</Fact>
    <Fact term="Status">
      {statusLabel(row).label}
      {/* DigitalOcean's own word only where it says more than the label (NEW, pending), never "Available available". */}
      {row.status === null || row.status.toLowerCase() === statusLabel(row).label.toLowerCase() ? null : <> <code>{row.status}</code></>}
    </Fact>
    <Fact term="Error message">{row.errorMessage === '' ? <DetailNone /> : row.errorMessage}</Fact>
    <Fact term="Tags">
      <Chips items={row.tags} tone="accent" />
    </Fact>
  </dl>
);

const actionTones: Record<NonNullable<Action['status']>, BadgeTone> = { completed: 'success', errored: 'danger', 'in-progress': 'accent' };
const actionLabels: Record<NonNullable<Action['status']>, string> = { completed: 'Completed', errored: 'Errored', 'in-progress': 'In progress' };

const took = (action: Action): string | null => {
  if (!action.started_at || !action.completed_at) return null;
  return `took ${formatDuration(Date.parse(action.completed_at) - Date.parse(action.started_at))}`;
};

const newestFirst = (a: Action, b: Action) => (b.started_at ?? '').localeCompare(a.started_at ?? '') || (b.id ?? 0) - (a.id ?? 0);

const HistorySkeleton = () => (
  <div className="detail-list-skeleton">
    <Skeleton width="70%" />
    <Skeleton width="55%" />
  </div>
);

/** The image's transfers and conversions, newest first. */
const ImageHistory = ({ id }: { id: number }) => (
  <QueryView query={useQuery(imageQueries.history(id))} loadingLabel="Loading the image's history" loading={<HistorySkeleton />} errorTitle="Couldn't load the image's history">
    {(actions) =>
      actions.length === 0 ? (
        <p className="image-empty-note">No transfers or conversions on record for this image.</p>
      ) : (
        <ol className="detail-list" aria-label="Actions, newest first">
          {[...actions].sort(newestFirst).map((action, index) => (
            <li key={action.id ?? index} className="detail-list__item">
              <div className="detail-list__main">
                <span className="detail-list__title">
                  {actionName(action.type ?? 'action')}
                  {action.type === 'transfer' && action.region_slug ? ` to ${action.region_slug}` : ''}
                </span>
                <span className="detail-list__meta">
                  {action.started_at ? formatDateTime(action.started_at) : 'start unknown'}
                  {took(action) ? ` · ${took(action)}` : ''}
                </span>
              </div>
              {action.status ? <Badge tone={actionTones[action.status]}>{actionLabels[action.status]}</Badge> : null}
            </li>
          ))}
        </ol>
      )
    }
  </QueryView>
);

export interface ImagePaneProps {
  id: number;
  /** The list's row, shown at once; DigitalOcean's own description stands in when no list holds it. */
  row: ImageRow | undefined;
  action: InFlightAction | undefined;
  /** The droplet a snapshot or backup came from, when known. */
  droplet: { id: number; name: string | null } | undefined;
  onClose: () => void;
  onDeleted: () => void;
}

/** The details of one image, beside the list, with what can be done to it. */
export const ImagePane = ({ id, row, action, droplet, onClose, onDeleted }: ImagePaneProps) => {
  // The last row the list had stays on screen while the list refreshes or the image is being deleted.
  const [lastRow, setLastRow] = useState(row);
  if (row !== undefined && row !== lastRow) setLastRow(row);
  const known = row ?? lastRow;
  const detail = useQuery({ ...imageQueries.detail(id), enabled: known === undefined });
  const queryClient = useQueryClient();
  const shown = known ?? (detail.data ? rowOfImage(detail.data, id) : undefined);
  // The running action, or for a while how the last one ended (done, or failed with why).
  const outcome = useRecentOutcome('image', id);
  const shownAction = action ?? outcome;
  const name = shown?.name ?? `Image ${id}`;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <aside className="detail-pane" aria-label={`Image ${name}`} onKeyDown={onKeyDown}>
      <header className="detail-pane__header image-pane__header">
        <div className="detail-pane__heading">
          <h2 className="detail-pane__title">{name}</h2>
          {shown ? (
            <div className="detail-pane__summary">
              <ImageStatus row={shown} action={action} bar={false} />
              <span className="detail-pane__facts">
                {typeLabel(shown.type)}
                {shown.distribution ? ` · ${shown.distribution}` : ''}
                {shown.sizeGigabytes === null ? '' : ` · ${formatGigabytes(shown.sizeGigabytes)}`}
              </span>
            </div>
          ) : null}
        </div>
        <IconButton label="Close details" icon={<X />} size="sm" onClick={onClose} />
        {shown ? <ImageActions row={shown} busy={action !== undefined} onDeleted={onDeleted} /> : null}
      </header>
      <div className="image-pane__copy">
        {/* The list keeps the panel's own rows: DigitalOcean's object is asked for (once, then cached) when it is wanted. */}
        <CopyJsonButton what="the image" load={() => queryClient.ensureQueryData(imageQueries.detail(id))} />
      </div>
      <div className="detail-pane__body image-pane__body">
        <RefreshFailed query={detail} />
        {shown === undefined ? (
          <QueryView query={detail} loadingLabel="Loading the image" loading={<HistorySkeleton />} errorTitle="Couldn't load the image">
            {() => null}
          </QueryView>
        ) : (
          <>
            {shownAction ? <ActionProgress action={shownAction} withResource={false} /> : null}
            {importFailed(shown) || shown.status === 'deleted' ? (
              <Callout tone="danger" title={shown.type === 'custom' ? 'The import failed' : 'This image was deleted'}>
                <p>{shown.errorMessage === '' ? 'DigitalOcean gave no reason.' : shown.errorMessage}</p>
              </Callout>
            ) : null}
            {droplet ? (
              <DetailSection title="Droplet">
                <div className="image-droplet">
                  <span>
                    {shown.type === 'backup' ? 'Backup of ' : 'Snapshot of '}
                    <strong>{droplet.name ?? `droplet ${droplet.id}`}</strong> <code>{droplet.id}</code>
                  </span>
                  <LinkButton href={`/droplets?droplet=${droplet.id}`} variant="secondary" size="sm">
                    Open the droplet
                  </LinkButton>
                </div>
              </DetailSection>
            ) : null}
            <DetailSection title="Image">
              <ImageFacts row={shown} />
            </DetailSection>
            <DetailSection title="History">
              {shown.public ? <p className="image-empty-note">Public images have no actions of this account.</p> : <ImageHistory id={id} />}
            </DetailSection>
          </>
        )}
      </div>
    </aside>
  );
};
