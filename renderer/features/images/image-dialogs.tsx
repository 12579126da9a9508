import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { imageActionEquivalent } from '../../../shared/actions/equivalents';
import type { Region } from '../../../shared/do-types';
import { distributions, type ImageRow } from '../../../shared/image-types';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { CommandEquivalent } from '../../components/command-equivalent';
import { DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { Skeleton } from '../../components/skeleton';
import { FormSelect } from '../../components/form-select';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { catalogQueries } from '../../catalog/queries';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { ErrorState } from '../../components/error-state';
import { ActionFailure } from '../../components/action-failure';
import { typeNoun } from './image-format';
import { useDeleteImage, useRunImageAction, useUpdateImage, type ImageChanges } from './mutations';

interface BodyProps {
  row: ImageRow;
  onCancel: () => void;
  /** The request succeeded: the dialog closes. */
  onDone: () => void;
}

const nameLimit = 255;
const descriptionLimit = 4096;

/** Why an image name would be refused, or null. */
export const imageNameProblem = (name: string): string | null => {
  const trimmed = name.trim();
  if (trimmed === '') return 'Give the image a name.';
  if (trimmed.length > nameLimit) return `Keep the name to ${nameLimit} characters or fewer.`;
  return null;
};

/** A new name; a custom image's description and distribution too. Only what changed is sent. */
export const RenameBody = ({ row, onCancel, onDone }: BodyProps) => {
  const update = useUpdateImage(row.id);
  const custom = row.type === 'custom';
  const [name, setName] = useState(row.name);
  const [description, setDescription] = useState(row.description);
  const [distribution, setDistribution] = useState<string>(row.distribution ?? 'Unknown');
  const nameProblem = imageNameProblem(name);
  const descriptionProblem = description.length > descriptionLimit ? `Keep the description to ${descriptionLimit.toLocaleString('en-US')} characters or fewer.` : null;

  const changes: ImageChanges = {};
  if (name.trim() !== row.name) changes.name = name.trim();
  if (custom && description !== row.description) changes.description = description;
  const pickedDistribution = distributions.find((item) => item === distribution);
  if (custom && pickedDistribution !== undefined && distribution !== (row.distribution ?? 'Unknown')) changes.distribution = pickedDistribution;

  const unavailable = nameProblem ?? descriptionProblem ?? (Object.keys(changes).length === 0 ? 'Nothing has changed yet.' : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable === null && !update.isPending) update.mutate(changes, { onSuccess: onDone });
  };
  return (
    <form className="image-dialog" onSubmit={submit} noValidate>
      <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} error={nameProblem ?? undefined} autoComplete="off" spellCheck={false} data-autofocus />
      {custom ? (
        <>
          <TextAreaField label="Description" value={description} onChange={(event) => setDescription(event.target.value)} error={descriptionProblem ?? undefined} />
          <FormSelect
            label="Distribution"
            value={distribution}
            onChange={setDistribution}
            options={distributions.map((item) => ({ value: item, label: item }))}
            hint="The operating system on the image; DigitalOcean shows it beside the image’s name."
          />
        </>
      ) : null}
      <CommandEquivalent
        equivalent={Object.keys(changes).length === 0 ? null : imageActionEquivalent({ type: 'rename', ...changes }, row.id)}
        waitingFor="Change something to see the command."
      />
      {update.error ? <ActionFailure title="Couldn't save the changes" error={update.error} resource="image" /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={unavailable} busy={update.isPending}>
          Save
        </GuardedButton>
      </DialogActions>
    </form>
  );
};

/** Deleting an image asks once: it cannot be undone, and droplets already made from it stay. */
export const DeleteBody = ({ row, onCancel, onDone }: BodyProps) => {
  const remove = useDeleteImage(row.id);
  return (
    <div className="image-dialog">
      <Callout tone="danger">
        <p>This is permanent: the {typeNoun(row.type)} is removed from every region that holds it.</p>
        <p>Droplets already created from it are not affected.</p>
      </Callout>
      <CommandEquivalent equivalent={imageActionEquivalent({ type: 'delete' }, row.id)} />
      {remove.error ? <ActionFailure title="Couldn't delete the image" error={remove.error} resource="image" /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="danger" busy={remove.isPending} onClick={() => !remove.isPending && remove.mutate(undefined, { onSuccess: onDone })}>
          Delete image
        </Button>
      </DialogActions>
    </div>
  );
};

/** Why a region cannot receive the image, or null when it can. */
export const regionUnavailable = (region: Pick<Region, 'slug' | 'available'>, holding: readonly string[]): string | null => {
  if (holding.includes(region.slug)) return 'Already holds the image';
  if (!region.available) return 'Not available: DigitalOcean takes no new resources there';
  return null;
};

/** Every region, those that hold the image or take nothing new shown but not selectable, and why. */
export const TransferBody = ({ row, onCancel, onDone }: BodyProps) => {
  const regions = useQuery(catalogQueries.regions());
  const run = useRunImageAction(row.id);
  const [picked, setPicked] = useState('');
  const unavailable = picked === '' ? 'Choose the region to copy the image to.' : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable === null && !run.isPending) run.mutate({ type: 'transfer', region: picked }, { onSuccess: onDone });
  };
  const sorted = [...(regions.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  return (
    <form className="image-dialog" onSubmit={submit} noValidate>
      {regions.data === undefined ? (
        regions.isError ? (
          <ErrorState title="Couldn't load the regions" error={panelErrorOf(regions.error)} onRetry={() => void regions.refetch()} retrying={regions.isFetching} />
        ) : (
          <div role="status" aria-busy="true" className="image-dialog__loading">
            <span className="visually-hidden">Loading regions</span>
            <Skeleton width="60%" />
            <Skeleton width="75%" />
            <Skeleton width="50%" />
          </div>
        )
      ) : (
        <fieldset className="region-picker">
          <legend className="field__label">Region</legend>
          {sorted.map((region) => {
            const why = regionUnavailable(region, row.regions);
            return (
              <label key={region.slug} className="region-picker__option" data-disabled={why !== null || undefined}>
                <input type="radio" name="region" value={region.slug} checked={picked === region.slug} disabled={why !== null} onChange={() => setPicked(region.slug)} />
                <span className="region-picker__name">
                  {region.name} <code>{region.slug}</code>
                </span>
                {why === null ? null : <span className="region-picker__why">{why}</span>}
              </label>
            );
          })}
        </fieldset>
      )}
      <p className="image-dialog__note">The copy takes a few minutes plus time per GB; the image stays usable where it already is.</p>
      <CommandEquivalent
        equivalent={picked === '' ? null : imageActionEquivalent({ type: 'transfer', region: picked }, row.id)}
        waitingFor="Choose a region to see the command."
      />
      {run.error ? <ActionFailure title="Couldn't start the transfer" error={run.error} resource="image" /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={unavailable} busy={run.isPending}>
          Transfer
        </GuardedButton>
      </DialogActions>
    </form>
  );
};

/** Converting keeps a backup past the droplet's backup rotation, as a snapshot billed as one. */
export const ConvertBody = ({ row, onCancel, onDone }: BodyProps) => {
  const run = useRunImageAction(row.id);
  return (
    <div className="image-dialog">
      <Callout tone="info">
        <p>
          Backups are deleted as new ones replace them, and with the droplet. As a snapshot, {row.name} stays until you delete it, and is billed as snapshot
          storage.
        </p>
      </Callout>
      <CommandEquivalent equivalent={imageActionEquivalent({ type: 'convert' }, row.id)} />
      {run.error ? <ActionFailure title="Couldn't start the conversion" error={run.error} resource="image" /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button variant="primary" busy={run.isPending} onClick={() => !run.isPending && run.mutate({ type: 'convert' }, { onSuccess: onDone })}>
          Convert to snapshot
        </Button>
      </DialogActions>
    </div>
  );
};
