import { priorEstimateMs } from '../../../shared/actions/catalogue';
import { dropletKinds } from '../../../shared/actions/droplet-kinds';

/** The catalogue's snapshot prior, in the minutes per GB DigitalOcean documents. */
export const snapshotMinutesPerGb = (dropletKinds.snapshot.duration.prior?.ms ?? 0) / 60_000;

/** What the prior expects of a snapshot of this disk (an estimate, and said to be one where shown). */
export const snapshotEstimateMs = (diskGb: number): number => priorEstimateMs('snapshot', diskGb) ?? 0;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `<droplet>-<YYYY-MM-DD>` in local time: the day the person sees on their calendar. */
export const defaultSnapshotName = (dropletName: string, now: Date): string =>
  `${dropletName}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
