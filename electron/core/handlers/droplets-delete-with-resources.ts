import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

/** `all` goes to the dangerous endpoint (the client adds `X-Dangerous`); otherwise only what was named goes. */
export const dropletsDeleteWithResourcesHandler =
  (sessions: ApiSessions): Handlers['droplets.deleteWithResources'] =>
  async (request) => {
    const { associatedResources } = await sessions.client();
    if ('all' in request) await associatedResources.destroyDangerous(request.id);
    else {
      await associatedResources.destroySelective(request.id, {
        snapshots: request.snapshots,
        volumes: request.volumes,
        volume_snapshots: request.volumeSnapshots,
        reserved_ips: request.reservedIps,
      });
    }
    return { id: request.id };
  };
