import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';

export const imagesActionsHandler =
  ({ sessions }: Pick<HandlerDeps, 'sessions'>): Handlers['images.actions'] =>
  async ({ id }) =>
    (await sessions.client()).imageActions.listAll(id);
