/**
 * Runs `work` over the items with at most `limit` calls in flight, starting them in the items' order,
 * and resolves with the results in that order. The one pool of the main side: pages of a list, and a
 * batch of per-Droplet requests, which the rate governor then paces.
 *
 * `limit` may be a function: it is read again whenever a call ends, so a pool can widen while the
 * budget is healthy and narrow as it falls (calls already running are never cut short).
 *
 * A call that throws stops the pool: no further item starts, the calls already running are waited
 * for, and the first error is thrown. Work that must go on past a failure (one refusal in a batch
 * must not stop the rest) catches its own errors and returns them as results.
 */
export const mapLimited = <T, R>(
  items: readonly T[],
  limit: number | (() => number),
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> =>
  new Promise<R[]>((resolve, reject) => {
    const results: R[] = new Array<R>(items.length);
    const limitNow = typeof limit === 'function' ? limit : () => limit;
    let next = 0;
    let running = 0;
    let failure: { error: unknown } | undefined;

    const fill = (): void => {
      if (running === 0 && (failure || next >= items.length)) {
        if (failure) reject(failure.error);
        else resolve(results);
        return;
      }
      // At least one, or a limit below one (or not a number) would never finish.
      const cap = Math.max(1, Math.floor(limitNow()) || 1);
      while (!failure && next < items.length && running < cap) {
        const index = next;
        next += 1;
        running += 1;
        (async () => work(items[index] as T, index))()
          .then(
            (result) => {
              results[index] = result;
            },
            (error: unknown) => {
              failure ??= { error };
            },
          )
          .finally(() => {
            running -= 1;
            fill();
          });
      }
    };
    fill();
  });
