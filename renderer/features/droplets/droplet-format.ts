import type { InFlightAction } from '../../../shared/action-types';
import type { Droplet } from '../../../shared/do-types';
import type { DropletRow } from '../../../shared/droplet-types';
import type { BadgeTone } from '../../components/badge';

/** How the panel names and colours DigitalOcean's droplet statuses. */
export const dropletStatuses: Record<Droplet['status'], { label: string; tone: BadgeTone }> = {
  new: { label: 'New', tone: 'accent' },
  active: { label: 'Active', tone: 'success' },
  off: { label: 'Off', tone: 'neutral' },
  archive: { label: 'Archived', tone: 'warning' },
};

export const formatMemory = (mb: number): string => (mb < 1024 ? `${mb} MB` : `${Number((mb / 1024).toFixed(1))} GB`);

export const formatSize = (size: DropletRow['size']): string =>
  `${size.vcpus} vCPU · ${formatMemory(size.memoryMb)} · ${size.diskGb} GB`;

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export const formatPrice = (monthly: number): string => usd.format(monthly);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
};

export const formatDateTime = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
};

export const formatImage = (image: DropletRow['image']): string =>
  [image.distribution, image.name].filter((part): part is string => Boolean(part)).join(' ') || image.slug || 'Unknown image';

/** `power_off` → "Power off". */
export const actionTypeLabel = (type: string): string => {
  const words = type.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** "12 s", "3 min 4 s", "1 h 5 min". */
export const formatDuration = (ms: number): string => {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
};

const etaText = (etaMs: number): string => {
  const minutes = Math.round(etaMs / 60_000);
  if (minutes < 1) return 'less than a minute left';
  if (minutes < 90) return `about ${minutes} min left`;
  return `about ${Math.round(minutes / 60)} h left`;
};

/**
 * What a running action says in the status column. DigitalOcean reports no percentage, so the text
 * gives the estimated time left, never a percent that would read as exact; with no honest estimate it
 * is "in progress".
 */
export const progressText = (action: InFlightAction): string => {
  const label = actionTypeLabel(action.type);
  if (action.progress.kind === 'indeterminate') return `${label} · in progress`;
  return `${label} · ${etaText(action.progress.etaMs)}`;
};

/** A tooltip that says where the estimate comes from, so the time left is never taken as DigitalOcean's own. */
export const progressBasis = (action: InFlightAction): string => {
  const elapsed = `Running for ${formatDuration(action.elapsedMs)}.`;
  if (action.progress.kind === 'indeterminate') {
    const why = { 'no-basis': 'No earlier run to estimate from.', 'size-unknown': 'The size to estimate from is unknown.', overdue: 'Taking longer than expected.' };
    return `${elapsed} ${why[action.progress.reason]}`;
  }
  const basis = action.progress.basis === 'learned' ? 'your earlier runs' : 'typical durations';
  return `${elapsed} Estimated from ${basis}; DigitalOcean reports no percentage.`;
};

export const dropletConsoleUrl = (id: number): string => `https://cloud.digitalocean.com/droplets/${id}`;

export const sshCommand = (publicIpv4: string): string => `ssh root@${publicIpv4}`;
