import type { ActionWords, ConfirmTone, DurationSpec, Equivalent, Fields } from './entry';
import type { IconName } from './droplet-kinds';
import type { ImageActionState } from './image-state';

/**
 * The catalogue of image work: what the Images pane starts (transfer and convert are DigitalOcean
 * actions; rename and delete are plain requests) and what it only follows (a custom image import,
 * which DigitalOcean reports through the image's status). Declared once, read everywhere.
 */

export interface StartableImageKind {
  words: ActionWords;
  icon: IconName;
  form?: true;
  confirm: ConfirmTone;
  tone: 'primary' | 'danger';
  /** Why it cannot run on the image now, or null when it can. */
  available: (state: ImageActionState) => string | null;
  /** The action's fields beyond `type`; null when it is not a DigitalOcean image action. */
  request: Fields | null;
  duration: DurationSpec;
  equivalent: Equivalent;
}

export interface ObservedImageKind {
  words: ActionWords;
  duration: DurationSpec;
}

/** Public images are DigitalOcean's: nothing but creating a droplet applies to them. */
export const publicImageReason = 'Public images belong to DigitalOcean.';

const busyReason = 'Something is already running on this image: wait until it finishes.';

const notAvailable = (row: ImageActionState['row']): string | null => {
  if (row.status === 'available' || row.status === null) return null;
  if (row.status === 'NEW' || row.status === 'pending') return 'The image is still being imported.';
  return `The image is ${row.status}.`;
};

const imageAction = (doctl: string | null): Equivalent => ({
  doctl: doctl === null ? null : `compute image-action ${doctl}`,
  doctlArgs: 'id',
  method: 'POST',
  path: '/v2/images/{id}/actions',
  body: true,
});

const startable = {
  create_droplet: {
    words: {
      name: 'Create droplet',
      verb: 'Create droplet',
      done: 'Droplet created',
      title: (name) => `Create a droplet from ${name}`,
      description: 'Opens the create form with this image and its first region chosen.',
    },
    icon: 'plus',
    form: true,
    confirm: 'none',
    tone: 'primary',
    available: ({ row }) => notAvailable(row) ?? (row.regions.length === 0 ? 'The image is in no region yet.' : null),
    request: null,
    duration: { drivenBy: 'nothing' },
    equivalent: { doctl: 'compute droplet create', method: 'POST', path: '/v2/droplets', body: true },
  },
  rename: {
    words: {
      name: 'Rename',
      verb: 'Rename',
      done: 'Renamed',
      title: (name) => `Rename ${name}`,
      description: 'A custom image’s name, description and distribution can change; of other images, only the name.',
    },
    icon: 'pencil',
    form: true,
    confirm: 'none',
    tone: 'primary',
    available: ({ row }) => (row.public ? publicImageReason : null),
    request: null,
    duration: { drivenBy: 'nothing' },
    equivalent: { doctl: 'compute image update', doctlArgs: 'id', doctlRequires: ['--image-name'], method: 'PUT', path: '/v2/images/{id}', body: true },
  },
  transfer: {
    words: {
      name: 'Transfer',
      verb: 'Transfer',
      done: 'Transferred',
      title: (name) => `Transfer ${name}`,
      description: 'Copies the image to another region, where droplets can then be created from it.',
    },
    icon: 'arrow-right-left',
    form: true,
    confirm: 'none',
    tone: 'primary',
    available: ({ row, busy }) => (row.public ? publicImageReason : (notAvailable(row) ?? (busy ? busyReason : null))),
    request: { region: { kind: 'regionSlug', flag: '--region' } },
    duration: { drivenBy: 'image-gb' },
    equivalent: imageAction('transfer'),
  },
  convert: {
    words: {
      name: 'Convert to snapshot',
      verb: 'Convert to snapshot',
      done: 'Converted to a snapshot',
      title: (name) => `Convert ${name} to a snapshot?`,
      description: 'The backup becomes a snapshot of the same droplet.',
    },
    icon: 'refresh-ccw',
    confirm: 'none',
    tone: 'primary',
    available: ({ row, busy }) => (row.type !== 'backup' ? 'Only backups can be converted to snapshots.' : (notAvailable(row) ?? (busy ? busyReason : null))),
    request: {},
    duration: { drivenBy: 'image-gb' },
    // doctl's image-action commands are get and transfer only: convert is reached through the API.
    equivalent: imageAction(null),
  },
  delete: {
    words: {
      name: 'Delete',
      verb: 'Delete',
      done: 'Deleted',
      title: (name) => `Delete ${name}?`,
      description: 'Deletes the image from DigitalOcean.',
    },
    icon: 'trash',
    confirm: 'typed-name',
    tone: 'danger',
    available: ({ row, busy }) => {
      if (row.public) return publicImageReason;
      // An import may be deleted while it runs (that cancels it); a transfer or conversion may not.
      return busy && row.status === 'available' ? 'Wait until the transfer or conversion running on this image finishes.' : null;
    },
    request: null,
    duration: { drivenBy: 'nothing' },
    equivalent: { doctl: 'compute image delete', doctlArgs: 'ids', method: 'DELETE', path: '/v2/images/{id}', body: false },
  },
} as const satisfies Record<string, StartableImageKind>;

const observed = {
  image_import: {
    words: {
      name: 'Image import',
      verb: 'Import image',
      done: 'Imported',
      title: (name) => `Import ${name}`,
      description: 'DigitalOcean downloads the image from its URL.',
    },
    // The file it downloads: its size as its host gives it (main side, at the start), else once DigitalOcean reports the image's.
    duration: { drivenBy: 'image-gb' },
  },
} as const satisfies Record<string, ObservedImageKind>;

/** Every kind of image work the pane starts, in the order its buttons show. */
export const imageKinds: { readonly [K in keyof typeof startable]: StartableImageKind } = startable;

export const observedImageKinds: { readonly [K in keyof typeof observed]: ObservedImageKind } = observed;

export type ImageKind = keyof typeof startable;

/** The image kinds that are DigitalOcean actions (`POST /v2/images/{id}/actions`). */
export type ImageActionKind = { [K in ImageKind]: (typeof startable)[K]['request'] extends null ? never : K }[ImageKind];

export type ImageActionFields = { [K in ImageActionKind]: NonNullable<(typeof startable)[K]['request']> };

export const imageKindList = Object.keys(startable) as ImageKind[];
