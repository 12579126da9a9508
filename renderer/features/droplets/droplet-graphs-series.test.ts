import { describe, expect, it } from 'vitest';
import type { Metrics, MetricsResult } from '../../../shared/do-types';
import { cpuUsage, gauge, memoryUsage, summarize } from './droplet-graphs-series';

const metrics = (result: MetricsResult[]): Metrics => ({ status: 'success', data: { resultType: 'matrix', result } });
const series = (labels: Record<string, string>, values: [number, number][]): MetricsResult => ({
  metric: { host_id: '3001', ...labels },
  values: values.map(([t, value]) => [t, value.toFixed(2)]),
});

/** Cumulative seconds of a 2-vCPU droplet sampled each minute: 120 CPU seconds go by between samples. */
const twoCpus = (idle: number[], busy: number[]): Metrics =>
  metrics([
    series({ mode: 'idle' }, idle.map((value, index) => [1_000 + 60 * index, value])),
    series({ mode: 'user' }, busy.map((value, index) => [1_000 + 60 * index, value * 0.8])),
    series({ mode: 'system' }, busy.map((value, index) => [1_000 + 60 * index, value * 0.2])),
  ]);

describe('CPU usage from cumulative seconds', () => {
  it('is the share of the elapsed CPU seconds that were not idle, summed over every CPU', () => {
    // Idle grows by 90, 60 and 108 of each 120 seconds: 25 %, 50 % and 10 % busy.
    const points = cpuUsage(twoCpus([5_000, 5_090, 5_150, 5_258], [700, 730, 790, 802]));
    expect(points.map((point) => point.t)).toEqual([1_060, 1_120, 1_180]);
    expect(points.map((point) => point.value)).toEqual([expect.closeTo(25, 6), expect.closeTo(50, 6), expect.closeTo(10, 6)]);
  });

  it('adds up series reported per CPU', () => {
    const perCpu = metrics([
      series({ cpu: '0', mode: 'idle' }, [[0, 100], [60, 160]]),
      series({ cpu: '0', mode: 'user' }, [[0, 10], [60, 10]]),
      series({ cpu: '1', mode: 'idle' }, [[0, 100], [60, 100]]),
      series({ cpu: '1', mode: 'user' }, [[0, 10], [60, 70]]),
    ]);
    expect(cpuUsage(perCpu)).toEqual([{ t: 60, value: 50 }]);
  });

  it('leaves out an interval where the counters went back (a reboot) and instants a series lacks', () => {
    const rebooted = metrics([
      series({ mode: 'idle' }, [[0, 500], [60, 545], [120, 30], [180, 75], [240, 120]]),
      series({ mode: 'user' }, [[0, 100], [60, 115], [120, 5], [180, 20]]),
    ]);
    // 120 → 180 only: 0 → 60 is 25 %, 60 → 120 went back, 240 has no `user` sample.
    expect(cpuUsage(rebooted)).toEqual([
      { t: 60, value: 25 },
      { t: 180, value: 25 },
    ]);
  });

  it('has no points without samples, with a single sample, or without an idle series', () => {
    expect(cpuUsage(metrics([]))).toEqual([]);
    expect(cpuUsage(twoCpus([5_000], [700]))).toEqual([]);
    expect(cpuUsage(metrics([series({ mode: 'user' }, [[0, 1], [60, 2]])]))).toEqual([]);
  });

  it('reads the simulator-style answer of a mostly idle droplet as a small positive share', () => {
    const idle = metrics([
      series({ mode: 'idle' }, [[0, 100_000], [300, 100_540]]),
      series({ mode: 'steal' }, [[0, 10], [300, 10.6]]),
      series({ mode: 'user' }, [[0, 2_000], [300, 2_059.4]]),
    ]);
    expect(cpuUsage(idle)[0]?.value).toBeCloseTo(10, 6);
  });
});

describe('gauges', () => {
  it('reads bandwidth as the Mbps DigitalOcean gives, skipping values that are not numbers', () => {
    const answer = metrics([{ metric: { direction: 'inbound' }, values: [[0, '1.25'], [60, 'NaN'], [120, '2.5']] }]);
    expect(gauge(answer)).toEqual([
      { t: 0, value: 1.25 },
      { t: 120, value: 2.5 },
    ]);
  });

  it('computes memory in use as total minus available, in percent of the total', () => {
    const gib = 1024 ** 3;
    const total = metrics([series({}, [[0, 4 * gib], [60, 4 * gib], [120, 4 * gib]])]);
    const available = metrics([series({}, [[0, 3 * gib], [60, 1 * gib]])]);
    expect(memoryUsage(total, available)).toEqual([
      { t: 0, value: 25 },
      { t: 60, value: 75 },
    ]);
  });

  it('summarises a series as its average and peak, and an empty one as nothing', () => {
    expect(summarize([{ t: 0, value: 10 }, { t: 1, value: 40 }, { t: 2, value: 25 }])).toEqual({ average: 25, peak: 40 });
    expect(summarize([])).toBeNull();
  });
});
