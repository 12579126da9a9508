/**
 * The shape of one action kind in the catalogue: everything the panel says and decides about a kind of
 * DigitalOcean work, declared once. Zod-free, so the renderer reads it; the main side turns the
 * declared request fields into schemas (shared/requests/).
 */

/** The values a request field can hold; shared/requests/ maps each to its schema. */
export interface FieldValues {
  dropletName: string;
  sizeSlug: string;
  /** An image id, or a public image's slug. */
  imageRef: number | string;
  imageId: number;
  kernelId: number;
  snapshotName: string;
  regionSlug: string;
  boolean: boolean;
  backupPolicy: BackupPolicy;
}

export type FieldKind = keyof FieldValues;

export interface FieldSpec {
  kind: FieldKind;
  optional?: true;
  /** The doctl flag that carries the field, where doctl has one. */
  flag?: string;
}

/** Backup windows start every four hours, UTC. */
export const backupHours = [0, 4, 8, 12, 16, 20] as const;
export const backupWeekdays = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;

/** When backups run: `plan`, and for weekly plans the day; the hour starts a 4-hour window (UTC). */
export interface BackupPolicy {
  plan: 'daily' | 'weekly';
  weekday?: (typeof backupWeekdays)[number];
  hour?: (typeof backupHours)[number];
}

/** A request body's fields beyond `type`. */
export type Fields = Readonly<Record<string, FieldSpec>>;

type Required<F extends Fields> = { [K in keyof F as F[K] extends { optional: true } ? never : K]: FieldValues[F[K]['kind']] };
type Optional<F extends Fields> = { [K in keyof F as F[K] extends { optional: true } ? K : never]?: FieldValues[F[K]['kind']] };

/** The body a kind's declared fields make, with its `type`. */
export type RequestBody<T extends string, F extends Fields> = { type: T } & Required<F> & Optional<F>;

/** How a confirmation guards the kind: none, a warning to read, or the resource's name typed out. */
export type ConfirmTone = 'none' | 'warn' | 'typed-name';

/**
 * What the kind's duration grows with, for the estimator: nothing; the droplet's disk; the image it
 * works on (a backup, a snapshot, a custom image); or the data the droplet holds (what a snapshot
 * copies), read from its latest earlier snapshot's size, with the disk as an upper bound when it has none.
 */
export type DurationDriver = 'nothing' | 'disk-gb' | 'image-gb' | 'data-gb';

export interface DurationSpec {
  drivenBy: DurationDriver;
  /** What drives it instead when the request also grows the disk (a resize with `disk: true`). */
  whenDiskGrows?: DurationDriver;
  /**
   * A starting expectation until this user's own runs exist (per GB when driven by size), with where
   * it comes from. None: the kind varies too much with what we cannot see, so it shows indeterminate.
   */
  prior?: { ms: number; minimumMs?: number; source: string };
}

/** How the kind is reached outside the panel. `doctl: null` says doctl has no command for it. */
export interface Equivalent {
  /** The doctl command (after `doctl`), or null when doctl has none. */
  doctl: string | null;
  /** Positional arguments doctl takes before the flags: one id, or several at once. */
  doctlArgs?: 'id' | 'ids';
  /** doctl takes `--tag-name` instead of ids. */
  doctlByTag?: true;
  /** Flags doctl refuses to run without, even where the API has a default (a snapshot's name). */
  doctlRequires?: readonly string[];
  /** The API request: method and path, `{id}` standing for the resource's id. */
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** The request sends a JSON body (the action's `type` and fields). */
  body: boolean;
}

export interface ActionWords {
  /** The kind's name wherever it is shown running or finished: "Power off", "Snapshot". */
  name: string;
  /** What its button or menu item says, without the ellipsis a form adds: "Take snapshot". */
  verb: string;
  /** Past tense, for an outcome: "Powered off". */
  done: string;
  /** A dialog's title for one resource. */
  title: (name: string) => string;
  /** What it does, one sentence. */
  description: string;
  /** A consequence the person must not miss before confirming. */
  warning?: string;
}

export interface BulkWords {
  /** The bulk button's words ("Take snapshots"). */
  verb: string;
  title: (count: string) => string;
  description: string;
  warning?: string;
}
