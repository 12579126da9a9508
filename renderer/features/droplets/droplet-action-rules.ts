import { priorEstimateMs } from '../../../shared/actions/catalogue';
import { dropletKinds } from '../../../shared/actions/droplet-kinds';
import type { Droplet } from '../../../shared/do-types';

/** The catalogue's snapshot prior, in the minutes per GB DigitalOcean documents. */
export const snapshotMinutesPerGb = (dropletKinds.snapshot.duration.prior?.ms ?? 0) / 60_000;

/** What the prior expects of a snapshot of a whole disk: an upper bound, since a snapshot copies only the data (said so where shown). */
export const snapshotEstimateMs = (diskGb: number): number => priorEstimateMs('snapshot', diskGb) ?? 0;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `<droplet>-<YYYY-MM-DD>` in local time: the day the person sees on their calendar. */
export const defaultSnapshotName = (dropletName: string, now: Date): string =>
  `${dropletName}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/**
 * What happens to the droplet while its snapshot is taken, for the state it is in; null where there is
 * nothing sure to say (still being created, archived, or its state not known yet).
 */
export const snapshotWhileTaken = (status: Droplet['status'] | undefined): string | null => {
  if (status === 'active') return 'The droplet keeps running while the snapshot is taken.';
  if (status === 'off') return 'The droplet is off and stays off while the snapshot is taken: the copy is of its disk as it was shut down.';
  return null;
};
