import type { Handlers } from '../dispatch';
import type { HandlerDeps } from './deps';

/** Answers with the id as `/v2/snapshots` spells it (a string), whichever form was asked for. */
export const snapshotsDeleteHandler =
  ({ sessions }: Pick<HandlerDeps, 'sessions'>): Handlers['snapshots.delete'] =>
  async ({ id }) => {
    await (await sessions.client()).snapshots.delete(id);
    return { id: String(id) };
  };
