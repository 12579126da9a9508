import type { ActionWords, BulkWords, ConfirmTone, DurationSpec, Equivalent, Fields } from './entry';
import type { DropletActionState } from './droplet-state';

/**
 * The catalogue of droplet work: every kind the panel can start, plus the kinds it only sees in history
 * (started elsewhere). Each is declared here once; menus, dialogs, the bulk bar, Activity, the tray,
 * notifications, toasts, request schemas and the estimator all read it.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Where a kind sits in the More actions menu; `bar` kinds are buttons beside it. */
export type DropletMenuGroup = 'bar' | 'power' | 'other' | 'disk' | 'danger';

/** A lucide icon's name; the renderer maps names to components. */
export type IconName =
  | 'power'
  | 'power-off'
  | 'circle-stop'
  | 'rotate-ccw'
  | 'refresh-cw'
  | 'pencil'
  | 'scaling'
  | 'camera'
  | 'save'
  | 'calendar-clock'
  | 'shield-off'
  | 'globe'
  | 'network'
  | 'cpu'
  | 'key-round'
  | 'hard-drive-download'
  | 'archive-restore'
  | 'trash'
  | 'plus'
  | 'arrow-right-left'
  | 'refresh-ccw';

interface Rules {
  /** DigitalOcean refuses it on a running droplet (the form offers to power off first). */
  needsOff?: true;
  /** It cannot be undone. */
  irreversible?: true;
  /** It may run on an archived droplet. */
  archived?: true;
  /** It may run while the droplet is still being created. */
  duringCreate?: true;
  /** DigitalOcean runs it for every droplet with a tag in one request. */
  byTag?: true;
  /** The bulk bar offers it for several droplets. */
  bulk?: true;
  /** Why it cannot work on the droplet now beyond the common rules, in words for a tooltip, or null. */
  available?: (state: DropletActionState) => string | null;
}

interface DropletKindBase {
  words: ActionWords;
  duration: DurationSpec;
}

/** A kind the panel starts: its menu place, its confirmation, its rules, its request and its equivalents. */
export interface StartableDropletKind extends DropletKindBase {
  menu: DropletMenuGroup;
  icon: IconName;
  /** It opens a form (its menu item ends with an ellipsis). */
  form?: true;
  confirm: ConfirmTone;
  tone: 'primary' | 'danger';
  rules: Rules;
  /** The request's fields beyond `type`; null when it is not a DigitalOcean action (delete). */
  request: Fields | null;
  equivalent: Equivalent;
  bulk?: BulkWords;
}

/** A kind the panel only sees: its words and duration. */
export type ObservedDropletKind = DropletKindBase;

const alreadyOff = (state: DropletActionState): string | null => (state.status === 'off' ? 'The droplet is already off.' : null);

const action = (doctl: string | null, body = true): Equivalent => ({
  doctl: doctl === null ? null : `compute droplet-action ${doctl}`,
  doctlArgs: 'id',
  method: 'POST',
  path: '/v2/droplets/{id}/actions',
  body,
});

const startable = {
  power_on: {
    words: { name: 'Power on', verb: 'Power on', done: 'Powered on', title: (name) => `Power on ${name}?`, description: 'Turns the droplet on.' },
    bulk: { verb: 'Power on', title: (count) => `Power on ${count}?`, description: 'Turns each droplet on.' },
    menu: 'bar',
    icon: 'power',
    confirm: 'none',
    tone: 'primary',
    rules: { byTag: true, bulk: true, available: (state) => (state.status === 'active' ? 'The droplet is already on.' : null) },
    request: {},
    duration: { drivenBy: 'nothing', prior: { ms: 15 * SECOND, source: 'typical: seconds-long state change' } },
    equivalent: action('power-on'),
  },
  power_off: {
    words: {
      name: 'Power off',
      verb: 'Power off',
      done: 'Powered off',
      title: (name) => `Power off ${name}?`,
      description: 'Cuts the power at once, like pulling the plug.',
      warning: 'Unsaved data may be lost and the file system can be damaged. Shut down instead, unless the droplet no longer responds.',
    },
    bulk: {
      verb: 'Power off',
      title: (count) => `Power off ${count}?`,
      description: 'Cuts the power of each droplet at once, like pulling the plug.',
      warning: 'Unsaved data may be lost and file systems can be damaged. Shut down instead, unless the droplets no longer respond.',
    },
    menu: 'bar',
    icon: 'power-off',
    confirm: 'warn',
    tone: 'danger',
    rules: { byTag: true, bulk: true, available: alreadyOff },
    request: {},
    duration: { drivenBy: 'nothing', prior: { ms: 10 * SECOND, source: 'typical: seconds-long state change' } },
    equivalent: action('power-off'),
  },
  shutdown: {
    words: {
      name: 'Shut down',
      verb: 'Shut down',
      done: 'Shut down',
      title: (name) => `Shut down ${name}?`,
      description: 'Asks the operating system to shut down cleanly, then turns the droplet off.',
    },
    bulk: { verb: 'Shut down', title: (count) => `Shut down ${count}?`, description: 'Asks each operating system to shut down cleanly, then turns the droplet off.' },
    menu: 'power',
    icon: 'circle-stop',
    confirm: 'none',
    tone: 'primary',
    rules: { byTag: true, bulk: true, available: alreadyOff },
    request: {},
    duration: { drivenBy: 'nothing', prior: { ms: 20 * SECOND, source: 'typical: an operating system shuts down in seconds' } },
    equivalent: action('shutdown'),
  },
  reboot: {
    words: {
      name: 'Reboot',
      verb: 'Reboot',
      done: 'Rebooted',
      title: (name) => `Reboot ${name}?`,
      description: 'Asks the operating system to restart cleanly; the droplet is unreachable for a moment.',
    },
    bulk: { verb: 'Reboot', title: (count) => `Reboot ${count}?`, description: 'Asks each operating system to restart cleanly; each droplet is unreachable for a moment.' },
    menu: 'power',
    icon: 'rotate-ccw',
    confirm: 'none',
    tone: 'primary',
    // DigitalOcean does not reboot by tag (FACTS.md §2): the bulk bar sends one request per droplet.
    rules: { bulk: true, available: (state) => (state.status === 'off' ? 'The droplet is off: power it on instead.' : null) },
    request: {},
    duration: { drivenBy: 'nothing', prior: { ms: 30 * SECOND, source: 'typical: an operating system restarts in under a minute' } },
    equivalent: action('reboot'),
  },
  power_cycle: {
    words: {
      name: 'Power cycle',
      verb: 'Power cycle',
      done: 'Power cycled',
      title: (name) => `Power cycle ${name}?`,
      description: 'Cuts the power and turns it back on, like a hard reset: use it when a reboot does not respond.',
    },
    bulk: {
      verb: 'Power cycle',
      title: (count) => `Power cycle ${count}?`,
      description: 'Cuts the power of each droplet and turns it back on, like a hard reset: use it when a reboot does not respond.',
    },
    menu: 'power',
    icon: 'refresh-cw',
    confirm: 'none',
    tone: 'danger',
    rules: { byTag: true, bulk: true },
    request: {},
    duration: { drivenBy: 'nothing', prior: { ms: 20 * SECOND, source: 'typical: seconds-long state change' } },
    equivalent: action('power-cycle'),
  },
  rename: {
    words: {
      name: 'Rename',
      verb: 'Rename',
      done: 'Renamed',
      title: (name) => `Rename ${name}`,
      description: 'The new name is also the droplet’s hostname on DigitalOcean.',
    },
    menu: 'other',
    icon: 'pencil',
    form: true,
    confirm: 'none',
    tone: 'primary',
    rules: { duringCreate: true },
    request: { name: { kind: 'dropletName', flag: '--droplet-name' } },
    duration: { drivenBy: 'nothing', prior: { ms: 5 * SECOND, source: 'typical: a name change takes seconds' } },
    equivalent: action('rename'),
  },
  resize: {
    words: {
      name: 'Resize',
      verb: 'Resize',
      done: 'Resized',
      title: (name) => `Resize ${name}`,
      description: 'Moves the droplet to another size: more or fewer vCPUs and memory, and optionally a larger disk.',
      warning: 'Growing the disk is permanent: the droplet can never be resized to a size with a smaller disk again.',
    },
    menu: 'other',
    icon: 'scaling',
    form: true,
    confirm: 'none',
    tone: 'primary',
    rules: {
      needsOff: true,
      available: (state) => (state.resizeFlowRunning ? 'A resize is already under way.' : null),
    },
    request: { size: { kind: 'sizeSlug', flag: '--size' }, disk: { kind: 'boolean', optional: true, flag: '--resize-disk' } },
    // A resize that grows the disk copies it, so it takes time per GB; without, it varies too much to guess.
    duration: { drivenBy: 'nothing', whenDiskGrows: 'disk-gb' },
    equivalent: action('resize'),
  },
  snapshot: {
    words: {
      name: 'Snapshot',
      verb: 'Take snapshot',
      done: 'Snapshot taken',
      title: (name) => `Take a snapshot of ${name}`,
      description: 'A full copy of the droplet’s disk, which you can restore or create droplets from.',
    },
    bulk: {
      verb: 'Take snapshots',
      title: (count) => `Take snapshots of ${count}`,
      description: 'A full copy of each droplet’s disk; running droplets keep running and off ones stay off while it is taken.',
    },
    menu: 'other',
    icon: 'camera',
    form: true,
    confirm: 'none',
    tone: 'primary',
    rules: { byTag: true, bulk: true },
    request: { name: { kind: 'snapshotName', optional: true, flag: '--snapshot-name' } },
    // It copies the data on the disk, not the disk: an empty 160 GB disk snapshots in seconds.
    duration: {
      drivenBy: 'data-gb',
      prior: { ms: 2 * MINUTE, minimumMs: MINUTE, source: 'DigitalOcean documents about 2 minutes per GB' },
    },
    // doctl insists on a name where the API would name the snapshot itself.
    equivalent: { ...action('snapshot'), doctlRequires: ['--snapshot-name'] },
  },
  enable_backups: {
    words: {
      name: 'Enable backups',
      verb: 'Enable backups',
      done: 'Backups enabled',
      title: (name) => `Enable backups for ${name}`,
      description: 'DigitalOcean backs the droplet up automatically, daily or weekly, and charges for it on top of the droplet’s price.',
    },
    bulk: {
      verb: 'Enable backups',
      title: (count) => `Enable backups for ${count}?`,
      description: 'DigitalOcean backs each droplet up automatically, and charges for it on top of the droplet’s price.',
    },
    menu: 'other',
    icon: 'save',
    form: true,
    confirm: 'none',
    tone: 'primary',
    rules: { byTag: true, bulk: true, available: (state) => (state.backupsEnabled ? 'Backups are already on.' : null) },
    request: { backup_policy: { kind: 'backupPolicy', optional: true, flag: '--backup-policy' } },
    duration: { drivenBy: 'nothing', prior: { ms: 5 * SECOND, source: 'typical: a setting change takes seconds' } },
    equivalent: action('enable-backups'),
  },
  change_backup_policy: {
    words: {
      name: 'Change backup policy',
      verb: 'Change backup policy',
      done: 'Backup policy changed',
      title: (name) => `Change when ${name} is backed up`,
      description: 'Chooses how often DigitalOcean backs the droplet up, and when.',
    },
    menu: 'other',
    icon: 'calendar-clock',
    form: true,
    confirm: 'none',
    tone: 'primary',
    rules: { available: (state) => (state.backupsEnabled ? null : 'Backups are off: enable them to choose when they run.') },
    request: { backup_policy: { kind: 'backupPolicy', flag: '--backup-policy' } },
    duration: { drivenBy: 'nothing', prior: { ms: 5 * SECOND, source: 'typical: a setting change takes seconds' } },
    equivalent: action('change-backup-policy'),
  },
  disable_backups: {
    words: {
      name: 'Disable backups',
      verb: 'Disable backups',
      done: 'Backups disabled',
      title: (name) => `Disable backups for ${name}?`,
      description: 'DigitalOcean stops backing the droplet up.',
      warning: 'The droplet’s existing backups are deleted. Take a snapshot first if you need a copy.',
    },
    bulk: {
      verb: 'Disable backups',
      title: (count) => `Disable backups for ${count}?`,
      description: 'DigitalOcean stops backing these droplets up.',
      warning: 'Each droplet’s existing backups are deleted. Take snapshots first if you need copies.',
    },
    menu: 'other',
    icon: 'shield-off',
    confirm: 'warn',
    tone: 'danger',
    rules: { irreversible: true, byTag: true, bulk: true, available: (state) => (state.backupsEnabled ? null : 'Backups are already off.') },
    request: {},
    duration: { drivenBy: 'nothing', prior: { ms: 5 * SECOND, source: 'typical: a setting change takes seconds' } },
    equivalent: action('disable-backups'),
  },
  enable_ipv6: {
    words: {
      name: 'Enable IPv6',
      verb: 'Enable IPv6',
      done: 'IPv6 enabled',
      title: (name) => `Enable IPv6 for ${name}?`,
      description: 'Gives the droplet a public IPv6 address.',
      warning: 'This cannot be undone: IPv6 stays on for the droplet’s life.',
    },
    bulk: {
      verb: 'Enable IPv6',
      title: (count) => `Enable IPv6 for ${count}?`,
      description: 'Gives each droplet a public IPv6 address.',
      warning: 'This cannot be undone: IPv6 stays on for each droplet’s life.',
    },
    menu: 'other',
    icon: 'globe',
    confirm: 'warn',
    tone: 'primary',
    rules: { irreversible: true, byTag: true, bulk: true, available: (state) => (state.ipv6Enabled ? 'IPv6 is already on (it cannot be turned off).' : null) },
    request: {},
    duration: { drivenBy: 'nothing', prior: { ms: 10 * SECOND, source: 'typical: seconds-long state change' } },
    equivalent: action('enable-ipv6'),
  },
  enable_private_networking: {
    words: {
      name: 'Enable private networking',
      verb: 'Enable private networking',
      done: 'Private networking enabled',
      title: (name) => `Enable private networking for ${name}?`,
      description: 'Gives the droplet an address on its region’s private network.',
      warning:
        'Droplets in regions with VPC networks already have a private address through their VPC: there DigitalOcean accepts the request and nothing changes. (The action is missing from DigitalOcean’s published list of action types, but the API still takes it.)',
    },
    menu: 'other',
    icon: 'network',
    confirm: 'warn',
    tone: 'primary',
    rules: {
      available: (state) => {
        if (state.privateNetworking) return 'Private networking is already on.';
        return state.privateNetworkingOffered === false ? 'Its region does not offer private networking.' : null;
      },
    },
    request: {},
    duration: { drivenBy: 'nothing' },
    equivalent: action('enable-private-networking'),
  },
  change_kernel: {
    words: {
      name: 'Change kernel',
      verb: 'Change kernel',
      done: 'Kernel changed',
      title: (name) => `Change the kernel of ${name}`,
      description: 'Chooses the kernel DigitalOcean boots the droplet with.',
    },
    menu: 'other',
    icon: 'cpu',
    form: true,
    confirm: 'none',
    tone: 'primary',
    rules: {
      available: (state) => (state.kernelManagedInside ? 'The droplet manages its kernel itself, as every droplet created since March 2017 does.' : null),
    },
    request: { kernel: { kind: 'kernelId', flag: '--kernel-id' } },
    duration: { drivenBy: 'nothing' },
    equivalent: action('change-kernel'),
  },
  password_reset: {
    words: {
      name: 'Reset root password',
      verb: 'Reset root password',
      done: 'Root password reset',
      title: (name) => `Reset the root password of ${name}?`,
      description: 'DigitalOcean emails a new root password to the account’s address; you must change it when you first log in with it.',
    },
    menu: 'other',
    icon: 'key-round',
    confirm: 'none',
    tone: 'primary',
    rules: {},
    request: {},
    duration: { drivenBy: 'nothing' },
    equivalent: action('password-reset'),
  },
  rebuild: {
    words: {
      name: 'Rebuild',
      verb: 'Rebuild',
      done: 'Rebuilt',
      title: (name) => `Rebuild ${name}`,
      description: 'Reinstalls the droplet from an image, keeping its name, IP addresses and size.',
      warning: 'Rebuilding wipes the droplet’s disk: everything on it is replaced by the image. Its name, IP addresses and size stay.',
    },
    menu: 'disk',
    icon: 'hard-drive-download',
    form: true,
    confirm: 'typed-name',
    tone: 'danger',
    rules: { irreversible: true },
    request: { image: { kind: 'imageRef', flag: '--image' } },
    // It writes the image onto the disk: the image's size drives it.
    duration: { drivenBy: 'image-gb' },
    equivalent: action('rebuild'),
  },
  restore: {
    words: {
      name: 'Restore from backup',
      verb: 'Restore from backup',
      done: 'Restored from backup',
      title: (name) => `Restore ${name} from a backup`,
      description: 'Puts one of the droplet’s backups back on its disk.',
      warning: 'Everything on the droplet’s disk now is replaced by the backup’s copy: changes made since that backup are lost.',
    },
    menu: 'disk',
    icon: 'archive-restore',
    form: true,
    // It wipes the disk as a rebuild does, so it asks as much: the droplet's name typed out.
    confirm: 'typed-name',
    tone: 'danger',
    rules: { irreversible: true, available: (state) => (state.backupCount === 0 ? 'The droplet has no backups to restore.' : null) },
    request: { image: { kind: 'imageId', flag: '--image-id' } },
    duration: { drivenBy: 'image-gb' },
    equivalent: action('restore'),
  },
  delete: {
    words: {
      name: 'Delete',
      verb: 'Delete',
      done: 'Deleted',
      title: (name) => `Delete ${name}?`,
      description: 'Deletes the droplet from DigitalOcean.',
      warning: 'This is permanent: the droplet, its disk and its backups are gone for good.',
    },
    bulk: {
      verb: 'Delete',
      title: (count) => `Delete ${count}?`,
      description: 'Deletes each droplet from DigitalOcean, one request per droplet.',
      warning:
        'This is permanent: the droplets, their disks and their backups are gone for good. Their snapshots, volumes and reserved IPs stay on the account, and keep costing money.',
    },
    menu: 'danger',
    icon: 'trash',
    form: true,
    confirm: 'typed-name',
    tone: 'danger',
    rules: { irreversible: true, archived: true, duringCreate: true, bulk: true },
    // Not a DigitalOcean action: `DELETE /v2/droplets/{id}` (never a "destroy" action type).
    request: null,
    duration: { drivenBy: 'nothing' },
    equivalent: { doctl: 'compute droplet delete', doctlArgs: 'ids', doctlByTag: true, method: 'DELETE', path: '/v2/droplets/{id}', body: false },
  },
} as const satisfies Record<string, StartableDropletKind>;

const observed = {
  create: {
    words: { name: 'Create', verb: 'Create', done: 'Created', title: (name) => `Create ${name}`, description: 'Creates the droplet.' },
    duration: { drivenBy: 'nothing', prior: { ms: 45 * SECOND, source: 'the API reference’s example: a create completes in under a minute' } },
  },
  destroy: {
    words: { name: 'Delete', verb: 'Delete', done: 'Deleted', title: (name) => `Delete ${name}`, description: 'DigitalOcean deleted the droplet.' },
    duration: { drivenBy: 'nothing' },
  },
  backup: {
    words: { name: 'Backup', verb: 'Back up', done: 'Backed up', title: (name) => `Back up ${name}`, description: 'A scheduled backup DigitalOcean takes.' },
    duration: { drivenBy: 'disk-gb' },
  },
} as const satisfies Record<string, ObservedDropletKind>;

/** Every kind of droplet work the panel starts. */
export const dropletKinds: { readonly [K in keyof typeof startable]: StartableDropletKind } = startable;

/** Kinds seen in history only: started by DigitalOcean or elsewhere. */
export const observedDropletKinds: { readonly [K in keyof typeof observed]: ObservedDropletKind } = observed;

/** The entries as declared, literal types kept: what type-level derivations (request types, tag kinds) read. */
export type DropletDeclarations = typeof startable;

/** The droplet work the panel starts, Delete included. */
export type DropletKind = keyof typeof startable;

/** The droplet kinds that are DigitalOcean actions (`POST /v2/droplets/{id}/actions`). */
export type DropletActionKind = { [K in DropletKind]: (typeof startable)[K]['request'] extends null ? never : K }[DropletKind];

/** The request fields each droplet action declares, as the type system sees them. */
export type DropletActionFields = { [K in DropletActionKind]: NonNullable<(typeof startable)[K]['request']> };

/** In declaration order: the menus' order. */
export const dropletKindList = Object.keys(startable) as DropletKind[];

export const isDropletKind = (type: string): type is DropletKind => Object.hasOwn(startable, type);
