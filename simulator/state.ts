import type { KernelInfo, PublicImageKind } from './catalogue/images';
import type { Prng } from './prng';

/**
 * The simulated account's resources. Records hold what the API shows, in the simulator's own shape;
 * views/ turn them into wire JSON. Catalogue data (regions, sizes) is referenced by slug, not copied,
 * so a large seed stays small in memory.
 */
export type DropletStatus = 'new' | 'active' | 'off' | 'archive';
export type Weekday = 'SUN' | 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT';
export const WEEKDAYS: readonly Weekday[] = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
export const BACKUP_HOURS: readonly number[] = [0, 4, 8, 12, 16, 20];

export interface BackupPolicy {
  plan: 'daily' | 'weekly';
  weekday: Weekday;
  hour: number;
}

export interface NetworkV4 {
  ip_address: string;
  netmask: string;
  gateway: string;
  type: 'public' | 'private';
}

export interface NetworkV6 {
  ip_address: string;
  netmask: number;
  gateway: string;
  type: 'public';
}

export interface DropletRecord {
  readonly id: number;
  name: string;
  sizeSlug: string;
  readonly regionSlug: string;
  image: ImageRecord;
  status: DropletStatus;
  /** GB: the size's disk, except after a resize that kept the old disk (RAM and CPU only). */
  disk: number;
  readonly createdAt: number;
  features: string[];
  backupPolicy: BackupPolicy | null;
  backupIds: number[];
  snapshotIds: number[];
  tags: string[];
  readonly vpcUuid: string;
  networks: { v4: NetworkV4[]; v6: NetworkV6[] };
  kernel: KernelInfo | null;
  /** The hypervisor it runs on: Droplets sharing one are neighbors. */
  hostId: number;
  /** The data it held at `usedSince`, in GB: used space, not disk size. Read it through `usedGigabytesAt`. */
  usedGigabytes: number;
  usedSince: number;
  /** How fast its data grows, in GB a day (logs, databases, uploads). */
  readonly usedGrowthPerDay: number;
}

export type ImageType = 'base' | 'snapshot' | 'backup' | 'custom';
export type ImageStatus = 'NEW' | 'available' | 'pending' | 'deleted' | 'retired';

export interface ImageRecord {
  readonly id: number;
  name: string;
  type: ImageType;
  /** For public images: distribution or 1-Click application (the list's `type` filter). */
  readonly kind: PublicImageKind | null;
  distribution: string;
  readonly slug: string | null;
  readonly public: boolean;
  regions: string[];
  readonly createdAt: number;
  minDiskSize: number | null;
  sizeGigabytes: number | null;
  description: string;
  tags: string[];
  status: ImageStatus;
  errorMessage: string;
  /** The Droplet a snapshot or backup was taken of. */
  readonly dropletId: number | null;
}

export type ActionStatus = 'in-progress' | 'completed' | 'errored';

export interface ActionRecord {
  readonly id: number;
  readonly type: string;
  status: ActionStatus;
  readonly startedAt: number;
  completedAt: number | null;
  readonly resourceType: 'droplet' | 'image';
  readonly resourceId: number;
  readonly regionSlug: string | null;
}

export interface TagRecord {
  readonly name: string;
  readonly droplets: Set<number>;
  readonly images: Set<number>;
  /** The most recently tagged resource, overall and per kind, for `last_tagged_uri`. */
  lastTagged: { kind: 'droplet' | 'image'; id: number } | null;
  lastDroplet: number | null;
  lastImage: number | null;
}

/** One resource in a destroy-with-associated-resources job. */
export interface DestroyedItem {
  readonly id: string;
  readonly name: string;
  destroyedAt: number | null;
  errorMessage: string;
}

export interface DestroyJob {
  readonly droplet: DestroyedItem;
  readonly snapshots: DestroyedItem[];
  completedAt: number | null;
  failures: number;
}

/** A public key of the account, embedded in new Droplets' `authorized_keys` when a create names it. */
export interface SshKeyRecord {
  readonly id: number;
  name: string;
  readonly publicKey: string;
  /** MD5 of the decoded key, as colon-separated hex: what the API accepts instead of the id. */
  readonly fingerprint: string;
}

export interface AccountRecord {
  readonly uuid: string;
  readonly email: string;
  readonly name: string;
  readonly teamUuid: string;
  readonly teamName: string;
  dropletLimit: number;
  readonly floatingIpLimit: number;
}

/**
 * Finished actions beyond this many are forgotten, oldest first, to bound memory on long runs. It holds
 * the whole history of the largest seed (one create per Droplet, plus snapshots).
 */
const ACTION_HISTORY_LIMIT = 250_000;

const resourceKey = (type: string, id: number): string => `${type}:${id}`;

export class Store {
  readonly droplets = new Map<number, DropletRecord>();
  readonly images = new Map<number, ImageRecord>();
  readonly actions = new Map<number, ActionRecord>();
  /** Keyed by lower-cased name: tag names are unique regardless of case but keep their first spelling. */
  readonly tags = new Map<string, TagRecord>();
  readonly usedAddresses = new Set<string>();
  /** Destroy-with-associated-resources jobs by Droplet id; they outlive the Droplet, for their status. */
  readonly destroyJobs = new Map<number, DestroyJob>();
  /** The account's SSH keys by id, in the order they were added. */
  readonly sshKeys = new Map<number, SshKeyRecord>();
  private readonly actionsByResource = new Map<string, number[]>();
  private nextIds: { droplet: number; image: number; action: number };

  constructor(
    readonly account: AccountRecord,
    private readonly ids: Prng,
  ) {
    this.nextIds = { droplet: 471_204_118, image: 182_550_301, action: 1_902_331_540 };
  }

  /** Ids grow with small random gaps, as real ids do (other customers use the ones in between). */
  newId(kind: 'droplet' | 'image' | 'action'): number {
    const id = this.nextIds[kind];
    this.nextIds[kind] = id + this.ids.int(1, 37);
    return id;
  }

  addAction(action: ActionRecord): void {
    this.actions.set(action.id, action);
    const key = resourceKey(action.resourceType, action.resourceId);
    const list = this.actionsByResource.get(key);
    if (list) list.push(action.id);
    else this.actionsByResource.set(key, [action.id]);
    if (this.actions.size > ACTION_HISTORY_LIMIT) this.forgetOldActions();
  }

  /** Newest first: the order `GET /v2/actions` promises. Ids are handed out as actions are added, so the map is oldest first. */
  actionsNewestFirst(): ActionRecord[] {
    return [...this.actions.values()].reverse();
  }

  actionsOf(resourceType: string, id: number): ActionRecord[] {
    const ids = this.actionsByResource.get(resourceKey(resourceType, id)) ?? [];
    return ids
      .map((actionId) => this.actions.get(actionId))
      .filter((action): action is ActionRecord => action !== undefined)
      .sort((a, b) => b.id - a.id);
  }

  findTag(name: string): TagRecord | undefined {
    return this.tags.get(name.toLowerCase());
  }

  private forgetOldActions(): void {
    const excess = this.actions.size - ACTION_HISTORY_LIMIT + 1000;
    let removed = 0;
    for (const action of [...this.actions.values()].sort((a, b) => a.id - b.id)) {
      if (removed >= excess) break;
      if (action.status === 'in-progress') continue;
      this.actions.delete(action.id);
      removed += 1;
    }
    for (const [key, ids] of this.actionsByResource) {
      const kept = ids.filter((id) => this.actions.has(id));
      if (kept.length === 0) this.actionsByResource.delete(key);
      else this.actionsByResource.set(key, kept);
    }
  }
}
