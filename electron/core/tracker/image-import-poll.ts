import type { Logger } from '../log';
import { describeError, isNotFound, retryAfterOf } from './poll-errors';
import type { Scheduler } from './scheduler';
import type { TrackedRegistry } from './tracked-registry';
import type { TrackerClient } from './tracker-client';

export interface ImageImportPollOptions {
  client: TrackerClient;
  scheduler: Scheduler;
  log: Logger;
  registry: TrackedRegistry;
  /** The current generation: answers to an earlier one's requests belong to another account. */
  generation: () => number;
  /** DigitalOcean asked for this long a wait before the next request (a 429's retry-after). */
  noteRetryAfter: (ms: number) => void;
}

/**
 * An import is not an action: each tick asks for every importing image by id, and its status says how
 * the import went. Resolves false when a request failed.
 */
export const createImageImportPoll =
  ({ client, scheduler, log, registry, generation, noteRetryAfter }: ImageImportPollOptions) =>
  async (forGeneration: number): Promise<boolean> => {
    const { items } = registry;
    const tracked = [...items.values()].filter((item) => item.kind === 'image-import');
    const results = await Promise.all(
      tracked.map(async (item) => {
        try {
          return { ok: true as const, item, image: await client.getImage(item.id) };
        } catch (error) {
          return { ok: false as const, item, error };
        }
      }),
    );
    if (forGeneration !== generation()) return true;
    const now = scheduler.now();
    let allWell = true;
    for (const result of results) {
      if (items.get(result.item.key) !== result.item) continue;
      if (result.ok) registry.applyImage(result.item, result.image, now);
      else {
        allWell = false;
        noteRetryAfter(retryAfterOf(result.error));
        if (isNotFound(result.error)) registry.notFound(result.item, now);
        else {
          registry.unconfirmed(result.item);
          log.warn(`could not fetch image ${result.item.id}; retrying`, describeError(result.error));
        }
      }
    }
    return allWell;
  };
