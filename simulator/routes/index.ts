import type { Route } from '../router';
import type { World } from '../world';
import { accountRoutes } from './account';
import { actionRoutes } from './actions';
import { backupPolicyRoutes } from './backup-policies';
import { catalogueRoutes } from './catalogue';
import { destroyAssociatedRoutes } from './destroy-associated';
import { dropletActionRoutes } from './droplet-actions';
import { dropletRoutes } from './droplets';
import { imageActionRoutes } from './image-actions';
import { imageRoutes } from './images';
import { metricRoutes } from './metrics';
import { snapshotRoutes } from './snapshots';
import { sshKeyRoutes } from './ssh-keys';
import { tagRoutes } from './tags';

/** Every operation the simulator answers, with its path spelled as in the spec. */
export const allRoutes = (world: World): Route[] => [
  ...accountRoutes(world),
  ...sshKeyRoutes(world),
  ...actionRoutes(world),
  ...catalogueRoutes(),
  ...dropletRoutes(world),
  ...dropletActionRoutes(world),
  ...backupPolicyRoutes(world),
  ...destroyAssociatedRoutes(world),
  ...imageRoutes(world),
  ...imageActionRoutes(world),
  ...snapshotRoutes(world),
  ...metricRoutes(world),
  ...tagRoutes(world),
];
