import { BACKUP_HOURS, WEEKDAYS, type BackupPolicy, type Weekday } from '../state';
import { unprocessable } from '../errors';
import { DAY_MS } from '../time';

/** Backup windows last four hours; daily backups are kept a week, weekly ones four weeks. */
export const WINDOW_LENGTH_HOURS = 4;
export const retentionDays = (policy: BackupPolicy): number => (policy.plan === 'weekly' ? 28 : 7);
/** One backup per window over the retention period. */
export const retainedBackups = (policy: BackupPolicy): number => (policy.plan === 'weekly' ? 4 : 7);


/** The next window that starts after `now`, in UTC. */
export const nextBackupWindow = (policy: BackupPolicy, now: number): { start: number; end: number } => {
  const midnight = Math.floor(now / DAY_MS) * DAY_MS;
  let start = midnight + policy.hour * 3_600_000;
  const step = (): void => {
    start += DAY_MS;
  };
  while (start <= now) step();
  if (policy.plan === 'weekly') {
    const target = WEEKDAYS.indexOf(policy.weekday);
    while (new Date(start).getUTCDay() !== target) step();
  }
  return { start, end: start + WINDOW_LENGTH_HOURS * 3_600_000 };
};

/**
 * Reads a `backup_policy` request object. Omitted fields keep the current policy or take defaults: a
 * daily plan, in a window `spread` picks, so an account's Droplets do not all back up at once.
 */
export const readBackupPolicy = (raw: unknown, spread: number, current: BackupPolicy | null): BackupPolicy => {
  const fallback: BackupPolicy = current ?? {
    plan: 'daily',
    weekday: WEEKDAYS[spread % 7] as Weekday,
    hour: BACKUP_HOURS[spread % BACKUP_HOURS.length] as number,
  };
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw unprocessable('backup_policy must be an object.');
  const { plan, weekday, hour } = raw as Record<string, unknown>;
  if (plan !== undefined && plan !== 'daily' && plan !== 'weekly') throw unprocessable('backup_policy.plan must be daily or weekly.');
  if (weekday !== undefined && !WEEKDAYS.includes(weekday as Weekday)) {
    throw unprocessable(`backup_policy.weekday must be one of ${WEEKDAYS.join(', ')}.`);
  }
  if (hour !== undefined && !BACKUP_HOURS.includes(hour as number)) {
    throw unprocessable(`backup_policy.hour must be one of ${BACKUP_HOURS.join(', ')}.`);
  }
  return {
    plan: (plan as BackupPolicy['plan'] | undefined) ?? fallback.plan,
    weekday: (weekday as Weekday | undefined) ?? fallback.weekday,
    hour: (hour as number | undefined) ?? fallback.hour,
  };
};
