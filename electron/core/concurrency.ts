/**
 * Runs `work` over the items with at most `limit` calls in flight, starting them in the items' order,
 * and resolves with the results in that order. The one pool of the main side: pages of a list, and a
 * batch of per-Droplet requests, which the rate governor then paces.
 *
 * A call that throws stops the pool: no further item starts, the calls already running are waited
 * for, and the first error is thrown. Work that must go on past a failure (one refusal in a batch
 * must not stop the rest) catches its own errors and returns them as results.
 */
export const mapLimited = async <T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;

  const worker = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const index = next;
      next += 1;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, Math.floor(limit)), items.length) }, worker));
  if (failure) throw failure.error;
  return results;
};
