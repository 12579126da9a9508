import { METRIC_NAMES, metricSeries, type MetricName } from '../domain/metrics';
import { badRequest, notFound } from '../errors';
import type { Route, RouteRequest } from '../router';
import type { World } from '../world';
import { ok } from './helpers';

/** Answering more than a month at a time would be a scale test of its own. */
const MAX_RANGE_SECONDS = 31 * 86_400;

const required = (request: RouteRequest, name: string): string => {
  const value = request.query.get(name);
  if (value === null || value === '') throw badRequest(`The ${name} query parameter is required.`);
  return value;
};

const seconds = (request: RouteRequest, name: string): number => {
  const raw = required(request, name);
  if (!/^\d{1,12}$/.test(raw)) throw badRequest(`${name} must be a Unix time in seconds.`);
  return Number(raw);
};

const oneOf = <T extends string>(request: RouteRequest, name: string, allowed: readonly T[]): T => {
  const value = required(request, name);
  if (!(allowed as readonly string[]).includes(value)) throw badRequest(`${name} must be one of ${allowed.join(', ')}.`);
  return value as T;
};

const handler = (world: World, metric: MetricName) => (request: RouteRequest) => {
  const hostId = required(request, 'host_id');
  const droplet = /^\d{1,15}$/.test(hostId) ? world.store.droplets.get(Number(hostId)) : undefined;
  const iface = metric === 'bandwidth' ? oneOf(request, 'interface', ['public', 'private'] as const) : undefined;
  const direction = metric === 'bandwidth' ? oneOf(request, 'direction', ['inbound', 'outbound'] as const) : undefined;
  const start = seconds(request, 'start');
  const end = seconds(request, 'end');
  if (end < start) throw badRequest('end must not be before start.');
  if (end - start > MAX_RANGE_SECONDS) throw badRequest('The time range may span at most 31 days.');
  if (!droplet) throw notFound();
  return ok({
    status: 'success',
    data: { resultType: 'matrix', result: metricSeries({ droplet, metric, start, end, ...(iface ? { iface } : {}), ...(direction ? { direction } : {}) }) },
  });
};

export const metricRoutes = (world: World): Route[] =>
  METRIC_NAMES.map((metric) => ({ method: 'GET', path: `/v2/monitoring/metrics/droplet/${metric}`, handle: handler(world, metric) }));
