import type { Region, Size } from '../do-types';
import { noInput, operation } from '../operation';

/*
 * Regions and sizes change rarely and are the same for every view: the renderer caches them per
 * account (react-query, minutes of staleTime), so the handlers stay stateless and always answer fresh.
 */
export const catalogOperations = {
  /** Every region, all pages, including those closed to new Droplets (`available: false`). */
  'catalog.regions': operation<Region[]>()(noInput),
  /** Every Droplet size, all pages, with the regions each is offered in. */
  'catalog.sizes': operation<Size[]>()(noInput),
};
