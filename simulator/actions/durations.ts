import type { Prng } from '../prng';

/**
 * How long DigitalOcean's work takes at speed 1, declared once: the action engine, custom image imports,
 * Droplet deletion and the seeded histories all read these models, so past and present durations
 * come from the same place. A model is a fixed part plus a part per GB of whatever the work moves (or per item it deletes);
 * each run then varies by a bounded, seeded factor (`varied`).
 */
export interface DurationModel {
  /** Seconds the work takes whatever its size. */
  readonly baseSeconds: number;
  /** Seconds per unit of `per`. */
  readonly perUnitSeconds?: number;
  /** What drives the rest: GB of something, or a count. */
  readonly per?: 'GB of used data' | 'GB of the new disk' | 'GB of the image' | 'GB of the backup' | 'GB of the downloaded file' | 'snapshot';
  /** The shortest the work takes, however little it moves. */
  readonly minimumSeconds?: number;
}

const fixed = (baseSeconds: number): DurationModel => ({ baseSeconds });

export const durationModels = {
  power_on: fixed(10),
  power_off: fixed(8),
  shutdown: fixed(15),
  reboot: fixed(25),
  power_cycle: fixed(15),
  rename: fixed(3),
  password_reset: fixed(8),
  enable_private_networking: fixed(8),
  enable_ipv6: fixed(10),
  change_kernel: fixed(5),
  enable_backups: fixed(4),
  disable_backups: fixed(4),
  change_backup_policy: fixed(3),
  /** Provisioning, then copying the image onto the new disk. */
  create: { baseSeconds: 30, perUnitSeconds: 4, per: 'GB of the image' },
  destroy: fixed(6),
  /** Deleting a Droplet together with its snapshots (the destroy-with-associated-resources endpoint). */
  destroy_with_snapshots: { baseSeconds: 8, perUnitSeconds: 4, per: 'snapshot' },
  /** CPU and RAM only: the Droplet moves to a new plan, its disk stays as it is. */
  resize: fixed(150),
  /** A resize that grows the disk also expands it, which takes time per GB of the new disk. */
  resize_disk: { baseSeconds: 150, perUnitSeconds: 2.5, per: 'GB of the new disk' },
  /** Reinstalling from an image: a fixed part, then writing the image. */
  rebuild: { baseSeconds: 60, perUnitSeconds: 15, per: 'GB of the image' },
  /** Writing a backup back onto the disk. */
  restore: { baseSeconds: 90, perUnitSeconds: 30, per: 'GB of the backup' },
  /**
   * Copies the Droplet's data, not its disk: DigitalOcean documents about two minutes per GB. A Droplet
   * holding 2.6 GB on a 50 GB disk takes about five minutes, not two hours.
   */
  snapshot: { baseSeconds: 30, perUnitSeconds: 120, per: 'GB of used data', minimumSeconds: 60 },
  /** Copying an image to another datacenter: a few minutes plus time per GB. */
  transfer: { baseSeconds: 300, perUnitSeconds: 90, per: 'GB of the image' },
  /** Turning a backup into a snapshot: mostly bookkeeping, a little per GB. */
  convert: { baseSeconds: 45, perUnitSeconds: 5, per: 'GB of the image' },
  /** A custom image import: downloading and checking the file. */
  image_import: { baseSeconds: 90, perUnitSeconds: 40, per: 'GB of the downloaded file' },
  /** An import whose file turns out unusable fails after a first look. */
  image_import_failed: fixed(45),
} as const satisfies Readonly<Record<string, DurationModel>>;

export type DurationKind = keyof typeof durationModels;

/** The model's seconds for work of this size (`units` of its `per`), before variance. */
export const modelSeconds = (kind: DurationKind, units = 0): number => {
  const model: DurationModel = durationModels[kind];
  const seconds = model.baseSeconds + (model.perUnitSeconds ?? 0) * Math.max(0, units);
  return Math.max(seconds, model.minimumSeconds ?? 0);
};

/** Run-to-run variance: each run takes between 85% and 115% of its model, uniformly. */
export const VARIANCE = 0.15;

/** One run's duration in seconds: the model's figure times a seeded factor within ±`VARIANCE`. */
export const varied = (seconds: number, prng: Prng): number => seconds * (1 - VARIANCE + prng.next() * 2 * VARIANCE);
