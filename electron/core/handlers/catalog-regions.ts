import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';

/** Uncached: the renderer keeps the catalogue per account for minutes (see shared/operations/catalog.ts). */
export const catalogRegionsHandler =
  ({ sessions }: Pick<HandlerDeps, 'sessions'>): Handlers['catalog.regions'] =>
  async () =>
    (await sessions.client()).regions.listAll();
