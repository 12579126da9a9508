import type { DropletCreateRequest as WireCreate } from '../do-types';
import type { dropletCreateSchema } from './droplet-create';
import type { z } from '../zod';

/** A create as the panel asks for it (checked by `dropletCreateSchema`). */
export type DropletCreateRequest = z.infer<typeof dropletCreateSchema>;

/**
 * The body of `POST /v2/droplets` for a create: one name as `name` (answered with `droplet`), several as
 * `names` (answered with `droplets`). What the main side sends and what "Show as command" shows. Zod-free
 * at run time, so the renderer may use it.
 */
export const dropletCreateBody = (request: DropletCreateRequest): WireCreate => {
  const [only] = request.names;
  const options = {
    region: request.region,
    size: request.size,
    image: request.image,
    ssh_keys: request.sshKeys,
    tags: request.tags,
    backups: request.backups,
    ipv6: request.ipv6,
    monitoring: request.monitoring,
    user_data: request.userData,
    vpc_uuid: request.vpcUuid,
  };
  return request.names.length === 1 && only !== undefined ? { name: only, ...options } : { names: request.names, ...options };
};
