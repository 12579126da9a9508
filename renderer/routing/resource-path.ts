import type { TrackedResourceType } from '../../shared/action-types';
import { areaPath } from './area-path';

/** Where a resource is shown: its list with its detail pane open (`/droplets?droplet=3001`). */
export const resourcePath = (type: TrackedResourceType, id: number): string =>
  type === 'droplet' ? `${areaPath('droplets')}?droplet=${id}` : `${areaPath('images')}?image=${id}`;

/** The same, as an in-app link's `href`. */
export const resourceHref = (type: TrackedResourceType, id: number): string => `#${resourcePath(type, id)}`;
