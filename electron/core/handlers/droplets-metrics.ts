import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

/** Bandwidth has an endpoint of its own, asked per interface and direction. */
export const dropletsMetricsHandler =
  (sessions: ApiSessions): Handlers['droplets.metrics'] =>
  async (request) => {
    const { monitoring } = await sessions.client();
    const window = { host_id: request.id, start: request.start, end: request.end };
    return request.metric === 'bandwidth'
      ? monitoring.dropletBandwidth({ ...window, interface: request.interface, direction: request.direction })
      : monitoring.dropletMetric(request.metric, window);
  };
