import type { Metrics, MetricsResult } from '../../../shared/do-types';

/** One point of a chart: Unix seconds and a value in the chart's unit. */
export interface GraphPoint {
  t: number;
  value: number;
}

/** A series' samples as numbers, dropping any DigitalOcean could not give a number for (`"NaN"`). */
const samples = (series: MetricsResult): Map<number, number> => {
  const byTime = new Map<number, number>();
  for (const [time, raw] of series.values) {
    const t = Number(time);
    const value = Number(raw);
    if (Number.isFinite(t) && Number.isFinite(value)) byTime.set(t, value);
  }
  return byTime;
};

/** The instants every series has a sample for, oldest first: a sum over series missing one would dip. */
const sharedTimes = (all: readonly Map<number, number>[]): number[] => {
  const [first, ...rest] = all;
  if (!first) return [];
  return [...first.keys()].filter((t) => rest.every((series) => series.has(t))).sort((a, b) => a - b);
};

/**
 * CPU usage in percent of all the droplet's vCPUs. DigitalOcean answers cumulative CPU seconds, one
 * series per mode (and per CPU where the agent reports them apart): between two samples, the share of
 * the seconds that went by that were not idle is the usage. A counter that went backwards (the
 * droplet rebooted) gives no point for that interval rather than a negative one.
 */
export const cpuUsage = (metrics: Metrics): GraphPoint[] => {
  const series = metrics.data.result.map((result) => ({ idle: result.metric.mode === 'idle', samples: samples(result) }));
  if (!series.some((one) => one.idle)) return [];
  const times = sharedTimes(series.map((one) => one.samples));
  const totals = times.map((t) => {
    let all = 0;
    let idle = 0;
    for (const one of series) {
      const value = one.samples.get(t) ?? 0;
      all += value;
      if (one.idle) idle += value;
    }
    return { t, all, idle };
  });
  const points: GraphPoint[] = [];
  for (let index = 1; index < totals.length; index += 1) {
    const before = totals[index - 1];
    const now = totals[index];
    if (!before || !now) continue;
    const elapsed = now.all - before.all;
    const idle = now.idle - before.idle;
    if (elapsed <= 0 || idle < 0) continue;
    points.push({ t: now.t, value: Math.min(100, Math.max(0, 100 * (1 - idle / elapsed))) });
  }
  return points;
};

/** A gauge such as bandwidth (already a rate, in Mbps): the sum over the answer's series at each instant. */
export const gauge = (metrics: Metrics): GraphPoint[] => {
  const all = metrics.data.result.map(samples);
  return sharedTimes(all).map((t) => ({ t, value: all.reduce((sum, series) => sum + (series.get(t) ?? 0), 0) }));
};

/** Memory in use, in percent: what is not available (free plus reclaimable cache) out of the total. */
export const memoryUsage = (total: Metrics, available: Metrics): GraphPoint[] => {
  const availableAt = new Map(gauge(available).map((point) => [point.t, point.value]));
  return gauge(total).flatMap(({ t, value }) => {
    const free = availableAt.get(t);
    return free === undefined || value <= 0 ? [] : [{ t, value: Math.min(100, Math.max(0, (100 * (value - free)) / value)) }];
  });
};

/** Average and peak of a series; null when it has no points. */
export const summarize = (points: readonly GraphPoint[]): { average: number; peak: number } | null => {
  if (points.length === 0) return null;
  let sum = 0;
  let peak = -Infinity;
  for (const { value } of points) {
    sum += value;
    peak = Math.max(peak, value);
  }
  return { average: sum / points.length, peak };
};
