import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { dropletKinds } from '../../../shared/actions/droplet-kinds';
import { dropletActionEquivalent } from '../../../shared/actions/equivalents';
import type { ImageRow } from '../../../shared/image-types';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { CommandEquivalent } from '../../components/command-equivalent';
import { DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { imageQueries } from '../../catalog/queries';
import { ActionFailure } from '../../components/action-failure';
import { formatDateTime } from './droplet-format';
import { useRunDropletAction } from './mutations';
import { dropletQueries } from './queries';

interface BodyProps {
  id: number;
  name: string;
  onCancel: () => void;
  onDone: () => void;
}

type ImageGroup = 'distribution' | 'application' | 'snapshot';

const groups: { value: ImageGroup; label: string }[] = [
  { value: 'distribution', label: 'Distributions' },
  { value: 'application', label: 'Applications' },
  { value: 'snapshot', label: 'Your snapshots' },
];

const imageLabel = (image: ImageRow): string => [image.distribution, image.name].filter(Boolean).join(' ') || image.slug || `Image ${image.id}`;

/** What a rebuild can use: available, small enough for the droplet's disk, and (the account's own) stored in its region. */
export const rebuildImages = (images: readonly ImageRow[], group: ImageGroup, droplet: { regionSlug: string; diskGb: number }): ImageRow[] =>
  images.filter(
    (image) =>
      (image.status === null || image.status === 'available') &&
      (image.minDiskSize ?? 0) <= droplet.diskGb &&
      (group !== 'snapshot' || (image.type === 'snapshot' && image.regions.includes(droplet.regionSlug))),
  );

/** Rebuild: a new image on the same droplet (same IP addresses); the disk is wiped, so the name is typed to confirm. */
export const RebuildBody = ({ id, name, regionSlug, diskGb, onCancel, onDone }: BodyProps & { regionSlug: string; diskGb: number }) => {
  const run = useRunDropletAction(id);
  const [group, setGroup] = useState<ImageGroup>('distribution');
  const [chosen, setChosen] = useState('');
  const [typed, setTyped] = useState('');
  const images = useQuery(imageQueries.list(group === 'snapshot' ? { private: true } : { type: group }));
  const choices = rebuildImages(images.data ?? [], group, { regionSlug, diskGb });
  const image = choices.find((candidate) => String(candidate.id) === chosen);
  // DigitalOcean's public images go by slug, the account's own by id.
  const imageRef = image === undefined ? null : image.public && image.slug ? image.slug : image.id;
  const unavailable = images.isPending ? 'The images are loading.' : image === undefined ? 'Choose an image.' : typed === name ? null : `Type ${name} to confirm.`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable !== null || imageRef === null || run.isPending) return;
    run.mutate({ type: 'rebuild', image: imageRef }, { onSuccess: onDone });
  };

  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      <Callout tone="danger">
        <p>Rebuilding wipes the droplet’s disk: everything on it is replaced by the image. Its name, IP addresses and size stay.</p>
        <p>Take a snapshot first if you may need what is on it.</p>
      </Callout>
      <SelectField
        label="Kind of image"
        value={group}
        options={groups}
        onChange={(value) => {
          setGroup(value as ImageGroup);
          setChosen('');
        }}
      />
      {images.error ? <ActionFailure title="Couldn't load the images" error={images.error} /> : null}
      <SelectField
        label="Image"
        value={image ? chosen : ''}
        onChange={setChosen}
        options={[
          { value: '', label: images.isPending ? 'Loading…' : choices.length === 0 ? 'No image of this kind fits the droplet' : 'Choose an image…' },
          ...choices.map((candidate) => ({ value: String(candidate.id), label: imageLabel(candidate) })),
        ]}
      />
      <TextField label={`Type ${name} to confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
      <CommandEquivalent
        equivalent={imageRef === null ? null : dropletActionEquivalent({ type: 'rebuild', image: imageRef }, id)}
        waitingFor="Choose an image to see the command."
      />
      {run.error ? <ActionFailure title="Couldn't rebuild the droplet" error={run.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="danger" unavailable={unavailable} busy={run.isPending}>
          Rebuild droplet
        </GuardedButton>
      </DialogActions>
    </form>
  );
};

/** Restore: one of this droplet's backups replaces what is on its disk now; the disk is wiped, so the name is typed to confirm, as for a rebuild. */
export const RestoreBody = ({ id, name, onCancel, onDone }: BodyProps) => {
  const run = useRunDropletAction(id);
  const backups = useQuery(dropletQueries.backups(id));
  const [chosen, setChosen] = useState('');
  const [typed, setTyped] = useState('');
  const list = [...(backups.data ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
  const backup = list.find((candidate) => String(candidate.id) === chosen);
  const unavailable = backups.isPending
    ? 'The backups are loading.'
    : list.length === 0
      ? 'The droplet has no backups to restore.'
      : backup === undefined
        ? 'Choose a backup.'
        : typed === name
          ? null
          : `Type ${name} to confirm.`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable !== null || backup === undefined || run.isPending) return;
    run.mutate({ type: 'restore', image: backup.id }, { onSuccess: onDone });
  };

  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      <Callout tone="danger">{dropletKinds.restore.words.warning}</Callout>
      {backups.error ? <ActionFailure title="Couldn't load the backups" error={backups.error} /> : null}
      {!backups.isPending && list.length === 0 ? (
        <p>DigitalOcean has no backups of this droplet yet. With backups on, the first is taken in the next backup window.</p>
      ) : (
        <SelectField
          label="Backup"
          value={backup ? chosen : ''}
          onChange={setChosen}
          options={[
            { value: '', label: backups.isPending ? 'Loading…' : 'Choose a backup…' },
            ...list.map((candidate) => ({ value: String(candidate.id), label: `${candidate.name} · ${formatDateTime(candidate.created_at)} · ${candidate.size_gigabytes} GB` })),
          ]}
        />
      )}
      {!backups.isPending && list.length === 0 ? null : (
        <TextField label={`Type ${name} to confirm`} value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
      )}
      <CommandEquivalent
        equivalent={backup === undefined ? null : dropletActionEquivalent({ type: 'restore', image: backup.id }, id)}
        waitingFor="Choose a backup to see the command."
      />
      {run.error ? <ActionFailure title="Couldn't restore the backup" error={run.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="danger" unavailable={unavailable} busy={run.isPending}>
          Restore backup
        </GuardedButton>
      </DialogActions>
    </form>
  );
};
