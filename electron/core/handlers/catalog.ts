import type { AreaHandlers, HandlerDeps } from './deps';

/** Uncached: the renderer keeps the catalogue per account for minutes (see shared/operations/catalog.ts). */
export const catalogHandlers = ({ sessions }: Pick<HandlerDeps, 'sessions'>): AreaHandlers<'catalog.regions' | 'catalog.sizes'> => ({
  'catalog.regions': async () => (await sessions.client()).regions.listAll(),
  'catalog.sizes': async () => (await sessions.client()).sizes.listAll(),
});
