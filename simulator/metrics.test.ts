import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startTestApi, type TestApi } from './test-client';

let api: TestApi;
let id: number;
let now: number;
beforeEach(async () => {
  api = await startTestApi();
  id = (await api.get('/v2/droplets?name=web-prod-01')).body.droplets[0].id;
  now = Math.floor(api.sim.clock.now() / 1000);
});
afterEach(async () => {
  await api.sim.close();
});

const metric = (name: string, query: string) => api.get(`/v2/monitoring/metrics/droplet/${name}?host_id=${id}&start=${now - 6 * 3600}&end=${now}${query}`);
type Point = [number, string];

describe('Droplet metrics', () => {
  test('cpu: one cumulative, growing counter per mode, about 300 points on whole minutes', async () => {
    const response = await metric('cpu', '');
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('success');
    expect(response.body.data.resultType).toBe('matrix');
    const result = response.body.data.result as { metric: Record<string, string>; values: Point[] }[];
    expect(result.map((series) => series.metric.mode).sort()).toEqual(['idle', 'iowait', 'irq', 'nice', 'softirq', 'steal', 'system', 'user']);
    for (const series of result) {
      expect(series.metric.host_id).toBe(String(id));
      expect(series.values.length).toBeGreaterThan(150);
      expect(series.values.length).toBeLessThanOrEqual(361);
      expect(series.values.every(([t]) => t % 60 === 0)).toBe(true);
      const numbers = series.values.map(([, value]) => Number(value));
      expect(numbers.every((value, index) => index === 0 || value >= (numbers[index - 1] as number))).toBe(true);
    }
  });

  test('memory, load and filesystem values are plausible for the Droplet size', async () => {
    const total = Number((await metric('memory_total', '')).body.data.result[0].values[0][1]);
    expect(total).toBe(4096 * 1024 * 1024);
    const available = (await metric('memory_available', '')).body.data.result[0].values.map(([, value]: Point) => Number(value));
    expect(available.every((value: number) => value > 0 && value < total)).toBe(true);
    const load = (await metric('load_1', '')).body.data.result[0].values.map(([, value]: Point) => Number(value));
    expect(Math.max(...load)).toBeLessThan(2 * 2);
    const size = (await metric('filesystem_size', '')).body.data.result[0];
    expect(size.metric).toMatchObject({ device: '/dev/vda1', mountpoint: '/', fstype: 'ext4' });
    expect(Number(size.values[0][1])).toBe(80 * 1024 ** 3);
    const free = Number((await metric('filesystem_free', '')).body.data.result[0].values[0][1]);
    expect(free).toBeGreaterThan(0);
    expect(free).toBeLessThan(80 * 1024 ** 3);
    for (const name of ['memory_free', 'memory_cached', 'load_5', 'load_15']) expect((await metric(name, '')).status).toBe(200);
  });

  test('bandwidth needs an interface and a direction', async () => {
    const response = await metric('bandwidth', '&interface=public&direction=outbound');
    expect(response.body.data.result[0].metric).toEqual({ host_id: String(id), interface: 'public', direction: 'outbound' });
    expect((await metric('bandwidth', '&interface=public')).status).toBe(400);
    expect((await metric('bandwidth', '&interface=wifi&direction=inbound')).status).toBe(400);
  });

  test('the same point always has the same value, whatever the query window', async () => {
    const wide = (await metric('load_5', '')).body.data.result[0].values as Point[];
    const narrow = (await api.get(`/v2/monitoring/metrics/droplet/load_5?host_id=${id}&start=${now - 6 * 3600}&end=${now - 3 * 3600}`)).body.data.result[0].values as Point[];
    const byTime = new Map(wide);
    for (const [t, value] of narrow) if (byTime.has(t)) expect(byTime.get(t)).toBe(value);
  });

  test('bad queries are 400, unknown Droplets 404', async () => {
    expect((await api.get(`/v2/monitoring/metrics/droplet/cpu?host_id=${id}`)).status).toBe(400);
    expect((await api.get(`/v2/monitoring/metrics/droplet/cpu?host_id=${id}&start=${now}&end=${now - 60}`)).status).toBe(400);
    expect((await api.get(`/v2/monitoring/metrics/droplet/cpu?host_id=${id}&start=0&end=${now}`)).status).toBe(400);
    expect((await api.get(`/v2/monitoring/metrics/droplet/cpu?host_id=1&start=${now - 60}&end=${now}`)).status).toBe(404);
    expect((await api.get(`/v2/monitoring/metrics/droplet/disk?host_id=${id}&start=${now - 60}&end=${now}`)).status).toBe(404);
  });
});
