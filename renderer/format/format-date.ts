const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A DigitalOcean timestamp as a date in the user's locale; one that does not parse is shown as it came. */
export const formatDate = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
};

/** A DigitalOcean timestamp as a date and time in the user's locale; one that does not parse is shown as it came. */
export const formatDateTime = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
};

const clockFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/** A moment today as the clock on the wall shows it ("14:02"), for "showing data from…" and "since…". */
export const formatClock = (ms: number): string => clockFormat.format(new Date(ms));

/**
 * A moment as the clock shows it when it is today ("14:02"), with its date when it is not: a list
 * kept from yesterday must not pass for this afternoon's.
 */
export const formatMoment = (ms: number, now: number = Date.now()): string =>
  new Date(ms).toDateString() === new Date(now).toDateString() ? formatClock(ms) : dateTimeFormat.format(new Date(ms));
