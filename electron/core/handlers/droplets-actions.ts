import type { Action } from '../../../shared/do-types';
import type { ApiSessions } from '../api-session';
import type { Handlers } from '../dispatch';

/** DigitalOcean writes every time in one ISO 8601 form (`2025-06-02T09:30:00Z`), so the strings sort as the instants do. */
const newestFirst = (a: Action, b: Action): number => (b.started_at ?? '').localeCompare(a.started_at ?? '') || (b.id ?? 0) - (a.id ?? 0);

/** Sorted here: the contract promises newest first, the spec promises no order. */
export const dropletsActionsHandler =
  (sessions: ApiSessions): Handlers['droplets.actions'] =>
  async ({ id }) =>
    (await (await sessions.client()).dropletActions.listAll(id)).sort(newestFirst);
