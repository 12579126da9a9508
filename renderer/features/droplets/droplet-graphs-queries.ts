import { queryOptions } from '@tanstack/react-query';
import type { RequestOf } from '../../../shared/contract';
import { call } from '../../bridge/call';
import { graphPeriod, type GraphPeriodId } from './droplet-graphs-period';
import { dropletQueries } from './queries';

/** What one chart line is drawn from: a metric, or bandwidth of the public interface in one direction. */
export type GraphSource = 'cpu' | 'memory_total' | 'memory_available' | 'inbound' | 'outbound';

const requestFor = (id: number, source: GraphSource, start: number, end: number): RequestOf<'droplets.metrics'> =>
  source === 'inbound' || source === 'outbound'
    ? { id, metric: 'bandwidth', interface: 'public', direction: source, start, end }
    : { id, metric: source, start, end };

/** Samples are a minute apart at best: asking again within a minute would show the same graph. */
const MINUTE = 60_000;

export const dropletGraphQueries = {
  /**
   * One source over the period ending now. The key holds the period, not the instants, so a refetch
   * (Retry, a settled action, a minute later) moves the window along instead of making a new entry.
   */
  metric: (id: number, source: GraphSource, period: GraphPeriodId) =>
    queryOptions({
      queryKey: [...dropletQueries.details(), id, 'metrics', source, period] as const,
      queryFn: () => {
        const end = Math.floor(Date.now() / 1000);
        return call('droplets.metrics', requestFor(id, source, end - graphPeriod(period).seconds, end));
      },
      staleTime: MINUTE,
    }),
};
