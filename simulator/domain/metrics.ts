import { findSize } from '../catalogue/sizes';
import type { DropletRecord } from '../state';
import { usedGigabytesAt } from './used-data';

/**
 * Droplet metrics as DigitalOcean's monitoring answers them: Prometheus-style matrices of
 * `[unix seconds, "value"]`. Values are a pure function of the Droplet, the metric and the time, so
 * overlapping queries agree and a seed always shows the same graphs: a daily cycle plus noise.
 */
export type Series = { metric: Record<string, string>; values: [number, string][] };

const DAY = 86_400;
const OMEGA = (2 * Math.PI) / DAY;

/** Noise in [0, 1) for a point: an integer hash of the Droplet, the series and the time. */
const noise = (dropletId: number, salt: number, t: number): number => {
  let h = (dropletId ^ Math.imul(salt, 0x9e3779b1) ^ Math.imul(t, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
};

/** Each Droplet peaks at its own hour of the day. */
const phase = (droplet: DropletRecord): number => (droplet.id % 24) * (DAY / 24) * OMEGA;

/** A busy-ness between 0 and 1 that follows the day. */
const load = (droplet: DropletRecord, t: number): number => 0.5 + 0.35 * Math.sin(OMEGA * t + phase(droplet));

const fixed = (value: number, digits = 2): string => value.toFixed(digits);

export type MetricName =
  | 'bandwidth' | 'cpu' | 'filesystem_free' | 'filesystem_size' | 'load_1' | 'load_5' | 'load_15'
  | 'memory_cached' | 'memory_free' | 'memory_total' | 'memory_available';

export const METRIC_NAMES: readonly MetricName[] = [
  'bandwidth', 'cpu', 'filesystem_free', 'filesystem_size', 'load_1', 'load_5', 'load_15', 'memory_cached', 'memory_free', 'memory_total', 'memory_available',
];

export interface MetricQuery {
  readonly droplet: DropletRecord;
  readonly metric: MetricName;
  readonly start: number;
  readonly end: number;
  readonly iface?: 'public' | 'private';
  readonly direction?: 'inbound' | 'outbound';
}

/** About 300 points whatever the range, on whole minutes, as graphs want. */
const stepFor = (start: number, end: number): number => Math.max(60, Math.ceil((end - start) / 300 / 60) * 60);

const CPU_MODES: readonly [mode: string, share: number][] = [
  ['iowait', 0.004], ['irq', 0], ['nice', 0.0005], ['softirq', 0.002], ['steal', 0.001],
];

/** Cumulative CPU seconds per mode since the Droplet was created: `user` and `system` follow the day. */
const cpuSeries = (droplet: DropletRecord, host: Record<string, string>, times: number[], vcpus: number): Series[] => {
  const created = Math.floor(droplet.createdAt / 1000);
  const busy = (t: number, mean: number, swing: number): number =>
    vcpus * (mean * (t - created) - (swing / OMEGA) * (Math.cos(OMEGA * t + phase(droplet)) - Math.cos(OMEGA * created + phase(droplet))));
  const user = (t: number) => busy(t, 0.18, 0.12);
  const system = (t: number) => busy(t, 0.05, 0.03);
  const steady = CPU_MODES.map(([mode, share]) => [mode, (t: number) => vcpus * share * (t - created)] as const);
  const idle = (t: number) => vcpus * (t - created) - user(t) - system(t) - steady.reduce((sum, [, seconds]) => sum + seconds(t), 0);
  const modes: (readonly [string, (t: number) => number])[] = [['idle', idle], ...steady, ['system', system], ['user', user]];
  return modes.map(([mode, seconds]) => ({ metric: { ...host, mode }, values: times.map((t) => [t, fixed(Math.max(0, seconds(t)))]) }));
};

export const metricSeries = (query: MetricQuery): Series[] => {
  const { droplet, metric } = query;
  const size = findSize(droplet.sizeSlug);
  const vcpus = size?.vcpus ?? 1;
  const memoryBytes = (size?.memory ?? 1024) * 1024 * 1024;
  const diskBytes = droplet.disk * 1024 ** 3;
  const step = stepFor(query.start, query.end);
  const created = Math.ceil(droplet.createdAt / 1000);
  const times: number[] = [];
  for (let t = Math.ceil(Math.max(query.start, created) / step) * step; t <= query.end; t += step) times.push(t);
  const host = { host_id: String(droplet.id) };
  const series = (labels: Record<string, string>, value: (t: number) => string): Series[] => [
    { metric: { ...host, ...labels }, values: times.map((t) => [t, value(t)]) },
  ];
  const salt = METRIC_NAMES.indexOf(metric) + 1;
  const jitter = (t: number): number => noise(droplet.id, salt, t) - 0.5;
  const memoryUsed = (t: number): number => memoryBytes * (0.3 + 0.25 * load(droplet, t) + 0.05 * jitter(t));
  const filesystem = { device: '/dev/vda1', fstype: 'ext4', mountpoint: '/' };

  switch (metric) {
    case 'cpu':
      return cpuSeries(droplet, host, times, vcpus);
    case 'bandwidth': {
      // Mbps: public traffic dwarfs private, and most Droplets send more than they receive.
      const scale = (query.iface === 'private' ? 0.4 : 3) * (query.direction === 'inbound' ? 0.6 : 1);
      return series({ interface: query.iface ?? 'public', direction: query.direction ?? 'outbound' }, (t) => fixed(scale * (load(droplet, t) + 0.3 * jitter(t) + 0.15), 4));
    }
    case 'load_1':
    case 'load_5':
    case 'load_15': {
      const smoothing = metric === 'load_1' ? 0.3 : metric === 'load_5' ? 0.15 : 0.05;
      return series({}, (t) => fixed(Math.max(0, vcpus * (0.1 + 0.6 * load(droplet, t) + smoothing * jitter(t)))));
    }
    case 'memory_total':
      return series({}, () => String(memoryBytes));
    case 'memory_available':
      return series({}, (t) => String(Math.round(memoryBytes - memoryUsed(t))));
    case 'memory_free':
      return series({}, (t) => String(Math.round((memoryBytes - memoryUsed(t)) * 0.45)));
    case 'memory_cached':
      return series({}, (t) => String(Math.round(memoryBytes * (0.2 + 0.02 * jitter(t)))));
    case 'filesystem_size':
      return series(filesystem, () => String(diskBytes));
    case 'filesystem_free':
      return series(filesystem, (t) => String(Math.round(diskBytes - Math.min(diskBytes * 0.95, usedGigabytesAt(droplet, t * 1000) * 1024 ** 3 * (1 + 0.001 * jitter(t))))));
  }
};
