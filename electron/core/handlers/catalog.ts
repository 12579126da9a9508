import { catalogRegionsHandler } from './catalog-regions';
import { catalogSizesHandler } from './catalog-sizes';
import type { AreaHandlers, HandlerDeps } from './deps';

export const catalogHandlers = (deps: HandlerDeps): AreaHandlers<'catalog.regions' | 'catalog.sizes'> => ({
  'catalog.regions': catalogRegionsHandler(deps),
  'catalog.sizes': catalogSizesHandler(deps),
});
