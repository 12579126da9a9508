import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';

/** Uncached: the renderer keeps the catalogue per account for minutes (see shared/operations/catalog.ts). */
export const catalogSizesHandler =
  ({ sessions }: Pick<HandlerDeps, 'sessions'>): Handlers['catalog.sizes'] =>
  async () =>
    (await sessions.client()).sizes.listAll();
