import type { LastKnownRequest } from './operations/lists';

/*
 * The names kept lists are stored under, apart from the operation's schema: the renderer's entry chunk
 * asks for the start page's kept list (renderer/main.tsx) and must not bring the contract's zod
 * schemas with it.
 */

/** The name a kept list is stored under; one per list an account can have kept. */
export type LastKnownListName = 'droplets' | 'images:private' | 'images:distribution' | 'images:application';

/** Every list an account can have kept: the cap on lists per account. */
export const lastKnownListNames: readonly LastKnownListName[] = ['droplets', 'images:private', 'images:distribution', 'images:application'];

export const lastKnownListName = (request: LastKnownRequest): LastKnownListName =>
  request.list === 'droplets' ? 'droplets' : 'private' in request.filter ? 'images:private' : `images:${request.filter.type}`;
