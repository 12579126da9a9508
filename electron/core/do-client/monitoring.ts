import type { DropletMetricName, Metrics } from '../../../shared/do-types';
import type { CallOptions } from './call-options';
import { path, type ClientContext } from './context';

/** A time range in Unix seconds, for one Droplet. */
export interface DropletMetricQuery {
  host_id: number | string;
  start: number;
  end: number;
}

/** Bandwidth is asked per interface and direction, in megabits per second. */
export interface DropletBandwidthQuery extends DropletMetricQuery {
  interface: 'public' | 'private';
  direction: 'inbound' | 'outbound';
}

/** `/v2/monitoring/metrics/droplet/*`: Prometheus-style series of a Droplet's metrics. */
export const monitoringApi = (ctx: ClientContext) => ({
  /** Bandwidth of one interface in one direction. */
  dropletBandwidth: (query: DropletBandwidthQuery, call?: CallOptions): Promise<Metrics> =>
    ctx.send({ method: 'GET', path: '/v2/monitoring/metrics/droplet/bandwidth', query: { ...query } }, call),
  /** Any other Droplet metric: cpu, memory, load, filesystem. */
  dropletMetric: (metric: Exclude<DropletMetricName, 'bandwidth'>, query: DropletMetricQuery, call?: CallOptions): Promise<Metrics> =>
    ctx.send({ method: 'GET', path: path`/v2/monitoring/metrics/droplet/${metric}`, query: { ...query } }, call),
});
